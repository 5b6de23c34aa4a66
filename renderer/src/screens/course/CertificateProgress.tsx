import { useId } from 'react';
import type { CourseHome } from '../../../../main/contract/playerSchemas';
import { formatMinutes } from '../../app/displayFormats';
import { routeHref } from '../../app/routes';
import { IssuedCertificateNote } from '../certificate/IssuedCertificateNote';
import { MissingStepList } from '../certificate/MissingStepList';

/**
 * "What remains before your certificate": the core's list of missing steps (linked to the evaluation and the
 * attestation where they are missing), with a progress bar over the assessed steps (each module quiz and the
 * post-test), and the way to the certificate.
 */
export function CertificateProgress({ course }: { course: CourseHome }) {
  const labelId = useId();
  const total = course.modules.length + (course.postTest ? 1 : 0);
  const done =
    course.modules.filter((module) => module.quizPassed).length + (course.postTest?.passed ? 1 : 0);
  const certificateHref = routeHref({ screen: 'certificate', courseId: course.id });
  return (
    <section aria-labelledby="course-remaining" className="card">
      <h2 id="course-remaining">
        {course.certificate ? 'Your certificate' : 'What remains before your certificate'}
      </h2>
      <p id={labelId}>
        Quizzes and post-test passed: {done} of {total}
      </p>
      <progress className="progress" aria-labelledby={labelId} max={total} value={done} />
      <p>
        Time recorded: {formatMinutes(course.recordedMinutes)} of an estimated{' '}
        {formatMinutes(course.estimatedMinutes)}.
      </p>
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
