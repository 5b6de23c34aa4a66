import { routeHref } from './routes';

/** The way back from a course page: the library, then the course's home page. */
export function CourseBreadcrumb({ courseId, courseTitle }: { courseId: string; courseTitle?: string }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        <li>
          <a href={routeHref({ screen: 'library' })}>Course library</a>
        </li>
        <li>
          <a href={routeHref({ screen: 'course', courseId })}>{courseTitle ?? 'Course home'}</a>
        </li>
      </ol>
    </nav>
  );
}
