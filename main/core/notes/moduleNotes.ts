import { maxNoteLength } from '../../contract/limits';
import { camelCaseColumns } from '../db/camelCaseColumns';
import type { LearnerDb } from '../db/learnerDatabase';
import { requireLearner } from '../learners/learnerProfileRow';
import { readFreeText, readId } from '../progress/progressInput';

/** A learner's note on one module. Notes follow the module across course versions. */
export interface ModuleNote {
  readonly courseId: string;
  readonly moduleId: string;
  /** The course version the note was last edited in. */
  readonly courseVersion: string;
  readonly text: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

const noteColumns = camelCaseColumns(
  'course_id',
  'module_id',
  'course_version',
  'body AS text',
  'created_at',
  'updated_at',
);

/** Upserts a note row as given (also used by import). */
export function writeNoteRow(db: LearnerDb, learnerId: string, note: ModuleNote): void {
  db.prepare(
    `INSERT INTO module_notes (learner_id, course_id, module_id, course_version, body, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (learner_id, course_id, module_id) DO UPDATE SET course_version = excluded.course_version,
       body = excluded.body, created_at = excluded.created_at, updated_at = excluded.updated_at`,
  ).run(
    learnerId,
    note.courseId,
    note.moduleId,
    note.courseVersion,
    note.text,
    note.createdAt,
    note.updatedAt,
  );
}

/** Reads one note of the learner. */
export function getModuleNote(
  db: LearnerDb,
  learnerId: string,
  courseId: string,
  moduleId: string,
): ModuleNote | undefined {
  return db
    .prepare(
      `SELECT ${noteColumns} FROM module_notes WHERE learner_id = ? AND course_id = ? AND module_id = ?`,
    )
    .get(learnerId, readId(courseId, 'Course id'), readId(moduleId, 'Module id')) as ModuleNote | undefined;
}

/**
 * Saves the learner's note on a module. Saving empty text (only spaces) removes the note: the learner
 * cleared it on purpose. Returns the saved note, or undefined when it was removed.
 */
export function saveModuleNote(
  db: LearnerDb,
  learnerId: string,
  note: { courseId: string; courseVersion: string; moduleId: string; text: string },
  now: number = Date.now(),
): ModuleNote | undefined {
  const courseId = readId(note?.courseId, 'Course id');
  const courseVersion = readId(note?.courseVersion, 'Course version');
  const moduleId = readId(note?.moduleId, 'Module id');
  const text = readFreeText(note?.text, 'Note', maxNoteLength);
  return db
    .transaction(() => {
      requireLearner(db, learnerId);
      if (text.trim().length === 0) {
        db.prepare('DELETE FROM module_notes WHERE learner_id = ? AND course_id = ? AND module_id = ?').run(
          learnerId,
          courseId,
          moduleId,
        );
        return undefined;
      }
      const createdAt = getModuleNote(db, learnerId, courseId, moduleId)?.createdAt ?? now;
      const saved: ModuleNote = { courseId, moduleId, courseVersion, text, createdAt, updatedAt: now };
      writeNoteRow(db, learnerId, saved);
      return saved;
    })
    .immediate();
}

/** The learner's notes in one course, or in every course when `courseId` is omitted. */
export function listModuleNotes(db: LearnerDb, learnerId: string, courseId?: string): ModuleNote[] {
  return (
    courseId === undefined
      ? db
          .prepare(
            `SELECT ${noteColumns} FROM module_notes WHERE learner_id = ? ORDER BY course_id, module_id`,
          )
          .all(learnerId)
      : db
          .prepare(
            `SELECT ${noteColumns} FROM module_notes WHERE learner_id = ? AND course_id = ? ORDER BY module_id`,
          )
          .all(learnerId, readId(courseId, 'Course id'))
  ) as ModuleNote[];
}
