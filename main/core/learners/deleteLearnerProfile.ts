import { normalizeProfileText } from '../../contract/limits';
import { CoreError } from '../coreError';
import { learnerActor, writeAuditEntry } from '../db/auditLog';
import type { LearnerDb } from '../db/learnerDatabase';
import { requireLearnerRow } from './learnerProfileRow';
import { verifyProfilePin } from './profilePin';

/** What the learner must supply to delete a profile. */
export interface DeleteProfileConfirmation {
  /** The profile's display name, typed again by the learner (case and outer spaces ignored). */
  readonly confirmName: string;
  /** Required when the profile has a PIN. */
  readonly pin?: string;
}

/** How many records went with the profile, per kind. */
export type DeletedRecordCounts = Record<(typeof learnerTables)[number], number>;

// Every table whose rows belong to one learner; all reference learners(id) ON DELETE CASCADE.
const learnerTables = [
  'module_progress',
  'course_positions',
  'module_notes',
  'bookmarks',
  'heartbeats',
  'heartbeat_clock',
  'pin_throttle',
  'attempts',
  'evaluation_submissions',
  'evaluation_responses',
  'attestations',
  'certificates',
  'disclosure_acknowledgements',
  'lrs_outbox',
] as const;

function countRecords(db: LearnerDb, learnerId: string): DeletedRecordCounts {
  const counts = {} as DeletedRecordCounts;
  for (const table of learnerTables) {
    const row = db.prepare(`SELECT count(*) AS n FROM ${table} WHERE learner_id = ?`).get(learnerId) as {
      n: number;
    };
    counts[table] = row.n;
  }
  return counts;
}

/**
 * Deletes a profile and, through ON DELETE CASCADE, every record that belongs to it. Needs the profile's
 * name typed again and, when set, its PIN (wrong PINs count toward the lockout). The audit log keeps a
 * short entry: how many records were removed, under the profile's id (never its name).
 */
export function deleteLearnerProfile(
  db: LearnerDb,
  learnerId: string,
  confirmation: DeleteProfileConfirmation,
  now: number = Date.now(),
): DeletedRecordCounts {
  const row = requireLearnerRow(db, learnerId);
  const typed =
    typeof confirmation.confirmName === 'string' ? normalizeProfileText(confirmation.confirmName) : '';
  if (typed.toLocaleLowerCase() !== row.display_name.toLocaleLowerCase()) {
    throw new CoreError(
      'invalid_input',
      `To delete this profile and all its records, type its name exactly: "${row.display_name}".`,
    );
  }
  // Outside the transaction: a wrong PIN must stay counted even though this call then fails.
  verifyProfilePin(db, learnerId, confirmation.pin, now);
  return db
    .transaction(() => {
      const counts = countRecords(db, learnerId);
      writeAuditEntry(db, {
        learnerId,
        actor: learnerActor(learnerId),
        action: 'profile.deleted',
        at: now,
        before: { records: { ...counts } },
      });
      db.prepare('DELETE FROM learners WHERE id = ?').run(learnerId);
      return counts;
    })
    .immediate();
}
