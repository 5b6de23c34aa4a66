import type React from 'react';
import { useId, useState } from 'react';
import { navigate } from '../../app/routes';

/** The course's search box; searching opens the search page with the words in its address. */
export function CourseSearchForm({
  courseId,
  initialQuery = '',
}: {
  courseId: string;
  initialQuery?: string;
}) {
  const id = useId();
  const [query, setQuery] = useState(initialQuery);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    navigate({ screen: 'search', courseId, query: query.trim() });
  };
  return (
    <form role="search" className="search-form" aria-label="Search this course" onSubmit={submit}>
      <label htmlFor={id}>Search this course</label>
      <div className="search-row">
        <input id={id} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        <button type="submit">Search</button>
      </div>
    </form>
  );
}
