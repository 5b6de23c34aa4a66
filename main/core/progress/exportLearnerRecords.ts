import { camelCaseColumns } from '../db/camelCaseColumns';
import type { LearnerDb } from '../db/learnerDatabase';
import { requireLearnerRow } from '../learners/learnerProfileRow';
import { listBookmarks } from '../bookmarks/bookmarks';
import { listLastPositions } from './lastPosition';
import { learnerRecordsFormat, learnerRecordsFormatVersion } from './learnerRecordsFormat';
import type { ExportedHeartbeat, LearnerRecordsFile } from './learnerRecordsFormat';
import { progressFromRow } from './moduleProgress';
import type { ModuleProgressRow } from './moduleProgress';
import { listModuleNotes } from '../notes/moduleNotes';

const heartbeatColumns = camelCaseColumns(
  'beat_id',
  'course_id',
  'course_version',
  'module_id',
  'received_at',
  'client_sent_at',
  'credited_ms',
);

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
        `SELECT ${heartbeatColumns} FROM heartbeats WHERE learner_id = ? ORDER BY received_at, beat_id`,
      )
      .all(learnerId) as ExportedHeartbeat[];
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
      heartbeats: beats,
    };
  })();
}
