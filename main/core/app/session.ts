import { CoreError } from '../coreError';

/**
 * What the core knows about one window (desktop) or one browser session (browser shell).
 * Every channel acts on the learner signed in here and on nothing else.
 */
export interface Session {
  learnerId: string | null;
}

/** A session with nobody signed in, as every new window or browser starts. */
export function createSession(): Session {
  return { learnerId: null };
}

/** The learner signed in on this session; every learner channel starts here, never from its input. */
export function requireSignedIn(session: Session): string {
  if (session.learnerId === null) {
    throw new CoreError('not_signed_in', 'Choose or create a profile first.');
  }
  return session.learnerId;
}
