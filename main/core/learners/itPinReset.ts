import { normalizeProfileText } from '../../contract/limits';
import { CoreError } from '../coreError';
import { writeAuditEntry } from '../db/auditLog';
import type { LearnerDb } from '../db/learnerDatabase';
import { profileFromRow } from './learnerProfileRow';
import type { LearnerProfile, LearnerRow } from './learnerProfileRow';
import { hashPin, readPin } from './pinHash';
import { clearPinFailures } from './pinThrottle';

/*
 * A learner who forgets their PIN cannot reach their records, and no screen of the app can let them in without it:
 * anyone at the workstation could use such a screen. Clinic IT resets it instead, from the command line with
 * access to the data folder (`npm run pin:reset`), which is the access that could read the database anyway.
 */

/** What IT asks for: the profile by its name, and optionally a temporary PIN to give the learner. */
export interface PinResetRequest {
  readonly profileName: string;
  /** Set instead of removing the PIN, for machines whose settings require one on every profile. */
  readonly temporaryPin?: string;
}

function findByName(db: LearnerDb, profileName: string): LearnerRow {
  const name = normalizeProfileText(profileName);
  // Names are unique regardless of case (the learners_display_name index), as the sign-in list shows them.
  const row = db.prepare('SELECT * FROM learners WHERE display_name = ? COLLATE NOCASE').get(name) as
    LearnerRow | undefined;
  if (row) return row;
  const names = (
    db.prepare('SELECT display_name FROM learners ORDER BY display_name').pluck().all() as string[]
  )
    .map((known) => `"${known}"`)
    .join(', ');
  throw new CoreError(
    'not_found',
    `No profile is named "${name}" here. ${names === '' ? 'There are no profiles.' : `The profiles are: ${names}.`}`,
  );
}

/**
 * Clinic IT's reset of a forgotten PIN: removes the profile's PIN, or replaces it with a temporary one, and lifts
 * any wrong-PIN lockout, in one transaction with an audit entry by `it`. The learner's records are untouched.
 */
export function resetPinByIt(db: LearnerDb, request: PinResetRequest, now: number): LearnerProfile {
  const pinHash = request.temporaryPin === undefined ? null : hashPin(readPin(request.temporaryPin));
  return db
    .transaction(() => {
      const row = findByName(db, request.profileName);
      db.prepare('UPDATE learners SET pin_hash = ?, updated_at = ? WHERE id = ?').run(pinHash, now, row.id);
      clearPinFailures(db, row.id);
      writeAuditEntry(db, {
        learnerId: row.id,
        actor: 'it',
        action: pinHash === null ? 'pin.reset.removed' : 'pin.reset.temporary',
        at: now,
      });
      return profileFromRow({ ...row, pin_hash: pinHash, updated_at: now });
    })
    .immediate();
}
