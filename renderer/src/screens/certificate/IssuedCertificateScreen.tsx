import { useState } from 'react';
import type { CertificateSummary } from '../../../../main/contract/certificateSchemas';
import { routeHref } from '../../app/routes';
import { StatusMessage } from '../../ui/StatusMessage';
import { useChannel } from '../../app/useChannel';
import { useScreenFocus } from '../../app/useScreenFocus';
import { CertificateView } from './CertificateView';

/** One certificate from the transcript, current or superseded, by its id. */
export function IssuedCertificateScreen({ certificateId }: { certificateId: string }) {
  // The contract has no "get one certificate" channel; the learner's list holds them all.
  const list = useChannel('certificates.list', {}, certificateId);
  const [corrected, setCorrected] = useState<CertificateSummary | null>(null);
  const found =
    list.status === 'ready' ? list.value.find((item) => item.certificateId === certificateId) : undefined;
  const certificate = corrected ?? found ?? null;
  const headingRef = useScreenFocus<HTMLHeadingElement>(
    `issued-certificate:${certificateId}:${list.status}:${certificate?.certificateId ?? 'none'}`,
  );
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={routeHref({ screen: 'transcript' })}>Transcript</a>
      </nav>
      <h1 ref={headingRef} tabIndex={-1}>
        Certificate
      </h1>
      <StatusMessage state={list} what="your certificates" />
      {list.status === 'ready' && !certificate && (
        <p className="notice notice-error" role="alert">
          No certificate of yours has this ID. Choose one from your transcript.
        </p>
      )}
      {certificate && <CertificateView certificate={certificate} onCorrected={setCorrected} />}
    </>
  );
}
