import type { LearnerDb } from '../db/learnerDatabase';
import { requireLearner } from '../learners/learnerProfileRow';
import { queueLearningEvent } from '../lrs/statementOutbox';
import { readId, readModuleRef } from './progressInput';
import type { ModuleRef } from './progressInput';

/*
 * Content hashes: each row records the module content its progress is about. When the learner opens a
 * module whose content differs from what they read or completed, the row is flagged needs_review (nothing is
 * erased). Reading to the end or completing the new content moves the row to the new hash and clears the flag.
 */

/** A learner's progress in one module of one course version. */
export interface ModuleProgress {
  readonly moduleId: string;
  readonly contentHash: string;
  readonly openedAt: number | null;
  readonly lastOpenedAt: number | null;
  readonly readToEndAt: number | null;
  readonly completedAt: number | null;
  readonly needsReview: boolean;
  readonly carriedFromVersion: string | null;
  readonly updatedAt: number;
}

/** A row of module_progress. */
export interface ModuleProgressRow {
  learner_id: string;
  course_id: string;
  course_version: string;
  module_id: string;
  content_hash: string;
  opened_at: number | null;
  last_opened_at: number | null;
  read_to_end_at: number | null;
  completed_at: number | null;
  needs_review: number;
  carried_from_version: string | null;
  updated_at: number;
}

/** Reads one progress row of one learner. */
export function readProgressRow(
  db: LearnerDb,
  learnerId: string,
  courseId: string,
  courseVersion: string,
  moduleId: string,
): ModuleProgressRow | undefined {
  return db
    .prepare(
      `SELECT * FROM module_progress
       WHERE learner_id = ? AND course_id = ? AND course_version = ? AND module_id = ?`,
    )
    .get(learnerId, courseId, courseVersion, moduleId) as ModuleProgressRow | undefined;
}

/**
 * Inserts or replaces a whole progress row (used by the mark functions, carry-over and import), and queues its
 * statements for the LRS in the same transaction.
 */
export function writeProgressRow(db: LearnerDb, row: ModuleProgressRow): void {
  db.prepare(
    `INSERT INTO module_progress (learner_id, course_id, course_version, module_id, content_hash, opened_at,
       last_opened_at, read_to_end_at, completed_at, needs_review, carried_from_version, updated_at)
     VALUES (@learner_id, @course_id, @course_version, @module_id, @content_hash, @opened_at, @last_opened_at,
       @read_to_end_at, @completed_at, @needs_review, @carried_from_version, @updated_at)
     ON CONFLICT (learner_id, course_id, course_version, module_id) DO UPDATE SET
       content_hash = excluded.content_hash, opened_at = excluded.opened_at,
       last_opened_at = excluded.last_opened_at, read_to_end_at = excluded.read_to_end_at,
       completed_at = excluded.completed_at, needs_review = excluded.needs_review,
       carried_from_version = excluded.carried_from_version, updated_at = excluded.updated_at`,
  ).run(row);
  queueLearningEvent(db, row.learner_id, {
    kind: 'module',
    courseId: row.course_id,
    courseVersion: row.course_version,
    moduleId: row.module_id,
  });
}

/** Maps a row to the progress shape. */
export function progressFromRow(row: ModuleProgressRow): ModuleProgress {
  return {
    moduleId: row.module_id,
    contentHash: row.content_hash,
    openedAt: row.opened_at,
    lastOpenedAt: row.last_opened_at,
    readToEndAt: row.read_to_end_at,
    completedAt: row.completed_at,
    needsReview: row.needs_review === 1,
    carriedFromVersion: row.carried_from_version,
    updatedAt: row.updated_at,
  };
}

type ProgressEvent = 'opened' | 'readToEnd' | 'completed';

function emptyRow(learnerId: string, ref: ModuleRef, now: number): ModuleProgressRow {
  return {
    learner_id: learnerId,
    course_id: ref.courseId,
    course_version: ref.courseVersion,
    module_id: ref.moduleId,
    content_hash: ref.contentHash,
    opened_at: null,
    last_opened_at: null,
    read_to_end_at: null,
    completed_at: null,
    needs_review: 0,
    carried_from_version: null,
    updated_at: now,
  };
}

