import type React from 'react';
import { useEffect, useRef, useState } from 'react';
import type { LearnerSummaryView } from '../../../../main/contract/profileSchemas';
import { invoke } from '../../api/contractClient';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { useProfileSession } from '../../app/ProfileSession';
import { useAction } from '../../ui/useAction';
import { useScreenFocus } from '../../app/useScreenFocus';

/** The PIN prompt for a protected profile. Wrong PINs and lockouts come back from the core as alerts. */
function PinSignIn({
  learner,
  busy,
  onSignIn,
}: {
  learner: LearnerSummaryView;
  busy: boolean;
  onSignIn: (pin: string) => void;
}) {
  const [pin, setPin] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), [learner.id]);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    onSignIn(pin);
  };
  return (
    <form className="form pin-form" onSubmit={submit} aria-labelledby="pin-form-title">
      <h2 id="pin-form-title">Sign in as {learner.displayName}</h2>
      <div className="field">
        <label htmlFor="sign-in-pin">PIN for {learner.displayName}</label>
        <input
          id="sign-in-pin"
          ref={inputRef}
          type="password"
          inputMode="numeric"
          autoComplete="current-password"
          value={pin}
          onChange={(event) => setPin(event.target.value)}
        />
      </div>
      <BusyButton type="submit" className="primary" busy={busy} busyLabel="Signing in…">
        Sign in
      </BusyButton>
    </form>
  );
}

/** The profiles on this computer as buttons; a protected one asks for its PIN before signing in. */
export function ProfilePicker({
  profiles,
  onCreate,
}: {
  profiles: LearnerSummaryView[];
  onCreate: () => void;
}) {
  const { setProfile } = useProfileSession();
  const headingRef = useScreenFocus<HTMLHeadingElement>('profile-picker');
  const [chosen, setChosen] = useState<LearnerSummaryView | null>(null);
  const signIn = useAction();

  const signInAs = async (learner: LearnerSummaryView, pin?: string) => {
    const profile = await signIn.run(() =>
      invoke(
        'profiles.signIn',
        pin === undefined ? { learnerId: learner.id } : { learnerId: learner.id, pin },
      ),
    );
    // The start screen's address stays: signed in, it returns the learner to where they last read.
    if (profile) setProfile(profile);
  };
  const choose = (learner: LearnerSummaryView) => {
    signIn.reset();
    if (learner.hasPin) setChosen(learner);
    else void signInAs(learner);
  };

  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        Who is studying?
      </h1>
      <p className="lead">Choose your profile to continue where you left off.</p>
      <ul className="profile-list" aria-label="Profiles">
        {profiles.map((learner) => (
          <li key={learner.id}>
            <button type="button" className="profile-button" onClick={() => choose(learner)}>
              {learner.displayName}
              {learner.hasPin && <span className="profile-pin-note"> (PIN protected)</span>}
            </button>
          </li>
        ))}
      </ul>
      {chosen && (
        <PinSignIn learner={chosen} busy={signIn.busy} onSignIn={(pin) => void signInAs(chosen, pin)} />
      )}
      <ActionFeedback state={signIn.state} running="Signing in…" />
      <p>
        <button type="button" onClick={onCreate}>
          Create a new profile
        </button>
      </p>
    </>
  );
}
