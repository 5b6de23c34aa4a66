import type { LearnerDb } from '../db/learnerDatabase';
import { requireLearnerRow } from '../learners/learnerProfileRow';
import { listBookmarks } from './bookmarks';
import { listLastPositions } from './lastPosition';
import { learnerRecordsFormat, learnerRecordsFormatVersion } from './learnerRecordsFormat';
import type { ExportedHeartbeat, LearnerRecordsFile } from './learnerRecordsFormat';
import { progressFromRow } from './moduleProgress';
import type { ModuleProgressRow } from './moduleProgress';
import { listModuleNotes } from './moduleNotes';

/**
 * One learner's records (progress, positions, notes, bookmarks and heartbeats) as a JSON-ready object.
 * Read in one transaction so the parts agree with each other.
 */
export function exportLearnerRecords(
  db: LearnerDb,
  learnerId: string,
  now: number = Date.now(),
): LearnerRecordsFile {
  return db.transaction((): LearnerRecordsFile => {
    const learner = requireLearnerRow(db, learnerId);
    const progress = db
      .prepare(
        'SELECT * FROM module_progress WHERE learner_id = ? ORDER BY course_id, course_version, module_id',
      )
      .all(learnerId) as ModuleProgressRow[];
    const beats = db
      .prepare(
        `SELECT beat_id, course_id, course_version, module_id, received_at, client_sent_at, credited_ms
         FROM heartbeats WHERE learner_id = ? ORDER BY received_at, beat_id`,
      )
      .all(learnerId) as {
      beat_id: string;
      course_id: string;
      course_version: string;
      module_id: string;
      received_at: number;
      client_sent_at: number | null;
      credited_ms: number;
    }[];
    return {
      format: learnerRecordsFormat,
      formatVersion: learnerRecordsFormatVersion,
      exportedAt: now,
      learner: {
        displayName: learner.display_name,
        certificateName: learner.certificate_name,
        credentials: learner.credentials,
      },
      moduleProgress: progress.map((row) => ({
        courseId: row.course_id,
        courseVersion: row.course_version,
        ...progressFromRow(row),
      })),
      positions: listLastPositions(db, learnerId),
      notes: listModuleNotes(db, learnerId),
      bookmarks: listBookmarks(db, learnerId),
      heartbeats: beats.map((beat): ExportedHeartbeat => ({
        beatId: beat.beat_id,
        courseId: beat.course_id,
        courseVersion: beat.course_version,
        moduleId: beat.module_id,
        receivedAt: beat.received_at,
        clientSentAt: beat.client_sent_at,
        creditedMs: beat.credited_ms,
      })),
    };
  })();
}
