import { CourseBreadcrumb } from '../../app/CourseBreadcrumb';
import { countOf } from '../../ui/displayFormats';
import { routeHref } from '../../app/routes';
import { StatusMessage } from '../../ui/StatusMessage';
import { useChannel } from '../../app/useChannel';
import { useScreenFocus } from '../../app/useScreenFocus';
import { CourseSearchForm } from './CourseSearchForm';

function SearchResults({ courseId, query }: { courseId: string; query: string }) {
  const results = useChannel('courses.search', { courseId, query }, `${courseId}?${query}`);
  if (results.status !== 'ready') return <StatusMessage state={results} what="the search results" />;
  return (
    <section aria-labelledby="search-results">
      <h2 id="search-results">Results</h2>
      <p role="status">
        {results.value.length === 0
          ? `Nothing found for “${query}”. Try other or fewer words.`
          : `${countOf(results.value.length, 'result')} for “${query}”.`}
      </p>
      <ol className="search-results">
        {results.value.map((result, index) => (
          <li key={index}>
            <a
              href={routeHref({
                screen: 'module',
                courseId,
                moduleId: result.moduleId,
                anchor: result.anchor,
              })}
            >
              {result.moduleTitle}
            </a>
            <p className="snippet" dangerouslySetInnerHTML={{ __html: result.snippetHtml }} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Searching the course's text: a search box and the matching passages, each opening its module there. */
export function SearchScreen({ courseId, query }: { courseId: string; query: string }) {
  const headingRef = useScreenFocus<HTMLHeadingElement>(`search:${courseId}`);
  return (
    <>
      <CourseBreadcrumb courseId={courseId} />
      <h1 ref={headingRef} tabIndex={-1}>
        Search this course
      </h1>
      <CourseSearchForm courseId={courseId} initialQuery={query} />
      {query.trim() !== '' && <SearchResults courseId={courseId} query={query} />}
    </>
  );
}
