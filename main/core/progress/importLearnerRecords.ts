import { learnerActor, writeAuditEntry } from '../db/auditLog';
import type { LearnerDb } from '../db/learnerDatabase';
import { requireLearner } from '../learners/learnerProfileRow';
import { getBookmark, writeBookmarkRow } from '../bookmarks/bookmarks';
import { getLastPosition, writePositionRow } from './lastPosition';
import { creditImportedBeats, recordedBeatsAround } from './importedHeartbeatCredit';
import { readLearnerRecordsFile } from './learnerRecordsFormat';
import type { ExportedHeartbeat, ExportedModuleProgress } from './learnerRecordsFormat';
import { mergeModuleProgress, sameProgressRow } from './mergeModuleProgress';
import { readProgressRow, writeProgressRow } from './moduleProgress';
import type { ModuleProgressRow } from './moduleProgress';
import { getModuleNote, writeNoteRow } from '../notes/moduleNotes';
import { insertHeartbeatRow } from './timeOnTask';

/** How many records the import added or changed, per kind. Importing the same file again gives all zeros. */
export interface ImportSummary {
  moduleProgress: number;
  positions: number;
  notes: number;
  bookmarks: number;
  heartbeats: number;
}

function progressRow(learnerId: string, record: ExportedModuleProgress): ModuleProgressRow {
  return {
    learner_id: learnerId,
    course_id: record.courseId,
    course_version: record.courseVersion,
    module_id: record.moduleId,
    content_hash: record.contentHash,
    opened_at: record.openedAt,
    last_opened_at: record.lastOpenedAt,
    read_to_end_at: record.readToEndAt,
    completed_at: record.completedAt,
    needs_review: record.needsReview ? 1 : 0,
    carried_from_version: record.carriedFromVersion,
    updated_at: record.updatedAt,
  };
}

// The file's beats not yet recorded for the learner, each beat id once (the first wins, as on insert).
function newBeats(
  db: LearnerDb,
  learnerId: string,
  beats: readonly ExportedHeartbeat[],
): ExportedHeartbeat[] {
  const known = db.prepare('SELECT 1 FROM heartbeats WHERE learner_id = ? AND beat_id = ?');
  const seen = new Set<string>();
  return beats.filter((beat) => {
    if (seen.has(beat.beatId)) return false;
    seen.add(beat.beatId);
    return known.get(learnerId, beat.beatId) === undefined;
  });
}

// Records the new beats with the credit the live rule gives them on the learner's timeline, never the file's.
function importHeartbeats(db: LearnerDb, learnerId: string, beats: readonly ExportedHeartbeat[]): number {
  const fresh = newBeats(db, learnerId, beats);
  if (fresh.length === 0) return 0;
  const times = fresh.map((beat) => beat.receivedAt);
  const from = times.reduce((a, b) => Math.min(a, b));
  const to = times.reduce((a, b) => Math.max(a, b));
  const credits = creditImportedBeats(recordedBeatsAround(db, learnerId, from, to), fresh);
  fresh.forEach((beat, index) => {
    insertHeartbeatRow(db, learnerId, {
      ...beat,
      clientSentAt: beat.clientSentAt ?? undefined,
      creditedMs: credits[index] ?? 0,
    });
  });
  return fresh.length;
}

/**
 * Merges an exported records file (parsed JSON) into the given learner's records, all or nothing.
 * Records are matched on natural keys (course, version, module, anchor, beat id), so importing the same
 * file twice changes nothing the second time. On a conflict the more recently updated record wins; a note
 * replaced that way is kept in the audit log. Heartbeats earn time by the live rule on the learner's timeline
 * (importedHeartbeatCredit.ts), not the credit the file states, and never move this machine's heartbeat
 * reference. The target profile itself is not changed. Every claim here counts toward certificates: call it only
 * for a file whose signature was verified (importRecordsText).
 */
export function importLearnerRecords(
  db: LearnerDb,
  learnerId: string,
  data: unknown,
  now: number = Date.now(),
): ImportSummary {
  const file = readLearnerRecordsFile(data);
  return db
    .transaction((): ImportSummary => {
      requireLearner(db, learnerId);
      const summary: ImportSummary = {
        moduleProgress: 0,
        positions: 0,
        notes: 0,
        bookmarks: 0,
        heartbeats: 0,
      };

      for (const record of file.moduleProgress) {
        const existing = readProgressRow(
          db,
          learnerId,
          record.courseId,
          record.courseVersion,
          record.moduleId,
        );
        const merged = mergeModuleProgress(existing, progressRow(learnerId, record));
        if (sameProgressRow(existing, merged)) continue;
        writeProgressRow(db, merged);
        summary.moduleProgress += 1;
      }

      for (const position of file.positions) {
        const existing = getLastPosition(db, learnerId, position.courseId);
        if (existing && existing.updatedAt >= position.updatedAt) continue;
        writePositionRow(db, learnerId, position);
        summary.positions += 1;
      }

      for (const note of file.notes) {
        const existing = getModuleNote(db, learnerId, note.courseId, note.moduleId);
        if (existing && existing.updatedAt >= note.updatedAt) continue;
        if (existing && existing.text === note.text && existing.courseVersion === note.courseVersion)
          continue;
        if (existing && existing.text !== note.text) {
          writeAuditEntry(db, {
            learnerId,
            actor: learnerActor(learnerId),
            action: 'note.replaced_by_import',
            at: now,
            after: { courseId: note.courseId, moduleId: note.moduleId, courseVersion: note.courseVersion },
          });
        }
        writeNoteRow(db, learnerId, {
          ...note,
          createdAt: Math.min(note.createdAt, existing?.createdAt ?? note.createdAt),
        });
        summary.notes += 1;
      }

      for (const bookmark of file.bookmarks) {
        const existing = getBookmark(db, learnerId, bookmark.courseId, bookmark.moduleId, bookmark.anchorId);
        if (existing && existing.updatedAt >= bookmark.updatedAt) continue;
        writeBookmarkRow(db, learnerId, {
          ...bookmark,
          createdAt: Math.min(bookmark.createdAt, existing?.createdAt ?? bookmark.createdAt),
        });
        summary.bookmarks += 1;
      }

      summary.heartbeats = importHeartbeats(db, learnerId, file.heartbeats);
      return summary;
    })
    .immediate();
}
