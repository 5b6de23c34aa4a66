import { CoreError } from '../coreError';
import { learnerActor, writeAuditEntry } from '../db/auditLog';
import { describeWait } from '../db/fileTimestamp';
import type { LearnerDb } from '../db/learnerDatabase';
import { profileFromRow, requireLearnerRow } from './learnerProfileRow';
import type { LearnerProfile } from './learnerProfileRow';
import { hashPin, pinMatches, readPin } from './pinHash';
import {
  clearPinFailures,
  freePinAttempts,
  lockoutAfterFailures,
  readPinThrottle,
  recordPinFailure,
  remainingLockout,
} from './pinThrottle';

function wrongPinMessage(failures: number): string {
  const lockout = lockoutAfterFailures(failures);
  if (lockout > 0) {
    return `That PIN is not right. After several wrong tries, please wait ${describeWait(lockout)} before trying again.`;
  }
  const left = freePinAttempts - failures;
  return `That PIN is not right. ${left} more ${left === 1 ? 'try' : 'tries'} before a short wait.`;
}

/**
 * Sign-in check. A profile without a PIN always passes. While locked out, the PIN is not even checked and
 * the error says how long to wait. Wrong PINs are counted in the database (30 s lockout after the third,
 * doubling to 15 min). `now` is the server's clock in Unix ms. Returns the profile on success.
 */
export function verifyProfilePin(
  db: LearnerDb,
  learnerId: string,
  pin: string | undefined,
  now: number,
): LearnerProfile {
  const row = requireLearnerRow(db, learnerId);
  if (row.pin_hash === null) return profileFromRow(row);
  const wait = remainingLockout(readPinThrottle(db, learnerId), now);
  if (wait > 0) {
    throw new CoreError('forbidden', `Too many wrong PINs. Please wait ${describeWait(wait)} and try again.`);
  }
  // A blank entry is not a guess: refuse it without counting it toward the lockout.
  if (typeof pin !== 'string' || pin.length === 0) {
    throw new CoreError('forbidden', 'This profile is protected by a PIN. Enter the PIN to continue.');
  }
  const correct = pin.length <= 64 && pinMatches(pin, row.pin_hash);
  if (!correct) {
    const state = recordPinFailure(db, learnerId, now);
    if (state.failedAttempts === freePinAttempts) {
      writeAuditEntry(db, { learnerId, actor: 'system', action: 'pin.locked', at: now, after: { ...state } });
    }
    throw new CoreError('forbidden', wrongPinMessage(state.failedAttempts));
  }
  clearPinFailures(db, learnerId);
  return profileFromRow(row);
}

/**
 * Sets or changes a learner's PIN. When one is already set, `currentPin` must match it (and wrong tries
 * count toward the lockout).
 */
export function setProfilePin(
  db: LearnerDb,
  learnerId: string,
  newPin: string,
  currentPin: string | undefined,
  now: number = Date.now(),
): LearnerProfile {
  const pinHash = hashPin(readPin(newPin));
  const hadPin = verifyProfilePin(db, learnerId, currentPin, now).hasPin;
  db.transaction(() => {
    db.prepare('UPDATE learners SET pin_hash = ?, updated_at = ? WHERE id = ?').run(pinHash, now, learnerId);
    writeAuditEntry(db, {
      learnerId,
      actor: learnerActor(learnerId),
      action: hadPin ? 'pin.changed' : 'pin.set',
      at: now,
    });
  }).immediate();
  return profileFromRow(requireLearnerRow(db, learnerId));
}

/** Removes a learner's PIN; the current PIN must be given. */
export function clearProfilePin(
  db: LearnerDb,
  learnerId: string,
  currentPin: string | undefined,
  now: number = Date.now(),
): LearnerProfile {
  const profile = verifyProfilePin(db, learnerId, currentPin, now);
  if (!profile.hasPin) return profile;
  db.transaction(() => {
    db.prepare('UPDATE learners SET pin_hash = NULL, updated_at = ? WHERE id = ?').run(now, learnerId);
    clearPinFailures(db, learnerId);
    writeAuditEntry(db, { learnerId, actor: learnerActor(learnerId), action: 'pin.cleared', at: now });
  }).immediate();
  return profileFromRow(requireLearnerRow(db, learnerId));
}
