import { useState } from 'react';
import type { AttestationView } from '../../../../main/contract/attestationSchemas';
import { CourseBreadcrumb } from '../../app/CourseBreadcrumb';
import { StatusMessage } from '../../ui/StatusMessage';
import { useChannel } from '../../app/useChannel';
import { useScreenFocus } from '../../app/useScreenFocus';
import { AttestationForm } from './AttestationForm';
import { AttestationRecord } from './AttestationRecord';
import { StudyTimeShort } from './StudyTimeShort';

/**
 * The attestation of time spent and credit claimed: the form until it is made (once the course's minimum of study
 * is recorded), then the record.
 */
export function AttestationScreen({ courseId }: { courseId: string }) {
  const loaded = useChannel('attestation.get', { courseId }, courseId);
  const [recorded, setRecorded] = useState<AttestationView | null>(null);
  const view = recorded ?? (loaded.status === 'ready' ? loaded.value : null);
  const headingRef = useScreenFocus<HTMLHeadingElement>(
    `attestation:${courseId}:${loaded.status}:${view?.attested ? 'attested' : 'open'}`,
  );
  return (
    <>
      <CourseBreadcrumb courseId={courseId} />
      <h1 ref={headingRef} tabIndex={-1}>
        Attest your time and claim credit
      </h1>
      <StatusMessage state={loaded} what="your attestation" />
      {view &&
        (view.attested ? (
          <AttestationRecord courseId={courseId} view={view} attested={view.attested} />
        ) : view.recordedMinutes < view.requiredMinutes ? (
          <StudyTimeShort courseId={courseId} view={view} />
        ) : (
          <AttestationForm courseId={courseId} view={view} onAttested={setRecorded} />
        ))}
    </>
  );
}
