import { useState } from 'react';
import type { CertificateSummary } from '../../../../main/contract/certificateSchemas';
import { CourseBreadcrumb } from '../../app/CourseBreadcrumb';
import { routeHref } from '../../app/routes';
import { StatusMessage } from '../../ui/StatusMessage';
import { useChannel } from '../../app/useChannel';
import { useScreenFocus } from '../../app/useScreenFocus';
import { CertificateView } from './CertificateView';
import { IssueCertificateCard } from './IssueCertificateCard';
import { MissingStepList } from './MissingStepList';

/**
 * A course's certificate: what is still missing (with links to where it is done), or "Issue my certificate",
 * or the certificate itself once issued.
 */
export function CourseCertificateScreen({ courseId }: { courseId: string }) {
  const status = useChannel('certificates.status', { courseId }, courseId);
  const [latest, setLatest] = useState<CertificateSummary | null>(null);
  const [backupNotice, setBackupNotice] = useState<string | null>(null);
  const value = status.status === 'ready' ? status.value : null;
  const certificate = latest ?? value?.current ?? null;
  // Focus returns to the heading whenever what the screen shows changes (issued, corrected).
  const headingRef = useScreenFocus<HTMLHeadingElement>(
    `certificate:${courseId}:${status.status}:${certificate?.certificateId ?? 'none'}`,
  );
  return (
    <>
      <CourseBreadcrumb courseId={courseId} courseTitle={certificate?.courseTitle} />
      <h1 ref={headingRef} tabIndex={-1}>
        Your certificate
      </h1>
      <StatusMessage state={status} what="your certificate status" />
      {backupNotice && <p className="notice notice-warning">{backupNotice}</p>}
      {certificate ? (
        <>
          <CertificateView certificate={certificate} onCorrected={setLatest} />
          <nav aria-label="After your certificate" className="actions screen-only">
            <a className="button-link" href={routeHref({ screen: 'transcript' })}>
              Your transcript
            </a>
            <a className="button-link" href={routeHref({ screen: 'course', courseId })}>
              Back to the course
            </a>
          </nav>
        </>
      ) : value?.eligible ? (
        <IssueCertificateCard
          courseId={courseId}
          onIssued={(issued) => {
            setBackupNotice(issued.backupNotice);
            setLatest(issued);
          }}
        />
      ) : (
        value && (
          <section aria-labelledby="certificate-missing" className="card">
            <h2 id="certificate-missing">Not yet: what is missing</h2>
            <p>A certificate can be issued once every requirement of the course is met. Still to do:</p>
            <MissingStepList courseId={courseId} missing={value.missing} />
          </section>
        )
      )}
    </>
  );
}
