import type React from 'react';
import { useState } from 'react';
import type { VerifyCertificateResult } from '../../../../main/contract/certificateSchemas';
import { maxVerifyBase64Length } from '../../../../main/contract/limits';
import { invoke } from '../../api/contractClient';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { FileField } from '../../ui/FileField';
import { readFileBase64 } from '../../ui/fileUpload';
import { useProfileSession } from '../../app/ProfileSession';
import { routeHref } from '../../app/routes';
import { useAction } from '../../ui/useAction';
import { useScreenFocus } from '../../app/useScreenFocus';
import { VerificationTextForm } from './VerificationTextForm';
import { VerifyResultPanel } from './VerifyResultPanel';

/** The largest file worth reading: base64 grows a file by a third. */
const maxFileBytes = Math.floor((maxVerifyBase64Length / 4) * 3);

/**
 * Verify a certificate: anyone, signed in or not, chooses a certificate PDF or credential.json, or pastes the text of
 * its QR code, and the core checks it offline. The answer is VALID with the signed facts, or NOT VALID with the
 * reason in plain words.
 */
export function VerifyScreen() {
  const { profile } = useProfileSession();
  const headingRef = useScreenFocus<HTMLHeadingElement>('verify');
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<{ fileName: string; result: VerifyCertificateResult } | null>(null);
  const action = useAction();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setChecked(null);
    const outcome = await action.run(async () => {
      if (!file) throw new Error('Choose a certificate file (PDF or JSON) first.');
      if (file.size > maxFileBytes) throw new Error('The file is too large to be a certificate.');
      const dataBase64 = await readFileBase64(file);
      return {
        fileName: file.name,
        result: await invoke('certificates.verify', { fileName: file.name, dataBase64 }),
      };
    });
    if (outcome) setChecked(outcome);
  };
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={routeHref(profile ? { screen: 'library' } : { screen: 'profiles' })}>
          {profile ? 'Course library' : 'Profiles'}
        </a>
      </nav>
      <h1 ref={headingRef} tabIndex={-1}>
        Verify a certificate
      </h1>
      <p className="lead">
        Check that a CE Player certificate is unchanged since it was issued. The check runs on this computer;
        nothing is sent anywhere. No sign-in is needed.
      </p>
      <h2>Check the certificate file</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <FileField
          label="Certificate file"
          hint="The certificate PDF, or its credential.json."
          accept=".pdf,.json,application/pdf,application/json"
          onChange={(files) => {
            setFile(files[0] ?? null);
            setChecked(null);
            action.reset();
          }}
        />
        <ActionFeedback state={action.state} running="Checking the certificate…" />
        <BusyButton type="submit" className="primary" busy={action.busy} busyLabel="Checking…">
          Check this certificate
        </BusyButton>
      </form>
      <h2>Or check the text of its QR code</h2>
      <VerificationTextForm onChecked={setChecked} />
      {checked && <VerifyResultPanel fileName={checked.fileName} result={checked.result} />}
    </>
  );
}
