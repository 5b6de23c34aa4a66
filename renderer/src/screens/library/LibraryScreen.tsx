import { useState } from 'react';
import { StatusMessage } from '../../ui/StatusMessage';
import { useChannel } from '../../app/useChannel';
import { useScreenFocus } from '../../app/useScreenFocus';
import { AvailableCourse, UnavailableCourse } from './CourseCard';
import { ManageCourses } from './ManageCourses';

/** The library: every course the app found, playable or not, where each came from, and "Manage courses". */
export function LibraryScreen() {
  // Each import that adds a course asks for the list again.
  const [imports, setImports] = useState(0);
  const courses = useChannel('courses.list', {}, `library:${imports}`);
  const headingRef = useScreenFocus<HTMLHeadingElement>('library');
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        Course library
      </h1>
      <StatusMessage state={courses} what="the course library" />
      {courses.status === 'ready' && courses.value.length === 0 && (
        <p>No courses were found. Courses ship in the app's courses folder, or can be imported.</p>
      )}
      {courses.status === 'ready' && courses.value.length > 0 && (
        <section aria-labelledby="library-courses">
          <h2 id="library-courses" className="visually-hidden">
            Courses
          </h2>
          <ul className="course-list">
            {courses.value.map((course) => (
              <li key={course.folder} className="course-card" data-available={course.available}>
                {course.available ? (
                  <AvailableCourse course={course} />
                ) : (
                  <UnavailableCourse course={course} />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ManageCourses onImported={() => setImports((count) => count + 1)} />
    </>
  );
}
