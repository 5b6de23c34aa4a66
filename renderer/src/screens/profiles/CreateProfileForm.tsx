import type React from 'react';
import { useState } from 'react';
import type { ChannelInput } from '../../../../main/contract/channels';
import { invoke } from '../../api/contractClient';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { useProfileSession } from '../../app/ProfileSession';
import { navigate } from '../../app/routes';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/useAction';
import { useScreenFocus } from '../../app/useScreenFocus';
import { CertificateDetailFields } from './CertificateDetailFields';
import { emptyPinPair, PinFields, pinPairProblem } from './PinFields';
import { RecordSyncNotice } from './RecordSyncNotice';

const blank = {
  displayName: '',
  certificateName: '',
  credentials: '',
  licenseNumber: '',
  licenseState: '',
  email: '',
};

/** The new-profile input: blank optional fields are left out, so the core applies its defaults. */
function newProfileInput(fields: typeof blank, pin: string): ChannelInput<'profiles.create'> {
  const optional = (text: string) => (text.trim() === '' ? undefined : text);
  return {
    displayName: fields.displayName,
    certificateName: optional(fields.certificateName),
    credentials: optional(fields.credentials),
    licenseNumber: optional(fields.licenseNumber),
    licenseState: optional(fields.licenseState),
    email: optional(fields.email),
    pin: pin === '' ? undefined : pin,
  };
}

/** "Create your profile": who the learner is, as certificates will name them, and an optional PIN. */
export function CreateProfileForm({ firstRun, onCancel }: { firstRun: boolean; onCancel: () => void }) {
  const { setProfile } = useProfileSession();
  const headingRef = useScreenFocus<HTMLHeadingElement>('create-profile');
  const [fields, setFields] = useState(blank);
  const [pins, setPins] = useState(emptyPinPair);
  const [pinProblem, setPinProblem] = useState<string | null>(null);
  const create = useAction();
  const field = (name: keyof typeof blank) => ({
    value: fields[name],
    onChange: (value: string) => setFields({ ...fields, [name]: value }),
  });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const problem = pinPairProblem(pins);
    setPinProblem(problem);
    if (problem) {
      create.reset(); // one message at a time: the older answer from the core no longer applies
      return;
    }
    const profile = await create.run(() => invoke('profiles.create', newProfileInput(fields, pins.pin)));
    if (profile) {
      setProfile(profile);
      navigate({ screen: 'library' });
    }
  };

  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        Create your profile
      </h1>
      <RecordSyncNotice firstRun={firstRun} />
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label="Profile name"
          hint="How this profile is listed on this computer, for example your first name."
          required
          autoComplete="nickname"
          {...field('displayName')}
        />
        <CertificateDetailFields field={field} nameRequired={false} />
        <fieldset className="fieldset">
          <legend>PIN (optional)</legend>
          <PinFields value={pins} onChange={setPins} />
        </fieldset>
        {pinProblem && (
          <p className="notice notice-error" role="alert">
            {pinProblem}
          </p>
        )}
        <ActionFeedback
          state={create.state}
          running="Creating your profile…"
          hint="Correct the field named above, then choose Create profile again."
        />
        <div className="actions">
          <BusyButton type="submit" className="primary" busy={create.busy} busyLabel="Creating…">
            Create profile
          </BusyButton>
          {!firstRun && (
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </>
  );
}
