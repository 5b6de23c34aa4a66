import { useCallback, useRef, useState } from 'react';
import { failureMessage, invoke } from '../api/contractClient';
import { useProfileSession, useSignedInProfile } from './ProfileSession';
import type { ActionState } from '../ui/useAction';
import type { Preferences } from './usePreferences';

/**
 * Changes the learner's text size or theme: applied at once (so the learner sees the effect immediately), then
 * saved with profiles.update. Only the latest change's answer counts; if it fails, the choice saved before it
 * comes back and the state says why.
 */
export function useUpdatePreferences(): {
  state: ActionState;
  update: (change: Partial<Preferences>) => void;
} {
  const profile = useSignedInProfile();
  const { setProfile } = useProfileSession();
  const [state, setState] = useState<ActionState>({ status: 'idle' });
  const latest = useRef(0);
  const update = useCallback(
    (change: Partial<Preferences>) => {
      const request = ++latest.current;
      const before = profile;
      setProfile({ ...profile, preferences: { ...profile.preferences, ...change } });
      setState({ status: 'running' });
      invoke('profiles.update', { preferences: change }).then(
        (saved) => {
          if (request !== latest.current) return;
          setProfile(saved);
          setState({ status: 'done', message: 'Saved.' });
        },
        (err: unknown) => {
          if (request !== latest.current) return;
          setProfile(before);
          setState({ status: 'failed', message: failureMessage(err), code: null });
        },
      );
    },
    [profile, setProfile],
  );
  return { state, update };
}
