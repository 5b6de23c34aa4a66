import { ContinueToCertificate } from '../certificate/ContinueToCertificate';
import type { AttestationView } from '../../../../main/contract/attestationSchemas';
import { formatDateTime, formatHours, formatMinutes } from '../../ui/displayFormats';
import { FactList } from '../../ui/FactList';
import { studyTimeWords } from '../../ui/studyTimeWords';

type Attested = NonNullable<AttestationView['attested']>;

/** A recorded attestation, read-only: when, the claim and the exact words attested. */
export function AttestationRecord({
  courseId,
  view,
  attested,
}: {
  courseId: string;
  view: AttestationView;
  attested: Attested;
}) {
  return (
    <>
      <p className="notice notice-success">Attested on {formatDateTime(attested.attestedAt)}.</p>
      <FactList
        facts={[
          ['Minutes attested', formatMinutes(attested.attestedMinutes)],
          ['Credit claimed', formatHours(attested.claimedHours)],
          [studyTimeWords.recorded.label, formatMinutes(Math.floor(view.recordedMinutes))],
        ]}
      />
      <h2>The statement you attested to</h2>
      <p className="statement">{view.statement}</p>
      <ContinueToCertificate courseId={courseId} />
    </>
  );
}
