import { createHash } from 'node:crypto';
import type { AttemptRecords } from '../attempts/attemptRecordsFormat';
import type { LearnerDb } from '../db/learnerDatabase';
import { requireLearner } from '../learners/learnerProfileRow';
import type { LearnerRecordsFile } from '../progress/learnerRecordsFormat';
import type { UnverifiedReason } from './recordsSignature';

/*
 * Records files that could not be verified, kept as history for the learner to see and nothing more. They live in
 * their own table (unverified_record_imports), which no completion rule, certificate or transcript reads.
 */

/** What an unverified file holds, as read (either part may be missing from a file of one part). */
export interface UnverifiedRecords {
  learnerRecords: LearnerRecordsFile | null;
  attemptRecords: AttemptRecords | null;
}

/** One unverified file in the learner's history. */
export interface UnverifiedImport {
  importedAt: number;
  exportedAt: number | null;
  reason: UnverifiedReason;
  signerKey: string | null;
  records: UnverifiedRecords;
}

interface UnverifiedImportRow {
  imported_at: number;
  exported_at: number | null;
  reason: UnverifiedReason;
  signer_key: string | null;
  records: string;
}

/**
 * Keeps an unverified file as history, once per learner and content (the records as read, so the same file
 * reformatted is the same file). Returns false when the learner already imported it.
 */
export function keepUnverifiedImport(db: LearnerDb, learnerId: string, entry: UnverifiedImport): boolean {
  const records = JSON.stringify(entry.records);
  const sha256 = createHash('sha256').update(records, 'utf8').digest('hex');
  return db
    .transaction((): boolean => {
      requireLearner(db, learnerId);
      const result = db
        .prepare(
          `INSERT INTO unverified_record_imports
             (learner_id, content_sha256, imported_at, exported_at, reason, signer_key, records)
           VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (learner_id, content_sha256) DO NOTHING`,
        )
        .run(learnerId, sha256, entry.importedAt, entry.exportedAt, entry.reason, entry.signerKey, records);
      return result.changes > 0;
    })
    .immediate();
}

/** The learner's unverified imports, newest first. */
export function listUnverifiedImports(db: LearnerDb, learnerId: string): UnverifiedImport[] {
  const rows = db
    .prepare(
      `SELECT imported_at, exported_at, reason, signer_key, records FROM unverified_record_imports
       WHERE learner_id = ? ORDER BY imported_at DESC, content_sha256`,
    )
    .all(learnerId) as UnverifiedImportRow[];
  return rows.map((row) => ({
    importedAt: row.imported_at,
    exportedAt: row.exported_at,
    reason: row.reason,
    signerKey: row.signer_key,
    records: JSON.parse(row.records) as UnverifiedRecords,
  }));
}
