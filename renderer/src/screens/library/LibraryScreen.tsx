import type { CourseSummary } from '../../../../main/contract/channels';
import { routeHref } from '../../app/useHashRoute';
import { StatusMessage } from '../../app/StatusMessage';
import { useChannel } from '../../app/useChannel';
import { useScreenFocus } from '../../app/useScreenFocus';

function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes);
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  return hours > 0 ? `${hours} h ${rest} min` : `${rest} min`;
}

function AvailableCourse({ course }: { course: CourseSummary }) {
  return (
    <>
      <h3 className="course-card-title">
        <a href={routeHref({ screen: 'course', courseId: course.id })}>{course.title}</a>
      </h3>
      {course.subtitle && <p className="course-card-subtitle">{course.subtitle}</p>}
      <dl className="facts">
        <div>
          <dt>Modules</dt>
          <dd>{course.moduleCount}</dd>
        </div>
        <div>
          <dt>Estimated time</dt>
          <dd>{formatMinutes(course.estimatedMinutes)}</dd>
        </div>
        {course.creditHours !== null && (
          <div>
            <dt>Credit designated</dt>
            <dd>{course.creditHours.toFixed(2)} hours</dd>
          </div>
        )}
        <div>
          <dt>Version</dt>
          <dd>{course.version}</dd>
        </div>
      </dl>
    </>
  );
}

function UnavailableCourse({ course }: { course: CourseSummary }) {
  const errors = course.problems.filter((problem) => problem.severity === 'error');
  return (
    <>
      <h3 className="course-card-title">{course.title}</h3>
      <p className="notice notice-error">
        This course cannot be opened: its package has {errors.length}{' '}
        {errors.length === 1 ? 'error' : 'errors'}. Ask the course provider for a corrected package.
      </p>
      <details>
        <summary>Show the errors</summary>
        <ul className="problem-list">
          {errors.map((problem, index) => (
            <li key={index}>
              <code>
                {problem.file}:{problem.line}:{problem.column}
              </code>{' '}
              {problem.message}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}

/** The start screen: every course the app found, playable or not. */
export function LibraryScreen() {
  const courses = useChannel('courses.list', {}, 'library');
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
    </>
  );
}
