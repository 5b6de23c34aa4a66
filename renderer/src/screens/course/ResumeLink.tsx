import type { CourseHome } from '../../../../main/contract/playerSchemas';
import { routeHref } from '../../app/routes';

/**
 * "Continue where you left off" (with the module's number and title), or "Start the course" at the first module
 * when there is nowhere to resume.
 */
export function ResumeLink({ course }: { course: CourseHome }) {
  const index = course.resume
    ? course.modules.findIndex((module) => module.id === course.resume?.moduleId)
    : -1;
  const resume = course.modules[index];
  const target = resume ?? course.modules[0];
  if (!target) return null;
  const href = routeHref({ screen: 'module', courseId: course.id, moduleId: target.id, anchor: null });
  return (
    <p className="resume">
      <a className="button-link primary" href={href}>
        {resume ? 'Continue where you left off' : 'Start the course'}
      </a>
      {resume && (
        <span className="resume-detail">
          {' '}
          Module {index + 1} of {course.modules.length}: {resume.title}
        </span>
      )}
    </p>
  );
}
