import { useState } from 'react';
import type { CertificateSummary as Certificate } from '../../../../main/contract/certificateSchemas';
import { CertificateActions } from './CertificateActions';
import { CertificateSummary } from './CertificateSummary';
import { CorrectNameForm } from './CorrectNameForm';

/**
 * One certificate: its summary, saving and printing it, and (while it is current) correcting the name. After a
 * correction the new certificate is shown, with a note that the old one is superseded.
 */
export function CertificateView({
  certificate,
  onCorrected,
}: {
  certificate: Certificate;
  onCorrected?: (corrected: Certificate) => void;
}) {
  const [replaced, setReplaced] = useState<string | null>(null);
  return (
    <>
      {replaced && certificate.supersedes === replaced && (
        <p className="notice notice-success screen-only">
          A corrected certificate was issued. The earlier certificate ({replaced}) is now superseded: keep
          this one instead.
        </p>
      )}
      <CertificateSummary certificate={certificate} />
      <CertificateActions certificate={certificate} />
      {certificate.status === 'current' && onCorrected && (
        <CorrectNameForm
          key={certificate.certificateId}
          certificate={certificate}
          onCorrected={(corrected) => {
            setReplaced(certificate.certificateId);
            onCorrected(corrected);
          }}
        />
      )}
    </>
  );
}
