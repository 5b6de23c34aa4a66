import type React from 'react';
import { useState } from 'react';
import { invoke } from '../../api/contractClient';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { useProfileSession, useSignedInProfile } from '../../app/ProfileSession';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/useAction';
import { emptyPinPair, PinFields, pinPairProblem } from '../profiles/PinFields';

/** Sets a PIN, or changes or removes the current one (which needs the current PIN). */
export function PinSettingsForm() {
  const profile = useSignedInProfile();
  const { setProfile } = useProfileSession();
  const action = useAction();
  const [currentPin, setCurrentPin] = useState('');
  const [pins, setPins] = useState(emptyPinPair);
  const [problem, setProblem] = useState<string | null>(null);

  const apply = async (newPin: string | null, doneMessage: string) => {
    const saved = await action.run(
      () => invoke('profiles.setPin', profile.hasPin ? { currentPin, newPin } : { newPin }),
      doneMessage,
    );
    if (saved) {
      setProfile(saved);
      setCurrentPin('');
      setPins(emptyPinPair);
    }
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const mismatch = pins.pin === '' ? 'Type the new PIN in both boxes.' : pinPairProblem(pins);
    setProblem(mismatch);
    if (mismatch) action.reset();
    else void apply(pins.pin, profile.hasPin ? 'Your PIN was changed.' : 'Your PIN was set.');
  };
  const remove = () => {
    setProblem(null);
    void apply(null, 'Your PIN was removed. Anyone using this computer can now open this profile.');
  };

  return (
    <section aria-labelledby="settings-pin">
      <h2 id="settings-pin">PIN</h2>
      <p>
        {profile.hasPin
          ? 'This profile is protected by a PIN.'
          : 'This profile has no PIN: anyone using this computer can open it.'}
      </p>
      <form className="form" onSubmit={submit} noValidate>
        {profile.hasPin && (
          <TextField
            label="Current PIN"
            type="password"
            inputMode="numeric"
            autoComplete="current-password"
            required
            value={currentPin}
            onChange={setCurrentPin}
          />
        )}
        <PinFields value={pins} onChange={setPins} label="New PIN" confirmLabel="Confirm new PIN" required />
        {problem && (
          <p className="notice notice-error" role="alert">
            {problem}
          </p>
        )}
        <ActionFeedback state={action.state} />
        <div className="actions">
          <BusyButton type="submit" className="primary" busy={action.busy} busyLabel="Saving…">
            {profile.hasPin ? 'Change PIN' : 'Set PIN'}
          </BusyButton>
          {profile.hasPin && (
            <BusyButton busy={action.busy} busyLabel="Saving…" onClick={remove}>
              Remove PIN
            </BusyButton>
          )}
        </div>
      </form>
    </section>
  );
}
