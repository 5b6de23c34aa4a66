import { routeHref } from '../../app/useHashRoute';
import { StatusMessage } from '../../app/StatusMessage';
import { useChannel } from '../../app/useChannel';
import { useScreenFocus } from '../../app/useScreenFocus';

/** One course: its title and its modules in reading order. */
export function CourseScreen({ courseId }: { courseId: string }) {
  const outline = useChannel('courses.outline', { courseId }, courseId);
  const headingRef = useScreenFocus<HTMLHeadingElement>(`course:${courseId}:${outline.status}`);
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={routeHref({ screen: 'library' })}>Course library</a>
      </nav>
      {outline.status !== 'ready' ? (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            Course
          </h1>
          <StatusMessage state={outline} what="this course" />
        </>
      ) : (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            {outline.value.title}
          </h1>
          {outline.value.subtitle && <p className="lead">{outline.value.subtitle}</p>}
          <section aria-labelledby="course-modules">
            <h2 id="course-modules">Modules</h2>
            <ol className="module-list">
              {outline.value.modules.map((module) => (
                <li key={module.id}>
                  <span className="module-title">{module.title}</span>
                  <span className="module-meta">
                    {module.minutes} min · {module.questionCount} quiz{' '}
                    {module.questionCount === 1 ? 'question' : 'questions'}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </>
  );
}
