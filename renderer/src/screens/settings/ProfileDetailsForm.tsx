import type React from 'react';
import { useState } from 'react';
import { invoke } from '../../api/contractClient';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { useProfileSession, useSignedInProfile } from '../../app/ProfileSession';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/useAction';
import { CertificateDetailFields } from '../profiles/CertificateDetailFields';

/** Corrects the details printed on certificates. Blank optional fields are cleared. */
export function ProfileDetailsForm() {
  const profile = useSignedInProfile();
  const { setProfile } = useProfileSession();
  const save = useAction();
  const [fields, setFields] = useState({
    displayName: profile.displayName,
    certificateName: profile.certificateName,
    credentials: profile.credentials,
    licenseNumber: profile.licenseNumber ?? '',
    licenseState: profile.licenseState ?? '',
    email: profile.email ?? '',
  });
  const field = (name: keyof typeof fields) => ({
    value: fields[name],
    onChange: (value: string) => setFields({ ...fields, [name]: value }),
  });
  const orNull = (text: string) => (text.trim() === '' ? null : text);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const saved = await save.run(
      () =>
        invoke('profiles.update', {
          displayName: fields.displayName,
          // Blank means not given yet (a profile may be created without it): nothing to save, and the certificate
          // status keeps asking for it. A name once given cannot be emptied (the core refuses).
          certificateName:
            fields.certificateName.trim() === '' && profile.certificateName === ''
              ? undefined
              : fields.certificateName,
          credentials: fields.credentials,
          licenseNumber: orNull(fields.licenseNumber),
          licenseState: orNull(fields.licenseState),
          email: orNull(fields.email),
        }),
      'Your details were saved.',
    );
    if (saved) setProfile(saved);
  };

  return (
    <section aria-labelledby="settings-details">
      <h2 id="settings-details">Your details</h2>
      <p>Certificates print your name and credentials exactly as saved here.</p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField label="Profile name" required {...field('displayName')} />
        <CertificateDetailFields field={field} nameRequired={profile.certificateName !== ''} />
        <ActionFeedback state={save.state} hint="Correct the field named above, then save again." />
        <BusyButton type="submit" className="primary" busy={save.busy} busyLabel="Saving…">
          Save details
        </BusyButton>
      </form>
    </section>
  );
}
