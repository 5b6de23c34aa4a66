import type { CourseSummary } from '../../../../main/contract/channels';
import { CourseProblemList } from '../../app/CourseProblemList';
import { formatHours, formatMinutes } from '../../app/displayFormats';
import { routeHref } from '../../app/routes';

/** A playable course: a link to its home page and its main facts. */
export function AvailableCourse({ course }: { course: CourseSummary }) {
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
            <dd>{formatHours(course.creditHours)}</dd>
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

/** A course whose package has errors: why it cannot be opened, with the errors for the provider. */
export function UnavailableCourse({ course }: { course: CourseSummary }) {
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
        <CourseProblemList problems={errors} />
      </details>
    </>
  );
}
