import type { CourseHome } from '../../../../main/contract/playerSchemas';
import { routeHref } from '../../app/routes';
import { IssuedCertificateNote } from '../certificate/IssuedCertificateNote';
import { MissingStepList } from '../certificate/MissingStepList';

/**
 * The certificate on the course home: once issued, when and the way to it; before that, the core's list of
 * missing steps (linked to the evaluation and the attestation where they are missing), or "Get your certificate"
 * once nothing is missing.
 */
export function CertificateProgress({ course }: { course: CourseHome }) {
  const certificateHref = routeHref({ screen: 'certificate', courseId: course.id });
  return (
    <section aria-labelledby="course-remaining" className="card">
      <h2 id="course-remaining">
        {course.certificate ? 'Your certificate' : 'What remains before your certificate'}
      </h2>
      {course.certificate ? (
        <IssuedCertificateNote courseId={course.id} certificate={course.certificate} />
      ) : course.remaining.length === 0 ? (
        <>
          <p className="notice notice-success">
            Nothing remains: every requirement for a certificate is met.
          </p>
          <p>
            <a className="button-link primary" href={certificateHref}>
              Get your certificate
            </a>
          </p>
        </>
      ) : (
        <>
          <MissingStepList courseId={course.id} missing={course.remaining} onCoursePage />
          <p>
            <a href={certificateHref}>Certificate status</a>
          </p>
        </>
      )}
    </section>
  );
}
