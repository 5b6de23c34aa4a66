import type { LearnerDb } from '../db/learnerDatabase';

/** Wrong PINs allowed before the first lockout. */
export const freePinAttempts = 3;
/** The first lockout; each further wrong PIN doubles it. */
export const firstLockoutMs = 30_000;
/** The longest lockout. */
export const maxLockoutMs = 15 * 60_000;

/**
 * Lockout after `failures` consecutive wrong PINs: none for the first two, then 30 s, 60 s, 120 s, ...
 * capped at 15 minutes.
 */
export function lockoutAfterFailures(failures: number): number {
  if (failures < freePinAttempts) return 0;
  const doublings = Math.min(failures - freePinAttempts, 10);
  return Math.min(firstLockoutMs * 2 ** doublings, maxLockoutMs);
}

/** A learner's persisted wrong-PIN state. */
export interface PinThrottleState {
  readonly failedAttempts: number;
  readonly lockedUntil: number;
}

/** Reads the throttle state (zero failures when there is no row). */
export function readPinThrottle(db: LearnerDb, learnerId: string): PinThrottleState {
  const row = db
    .prepare('SELECT failed_attempts, locked_until FROM pin_throttle WHERE learner_id = ?')
    .get(learnerId) as { failed_attempts: number; locked_until: number } | undefined;
  return row
    ? { failedAttempts: row.failed_attempts, lockedUntil: row.locked_until }
    : { failedAttempts: 0, lockedUntil: 0 };
}

/**
 * Milliseconds the learner must still wait, or 0. Never more than the lockout their failure count earns,
 * so a clock set backwards cannot lock someone out for days.
 */
export function remainingLockout(state: PinThrottleState, now: number): number {
  const remaining = state.lockedUntil - now;
  if (remaining <= 0) return 0;
  return Math.min(remaining, lockoutAfterFailures(state.failedAttempts));
}

/** Records one more wrong PIN and returns the new state. Committed on its own, even though the caller then throws. */
export function recordPinFailure(db: LearnerDb, learnerId: string, now: number): PinThrottleState {
  const failedAttempts = readPinThrottle(db, learnerId).failedAttempts + 1;
  const lockedUntil = now + lockoutAfterFailures(failedAttempts);
  db.prepare(
    `INSERT INTO pin_throttle (learner_id, failed_attempts, locked_until, last_failed_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (learner_id) DO UPDATE SET failed_attempts = excluded.failed_attempts,
       locked_until = excluded.locked_until, last_failed_at = excluded.last_failed_at`,
  ).run(learnerId, failedAttempts, lockedUntil, now);
  return { failedAttempts, lockedUntil };
}

/** Forgets wrong PINs after a correct one. */
export function clearPinFailures(db: LearnerDb, learnerId: string): void {
  db.prepare('DELETE FROM pin_throttle WHERE learner_id = ?').run(learnerId);
}
