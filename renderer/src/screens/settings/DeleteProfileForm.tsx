import type React from 'react';
import { useState } from 'react';
import { invoke } from '../../api/contractClient';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { useProfileSession, useSignedInProfile } from '../../app/ProfileSession';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/useAction';

/** Deletes the profile and every record in it, after the learner types its name (and PIN, when set). */
export function DeleteProfileForm() {
  const profile = useSignedInProfile();
  const { signedOut } = useProfileSession();
  const action = useAction();
  const [confirmName, setConfirmName] = useState('');
  const [pin, setPin] = useState('');

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const deleted = await action.run(() =>
      invoke('profiles.delete', profile.hasPin ? { confirmName, pin } : { confirmName }),
    );
    if (deleted) signedOut();
  };

  return (
    <section aria-labelledby="settings-delete" className="danger-zone">
      <h2 id="settings-delete">Delete this profile</h2>
      <p>
        Deleting removes this profile with all its reading progress, notes, bookmarks, quiz results and time
        records from this computer, including CE Player&apos;s backups of them. It cannot be undone. Save any
        certificates you need first.
      </p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={`Type the profile name, ${profile.displayName}, to confirm`}
          required
          value={confirmName}
          onChange={setConfirmName}
        />
        {profile.hasPin && (
          <TextField
            label="PIN"
            type="password"
            inputMode="numeric"
            autoComplete="current-password"
            required
            value={pin}
            onChange={setPin}
          />
        )}
        <ActionFeedback state={action.state} running="Deleting…" />
        <BusyButton type="submit" className="danger" busy={action.busy} busyLabel="Deleting…">
          Delete profile and all its records
        </BusyButton>
      </form>
    </section>
  );
}
