import { maxBookmarkTextLength } from '../../contract/limits';
import { camelCaseColumns } from '../db/camelCaseColumns';
import type { LearnerDb } from '../db/learnerDatabase';
import { requireLearner } from '../learners/learnerProfileRow';
import { readFreeText, readId } from '../progress/progressInput';

/** A learner's bookmark on a heading (anchor) of a module. One per learner, course, module and anchor. */
export interface Bookmark {
  readonly courseId: string;
  readonly moduleId: string;
  readonly anchorId: string;
  readonly label: string;
  /** The course version the bookmark was made or last relabelled in. */
  readonly courseVersion: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

const bookmarkColumns = camelCaseColumns(
  'course_id',
  'module_id',
  'anchor_id',
  'label',
  'course_version',
  'created_at',
  'updated_at',
);

/** Upserts a bookmark row as given (also used by import). */
export function writeBookmarkRow(db: LearnerDb, learnerId: string, bookmark: Bookmark): void {
  db.prepare(
    `INSERT INTO bookmarks (learner_id, course_id, module_id, anchor_id, label, course_version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (learner_id, course_id, module_id, anchor_id) DO UPDATE SET label = excluded.label,
       course_version = excluded.course_version, created_at = excluded.created_at, updated_at = excluded.updated_at`,
  ).run(
    learnerId,
    bookmark.courseId,
    bookmark.moduleId,
    bookmark.anchorId,
    bookmark.label,
    bookmark.courseVersion,
    bookmark.createdAt,
    bookmark.updatedAt,
  );
}

/** Reads one bookmark of the learner. */
export function getBookmark(
  db: LearnerDb,
  learnerId: string,
  courseId: string,
  moduleId: string,
  anchorId: string,
): Bookmark | undefined {
  return db
    .prepare(
      `SELECT ${bookmarkColumns} FROM bookmarks
       WHERE learner_id = ? AND course_id = ? AND module_id = ? AND anchor_id = ?`,
    )
    .get(learnerId, courseId, moduleId, anchorId) as Bookmark | undefined;
}

/** Adds a bookmark, or relabels the one already on that heading. */
export function saveBookmark(
  db: LearnerDb,
  learnerId: string,
  bookmark: { courseId: string; courseVersion: string; moduleId: string; anchorId: string; label: string },
  now: number = Date.now(),
): Bookmark {
  const courseId = readId(bookmark?.courseId, 'Course id');
  const courseVersion = readId(bookmark?.courseVersion, 'Course version');
  const moduleId = readId(bookmark?.moduleId, 'Module id');
  const anchorId = readId(bookmark?.anchorId, 'Heading id');
  const label = readFreeText(bookmark?.label, 'Bookmark label', maxBookmarkTextLength).trim();
  return db
    .transaction(() => {
      requireLearner(db, learnerId);
      const createdAt = getBookmark(db, learnerId, courseId, moduleId, anchorId)?.createdAt ?? now;
      const saved: Bookmark = {
        courseId,
        moduleId,
        anchorId,
        label,
        courseVersion,
        createdAt,
        updatedAt: now,
      };
      writeBookmarkRow(db, learnerId, saved);
      return saved;
    })
    .immediate();
}

/** Removes one of the learner's bookmarks. Returns false when there was none. */
export function removeBookmark(
  db: LearnerDb,
  learnerId: string,
  key: { courseId: string; moduleId: string; anchorId: string },
): boolean {
  const result = db
    .prepare(
      'DELETE FROM bookmarks WHERE learner_id = ? AND course_id = ? AND module_id = ? AND anchor_id = ?',
    )
    .run(
      learnerId,
      readId(key?.courseId, 'Course id'),
      readId(key?.moduleId, 'Module id'),
      readId(key?.anchorId, 'Heading id'),
    );
  return result.changes > 0;
}

/** The learner's bookmarks in one course, or in every course when `courseId` is omitted. */
export function listBookmarks(db: LearnerDb, learnerId: string, courseId?: string): Bookmark[] {
  return (
    courseId === undefined
      ? db
          .prepare(
            `SELECT ${bookmarkColumns} FROM bookmarks WHERE learner_id = ? ORDER BY course_id, module_id, created_at`,
          )
          .all(learnerId)
      : db
          .prepare(
            `SELECT ${bookmarkColumns} FROM bookmarks WHERE learner_id = ? AND course_id = ?
             ORDER BY module_id, created_at`,
          )
          .all(learnerId, readId(courseId, 'Course id'))
  ) as Bookmark[];
}
