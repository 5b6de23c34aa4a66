import type { CourseHome } from '../../../../main/contract/playerSchemas';
import { routeHref } from '../../app/routes';

/** "Continue where you left off", or "Start the course" at the first module when there is nowhere to resume. */
export function ResumeLink({ course }: { course: CourseHome }) {
  const resume = course.resume
    ? course.modules.find((module) => module.id === course.resume?.moduleId)
    : undefined;
  const target = resume ?? course.modules[0];
  if (!target) return null;
  const href = routeHref({ screen: 'module', courseId: course.id, moduleId: target.id, anchor: null });
  return (
    <p className="resume">
      <a className="button-link primary" href={href}>
        {resume ? 'Continue where you left off' : 'Start the course'}
      </a>
      {resume && <span className="resume-detail"> {resume.title}</span>}
    </p>
  );
}
