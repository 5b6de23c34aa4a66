import type { CourseSummary } from '../../../../main/contract/channels';
import { CourseProblemList } from '../../ui/CourseProblemList';
import { formatHours, formatMinutes } from '../../ui/displayFormats';
import type { Fact } from '../../ui/FactList';
import { FactList } from '../../ui/FactList';
import { routeHref } from '../../app/routes';
import { courseOriginFacts } from './courseOrigin';

/** A playable course: a link to its home page, its main facts and where it came from. */
export function AvailableCourse({ course }: { course: CourseSummary }) {
  const facts: Fact[] = [
    ['Modules', course.moduleCount],
    ['Estimated time', formatMinutes(course.estimatedMinutes)],
    ...(course.creditHours === null ? [] : [['Credit designated', formatHours(course.creditHours)] as const]),
    ['Version', course.version],
    ...courseOriginFacts(course),
  ];
  return (
    <>
      <h3 className="course-card-title">
        <a href={routeHref({ screen: 'course', courseId: course.id })}>{course.title}</a>
      </h3>
      {course.subtitle && <p className="course-card-subtitle">{course.subtitle}</p>}
      <FactList facts={facts} />
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
      <FactList
        facts={[
          ...(course.version ? [['Version', course.version] as const] : []),
          ...courseOriginFacts(course),
        ]}
      />
      <details>
        <summary>Show the errors</summary>
        <CourseProblemList problems={errors} />
      </details>
    </>
  );
}
