import type { AttestationView } from '../../../../main/contract/attestationSchemas';
import { formatMinutes } from '../../ui/displayFormats';
import { FactList } from '../../ui/FactList';
import { routeHref } from '../../app/routes';
import { studyTimeWords } from '../../ui/studyTimeWords';

/**
 * In place of the attestation form while the recorded study is below the course's minimum: the core refuses an
 * attestation until then, so the screen says how much is missing and leads back to the course.
 */
export function StudyTimeShort({ courseId, view }: { courseId: string; view: AttestationView }) {
  // Rounded down, so the screen never shows the minimum reached while it is not.
  const recorded = Math.floor(view.recordedMinutes);
  return (
    <>
      <p className="notice" role="status">
        You can attest once {formatMinutes(view.requiredMinutes)} of study are recorded for this course. Keep
        studying in CE Player, then come back.
      </p>
      <FactList
        facts={[
          [studyTimeWords.recorded.label, formatMinutes(recorded)],
          [studyTimeWords.minimum.label, formatMinutes(view.requiredMinutes)],
        ]}
      />
      <div className="actions">
        <a className="button-link primary" href={routeHref({ screen: 'course', courseId })}>
          Back to course
        </a>
      </div>
    </>
  );
}
