import { routeHref } from '../../app/routes';

/** The way on after a completion step is done: the certificate screen, or back to the course. */
export function ContinueToCertificate({ courseId }: { courseId: string }) {
  return (
    <div className="actions">
      <a className="button-link primary" href={routeHref({ screen: 'certificate', courseId })}>
        Continue to your certificate
      </a>
      <a className="button-link" href={routeHref({ screen: 'course', courseId })}>
        Back to course
      </a>
    </div>
  );
}
