import type { RecordsImportSummary } from '../../contract/certificateSchemas';
import { attemptRecordsFormat } from '../attempts/attemptRecordsFormat';
import type { AttemptRecords } from '../attempts/attemptRecordsFormat';
import { exportAttemptRecords, importAttemptRecords } from '../attempts/attemptRecordsTransfer';
import { CoreError } from '../coreError';
import type { LearnerDb } from '../db/learnerDatabase';
import type { CourseLibrary } from '../library/courseLibrary';
import { exportLearnerRecords } from '../progress/exportLearnerRecords';
import { importLearnerRecords } from '../progress/importLearnerRecords';
import { learnerRecordsFormat } from '../progress/learnerRecordsFormat';
import type { LearnerRecordsFile } from '../progress/learnerRecordsFormat';

/** The `format` marker of the file that carries both parts of a learner's records. */
export const recordsBundleFormat = 'ce-player.records';
export const recordsBundleFormatVersion = 1;

/** One learner's whole record to move to another computer: progress and time, and quizzes and attestations. */
export interface RecordsBundle {
  format: typeof recordsBundleFormat;
  formatVersion: typeof recordsBundleFormatVersion;
  exportedAt: number;
  learnerRecords: LearnerRecordsFile;
  attemptRecords: AttemptRecords;
}

/** Both exports of the learner's records, read in one transaction so they agree. */
export function exportRecordsBundle(db: LearnerDb, learnerId: string, now: number): RecordsBundle {
  return db.transaction((): RecordsBundle => ({
    format: recordsBundleFormat,
    formatVersion: recordsBundleFormatVersion,
    exportedAt: now,
    learnerRecords: exportLearnerRecords(db, learnerId, now),
    attemptRecords: exportAttemptRecords(db, learnerId),
  }))();
}

function notRecords(detail: string): CoreError {
  return new CoreError('invalid_input', `This is not a usable CE Player records file: ${detail}.`);
}

const zeroSummary: RecordsImportSummary = {
  moduleProgress: 0,
  positions: 0,
  notes: 0,
  bookmarks: 0,
  heartbeats: 0,
  attempts: 0,
  evaluations: 0,
  attestations: 0,
  skippedOpenAttempts: 0,
};

/**
 * Imports a records file into the learner's records, all or nothing: a bundle from `exportRecordsBundle`, or
 * either part on its own. Records are matched on their natural keys and ids, so importing the same file twice
 * adds nothing the second time.
 */
export function importRecordsText(
  db: LearnerDb,
  library: CourseLibrary,
  learnerId: string,
  text: string,
  now: number,
): RecordsImportSummary {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw notRecords('it is not JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw notRecords('it is not an object');
  const format = (data as { format?: unknown }).format;
  if (format === learnerRecordsFormat) {
    return { ...zeroSummary, ...importLearnerRecords(db, learnerId, data, now) };
  }
  if (format === attemptRecordsFormat) {
    return { ...zeroSummary, ...importAttemptRecords(db, library, learnerId, data) };
  }
  if (format !== recordsBundleFormat) throw notRecords('it is not a file CE Player exported');
  const bundle = data as Partial<RecordsBundle>;
  if (bundle.formatVersion !== recordsBundleFormatVersion) {
    throw notRecords(`it uses format ${String(bundle.formatVersion)}, which this version cannot read`);
  }
  return db
    .transaction((): RecordsImportSummary => ({
      ...importLearnerRecords(db, learnerId, bundle.learnerRecords, now),
      ...importAttemptRecords(db, library, learnerId, bundle.attemptRecords),
    }))
    .immediate();
}
