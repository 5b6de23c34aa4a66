import { useId } from 'react';
import type { CourseHome } from '../../../../main/contract/playerSchemas';
import { formatMinutes } from '../../app/displayFormats';

/**
 * "What remains before your certificate": the core's list of missing steps, with a progress bar over the
 * assessed steps (each module quiz and the post-test).
 */
export function CertificateProgress({ course }: { course: CourseHome }) {
  const labelId = useId();
  const total = course.modules.length + (course.postTest ? 1 : 0);
  const done =
    course.modules.filter((module) => module.quizPassed).length + (course.postTest?.passed ? 1 : 0);
  return (
    <section aria-labelledby="course-remaining" className="card">
      <h2 id="course-remaining">What remains before your certificate</h2>
      <p id={labelId}>
        Quizzes and post-test passed: {done} of {total}
      </p>
      <progress className="progress" aria-labelledby={labelId} max={total} value={done} />
      <p>
        Time recorded: {formatMinutes(course.recordedMinutes)} of an estimated{' '}
        {formatMinutes(course.estimatedMinutes)}.
      </p>
      {course.remaining.length === 0 ? (
        <p className="notice notice-success">Nothing remains: every requirement for a certificate is met.</p>
      ) : (
        <ul className="remaining-list">
          {course.remaining.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