function applyEvent(
  old: ModuleProgressRow,
  ref: ModuleRef,
  event: ProgressEvent,
  now: number,
): ModuleProgressRow {
  const sameContent = old.content_hash === ref.contentHash;
  const hasReading = old.read_to_end_at !== null || old.completed_at !== null;
  const row = { ...old, updated_at: now };
  if (event === 'opened') {
    row.opened_at = old.opened_at ?? now;
    row.last_opened_at = now;
    if (!sameContent && hasReading) row.needs_review = 1;
    if (!sameContent && !hasReading) row.content_hash = ref.contentHash;
    return row;
  }
  // Reading to the end or completing is about the content shown now.
  row.content_hash = ref.contentHash;
  row.needs_review = 0;
  row.opened_at = old.opened_at ?? now;
  row.last_opened_at = old.last_opened_at ?? now;
  if (event === 'readToEnd') row.read_to_end_at = sameContent ? (old.read_to_end_at ?? now) : now;
  else row.completed_at = sameContent ? (old.completed_at ?? now) : now;
  return row;
}

/** The learner's stored row for the module, or a fresh one when they never touched it. */
function storedOrEmptyRow(db: LearnerDb, learnerId: string, ref: ModuleRef, now: number): ModuleProgressRow {
  return (
    readProgressRow(db, learnerId, ref.courseId, ref.courseVersion, ref.moduleId) ??
    emptyRow(learnerId, ref, now)
  );
}

function mark(
  db: LearnerDb,
  learnerId: string,
  ref: ModuleRef,
  event: ProgressEvent,
  now: number,
): ModuleProgress {
  const checked = readModuleRef(ref);
  return db
    .transaction(() => {
      requireLearner(db, learnerId);
      const row = applyEvent(storedOrEmptyRow(db, learnerId, checked, now), checked, event, now);
      writeProgressRow(db, row);
      return progressFromRow(row);
    })
    .immediate();
}

/**
 * The progress a module would show once opened now (needs_review flagged if its content changed after the
 * learner read it), without recording anything: what the reader shows before it records the opening.
 */
export function progressAsOpened(
  db: LearnerDb,
  learnerId: string,
  ref: ModuleRef,
  now: number = Date.now(),
): ModuleProgress {
  const checked = readModuleRef(ref);
  return progressFromRow(applyEvent(storedOrEmptyRow(db, learnerId, checked, now), checked, 'opened', now));
}

/** Records that the learner opened a module (first and latest time). */
export function markModuleOpened(
  db: LearnerDb,
  learnerId: string,
  ref: ModuleRef,
  now: number = Date.now(),
): ModuleProgress {
  return mark(db, learnerId, ref, 'opened', now);
}

/** Records that the learner scrolled to the end of a module's content. */
export function markModuleReadToEnd(
  db: LearnerDb,
  learnerId: string,
  ref: ModuleRef,
  now: number = Date.now(),
): ModuleProgress {
  return mark(db, learnerId, ref, 'readToEnd', now);
}

/** Records that the learner completed a module (called by the quiz layer once its rules are met). */
export function markModuleCompleted(
  db: LearnerDb,
  learnerId: string,
  ref: ModuleRef,
  now: number = Date.now(),
): ModuleProgress {
  return mark(db, learnerId, ref, 'completed', now);
}

/** The learner's progress in every module of one course version they have touched. */
export function getCourseProgress(
  db: LearnerDb,
  learnerId: string,
  courseId: string,
  courseVersion: string,
): ModuleProgress[] {
  const rows = db
    .prepare(
      `SELECT * FROM module_progress WHERE learner_id = ? AND course_id = ? AND course_version = ?
       ORDER BY module_id`,
    )
    .all(
      learnerId,
      readId(courseId, 'Course id'),
      readId(courseVersion, 'Course version'),
    ) as ModuleProgressRow[];
  return rows.map(progressFromRow);
}
