import { CoreError } from '../coreError';

/**
 * What the core knows about one window (desktop) or one browser tab (browser shell).
 * Every channel acts on the learner signed in here and on nothing else.
 */
export interface Session {
  learnerId: string | null;
  /** Whether the signed-in profile has a PIN. Only such sign-ins lapse: a PIN-less profile opens for anyone. */
  pinProtected?: boolean;
  /** When the session was last used and seen; absent on a session that never lapses (tools, tests). */
  activity?: SessionActivity;
}

/** The times that decide whether a PIN sign-in has lapsed, all Unix ms. */
export interface SessionActivity {
  /** The last channel call: the learner's last use of the app. */
  lastCallAt: number;
  /**
   * The last sign that the page is open (browser shell, whose tab can close unseen); null for a desktop window,
   * whose closing the shell sees directly.
   */
  lastSeenAt: number | null;
  /** When the page said it was going away; a call soon after (a reload) shows it came back. */
  closingSince: number | null;
}

/** How long a PIN-protected sign-in lasts without use or without its page. */
export interface SessionRules {
  /** A PIN sign-in with no channel call for this long is signed out (machine config `pinSignOutMinutes`). */
  readonly idleSignOutMs: number;
  /** A browser tab that has not said it is open for this long is taken as closed. */
  readonly pageLeaseMs: number;
  /** After a tab says it is closing, a call within this time (its reload) keeps the sign-in. */
  readonly closeGraceMs: number;
}

/** The defaults: 30 minutes without use; a tab unheard of for 3 minutes (background tabs wake once a minute). */
export const defaultSessionRules: SessionRules = {
  idleSignOutMs: 30 * 60_000,
  pageLeaseMs: 3 * 60_000,
  closeGraceMs: 10_000,
};

/**
 * A session with nobody signed in, as every new window or tab starts. Given the time, its PIN sign-ins lapse by
 * the rules: `page` sessions (the browser shell) must keep showing their tab is open, `window` sessions end when
 * the shell sees their window close. Without it (tools, tests) a sign-in never lapses.
 */
export function createSession(now?: number, kind: 'window' | 'page' = 'window'): Session {
  if (now === undefined) return { learnerId: null };
  return {
    learnerId: null,
    activity: { lastCallAt: now, lastSeenAt: kind === 'page' ? now : null, closingSince: null },
  };
}

/** Why a PIN sign-in has lapsed at `now`, or null while it holds. */
export function lapseOf(session: Session, now: number, rules: SessionRules): 'idle' | 'closed' | null {
  const activity = session.activity;
  if (!activity || session.learnerId === null || session.pinProtected !== true) return null;
  if (now - activity.lastCallAt > rules.idleSignOutMs) return 'idle';
  if (activity.closingSince !== null && now - activity.closingSince > rules.closeGraceMs) return 'closed';
  if (activity.lastSeenAt !== null && now - activity.lastSeenAt > rules.pageLeaseMs) return 'closed';
  return null;
}

/**
 * Before every channel call: a lapsed PIN sign-in ends, then the call counts as use, shows the page is open and,
 * after the page said it was closing, that it came back (a reload).
 */
export function beginCall(session: Session, now: number, rules: SessionRules): void {
  markPageAlive(session, now, rules);
  if (!session.activity) return;
  session.activity.lastCallAt = now;
  session.activity.closingSince = null;
}

/**
 * The tab says it is still open. Not a use of the app (the idle limit keeps running), and not a return after it
 * said it was closing: only a call is.
 */
export function markPageAlive(session: Session, now: number, rules: SessionRules): void {
  if (lapseOf(session, now, rules) !== null) signOut(session);
  if (session.activity && session.activity.lastSeenAt !== null) session.activity.lastSeenAt = now;
}

/** The tab says it is going away: unless it calls again within the grace (a reload), a PIN sign-in ends. */
export function markPageClosing(session: Session, now: number): void {
  if (session.activity) session.activity.closingSince = now;
}

/** Nobody is signed in on this session any more. */
export function signOut(session: Session): void {
  session.learnerId = null;
  session.pinProtected = false;
}

/** Records a sign-in (or a PIN change) on this session. */
export function signIn(session: Session, profile: { id: string; hasPin: boolean }): void {
  session.learnerId = profile.id;
  session.pinProtected = profile.hasPin;
}

/** The learner signed in on this session; every learner channel starts here, never from its input. */
export function requireSignedIn(session: Session): string {
  if (session.learnerId === null) {
    throw new CoreError('not_signed_in', 'Choose or create a profile first.');
  }
  return session.learnerId;
}
