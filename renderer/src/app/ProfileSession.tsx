import type React from 'react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { LearnerProfileView } from '../../../main/contract/profileSchemas';
import { onNotSignedIn } from '../api/contractClient';
import { navigate } from './routes';
import { useChannel, type ChannelState } from './useChannel';
import { usePreferences } from './usePreferences';

/** The signed-in learner as every screen sees it. */
export interface ProfileSession {
  /** The signed-in profile, or null when nobody is signed in. */
  profile: LearnerProfileView | null;
  /** Records the profile the core answered with (after sign-in, an update or a PIN change). */
  setProfile(profile: LearnerProfileView): void;
  /** Forgets the profile after sign-out or deletion and shows the profile screen. */
  signedOut(): void;
}

const ProfileContext = createContext<ProfileSession | null>(null);

/** The signed-in profile; only for components inside `ProfileProvider`. */
export function useProfileSession(): ProfileSession {
  const session = useContext(ProfileContext);
  if (!session) throw new Error('useProfileSession needs a ProfileProvider above it.');
  return session;
}

/** The profile of a signed-in screen; screens behind the sign-in gate may rely on it. */
export function useSignedInProfile(): LearnerProfileView {
  const { profile } = useProfileSession();
  if (!profile) throw new Error('This screen needs a signed-in profile.');
  return profile;
}

/**
 * Asks the core who is signed in on this window or browser session, keeps the answer for every screen, applies
 * the learner's display preferences, and returns to the profile screen whenever the core says nobody is.
 */
export function ProfileProvider({
  children,
  loading,
}: {
  children: React.ReactNode;
  /** What to show until the core has answered. */
  loading: (state: ChannelState<LearnerProfileView | null>) => React.ReactNode;
}) {
  const current = useChannel('profiles.current', {}, 'profiles.current');
  // undefined: not yet changed on this page, so the core's answer stands.
  const [changed, setChanged] = useState<LearnerProfileView | null | undefined>(undefined);
  const profile = changed !== undefined ? changed : current.status === 'ready' ? current.value : null;
  usePreferences(profile?.preferences ?? null);

  const signedOut = useCallback(() => {
    setChanged(null);
    navigate({ screen: 'profiles' });
  }, []);
  useEffect(() => onNotSignedIn(signedOut), [signedOut]);

  const session = useMemo<ProfileSession>(
    () => ({ profile, setProfile: (next) => setChanged(next), signedOut }),
    [profile, signedOut],
  );
  if (changed === undefined && current.status !== 'ready') return <>{loading(current)}</>;
  return <ProfileContext.Provider value={session}>{children}</ProfileContext.Provider>;
}
