import type React from 'react';
import { useState } from 'react';
import type { CertificateSummary } from '../../../../main/contract/certificateSchemas';
import { invoke } from '../../api/contractClient';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/useAction';

/**
 * "Correct my name": issues a corrected certificate that supersedes this one (every other fact is kept). The old
 * one stays in the records, marked superseded.
 */
export function CorrectNameForm({
  certificate,
  onCorrected,
}: {
  certificate: CertificateSummary;
  onCorrected: (corrected: CertificateSummary) => void;
}) {
  const [name, setName] = useState(certificate.certificateName);
  const [credentials, setCredentials] = useState(certificate.credentials);
  const action = useAction();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const corrected = await action.run(() =>
      invoke('certificates.correctName', {
        certificateId: certificate.certificateId,
        certificateName: name,
        credentials,
      }),
    );
    if (corrected) onCorrected(corrected);
  };
  return (
    <details className="correct-name screen-only">
      <summary>Correct my name</summary>
      <p>
        A corrected certificate is issued with a new ID and verification code; this one is then marked as
        replaced. Only the name and credentials change.
      </p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField label="Name as it should be printed" required value={name} onChange={setName} />
        <TextField
          label="Credentials"
          hint="For example RN, MD or LCSW."
          value={credentials}
          onChange={setCredentials}
        />
        <ActionFeedback state={action.state} running="Issuing the corrected certificate…" />
        <BusyButton type="submit" className="primary" busy={action.busy} busyLabel="Issuing…">
          Issue the corrected certificate
        </BusyButton>
      </form>
    </details>
  );
}
