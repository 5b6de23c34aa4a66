import { z } from 'zod';
import { camelCaseColumns } from '../db/camelCaseColumns';
import type { LearnerDb } from '../db/learnerDatabase';
import { requireLearner } from '../learners/learnerProfileRow';
import { readField, readId } from './progressInput';

/** Where the learner was in a course, for "resume". One per learner and course. */
export interface LastPosition {
  readonly courseId: string;
  readonly courseVersion: string;
  readonly moduleId: string;
  /** 0 = top of the module, 1 = its end. */
  readonly scrollFraction: number;
  readonly updatedAt: number;
}

/** A scroll fraction: a finite number from 0 to 1. */
export const scrollFraction = z
  .number({ error: 'must be a number from 0 to 1.' })
  .refine((value) => value >= 0 && value <= 1, { error: 'must be a number from 0 to 1.' });

/** Validates a scroll fraction. */
export function readScrollFraction(value: unknown): number {
  return readField(scrollFraction, value, 'The reading position');
}

/** Saves the learner's place in a course, replacing the previous one. */
export function saveLastPosition(
  db: LearnerDb,
  learnerId: string,
  position: Omit<LastPosition, 'updatedAt'>,
  now: number = Date.now(),
): LastPosition {
  const saved: LastPosition = {
    courseId: readId(position?.courseId, 'Course id'),
    courseVersion: readId(position?.courseVersion, 'Course version'),
    moduleId: readId(position?.moduleId, 'Module id'),
    scrollFraction: readScrollFraction(position?.scrollFraction),
    updatedAt: now,
  };
  db.transaction(() => {
    requireLearner(db, learnerId);
    writePositionRow(db, learnerId, saved);
  }).immediate();
  return saved;
}

/** Upserts a position row (also used by import). */
export function writePositionRow(db: LearnerDb, learnerId: string, position: LastPosition): void {
  db.prepare(
    `INSERT INTO course_positions (learner_id, course_id, course_version, module_id, scroll_fraction, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (learner_id, course_id) DO UPDATE SET course_version = excluded.course_version,
       module_id = excluded.module_id, scroll_fraction = excluded.scroll_fraction, updated_at = excluded.updated_at`,
  ).run(
    learnerId,
    position.courseId,
    position.courseVersion,
    position.moduleId,
    position.scrollFraction,
    position.updatedAt,
  );
}

const positionColumns = camelCaseColumns(
  'course_id',
  'course_version',
  'module_id',
  'scroll_fraction',
  'updated_at',
);

/** The learner's saved place in a course, or undefined if they have none. */
export function getLastPosition(
  db: LearnerDb,
  learnerId: string,
  courseId: string,
): LastPosition | undefined {
  return db
    .prepare(`SELECT ${positionColumns} FROM course_positions WHERE learner_id = ? AND course_id = ?`)
    .get(learnerId, readId(courseId, 'Course id')) as LastPosition | undefined;
}

/** Every saved place of the learner (for export). */
export function listLastPositions(db: LearnerDb, learnerId: string): LastPosition[] {
  return db
    .prepare(`SELECT ${positionColumns} FROM course_positions WHERE learner_id = ? ORDER BY course_id`)
    .all(learnerId) as LastPosition[];
}
