import { exportAttemptRecords } from '../attempts/attemptRecordsTransfer';
import type { AttemptRecords } from '../attempts/attemptRecordsFormat';
import type { DataIntegrityProof } from '../certificates/dataIntegrityProof';
import type { SigningKey } from '../certificates/signingKey';
import type { LearnerDb } from '../db/learnerDatabase';
import { exportLearnerRecords } from '../progress/exportLearnerRecords';
import type { LearnerRecordsFile } from '../progress/learnerRecordsFormat';
import { signRecords } from './recordsSignature';

/** The `format` marker of the file that carries both parts of a learner's records. */
export const recordsBundleFormat = 'ce-player.records';
/**
 * The layout this build writes: 2 is signed by the exporting installation (records/recordsSignature.ts). Files of
 * layout 1, from older builds, were never signed: they import as unverified history only.
 */
export const recordsBundleFormatVersion = 2;

/** One learner's whole record to move to another computer: progress and time, and quizzes and attestations. */
export interface RecordsBundle {
  format: typeof recordsBundleFormat;
  formatVersion: typeof recordsBundleFormatVersion;
  exportedAt: number;
  /** The did:key of the installation that exported and signed the file: what IT lists to trust it elsewhere. */
  installation: string;
  learnerRecords: LearnerRecordsFile;
  attemptRecords: AttemptRecords;
  proof: DataIntegrityProof;
}

/** Both exports of the learner's records, read in one transaction so they agree, signed with `key`. */
export function exportRecordsBundle(
  db: LearnerDb,
  learnerId: string,
  key: SigningKey,
  now: number,
): RecordsBundle {
  const parts = db.transaction(() => ({
    learnerRecords: exportLearnerRecords(db, learnerId, now),
    attemptRecords: exportAttemptRecords(db, learnerId),
  }))();
  const unsigned = {
    format: recordsBundleFormat,
    formatVersion: recordsBundleFormatVersion,
    exportedAt: now,
    installation: key.did,
    ...parts,
  } as const;
  return signRecords(unsigned, key, new Date(now).toISOString());
}
