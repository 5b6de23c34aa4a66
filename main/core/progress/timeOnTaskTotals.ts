import type { LearnerDb } from '../db/learnerDatabase';
import { readId } from './progressInput';

/** Active time credited to one module of one course version. */
export interface ModuleTime {
  readonly moduleId: string;
  readonly activeMs: number;
}

/** Active time per module of a course version, from the learner's heartbeats. */
export function getModuleTimes(
  db: LearnerDb,
  learnerId: string,
  courseId: string,
  courseVersion: string,
): ModuleTime[] {
  const rows = db
    .prepare(
      `SELECT module_id, sum(credited_ms) AS active_ms FROM heartbeats
       WHERE learner_id = ? AND course_id = ? AND course_version = ?
       GROUP BY module_id ORDER BY module_id`,
    )
    .all(learnerId, readId(courseId, 'Course id'), readId(courseVersion, 'Course version')) as {
    module_id: string;
    active_ms: number;
  }[];
  return rows.map((row) => ({ moduleId: row.module_id, activeMs: row.active_ms }));
}

/**
 * Total active time in a course: in one version when `courseVersion` is given, otherwise across every
 * version (time is never copied between versions, so this does not double-count).
 */
export function getCourseTime(
  db: LearnerDb,
  learnerId: string,
  courseId: string,
  courseVersion?: string,
): number {
  const id = readId(courseId, 'Course id');
  const row = (
    courseVersion === undefined
      ? db
          .prepare(
            'SELECT coalesce(sum(credited_ms), 0) AS ms FROM heartbeats WHERE learner_id = ? AND course_id = ?',
          )
          .get(learnerId, id)
      : db
          .prepare(
            `SELECT coalesce(sum(credited_ms), 0) AS ms FROM heartbeats
             WHERE learner_id = ? AND course_id = ? AND course_version = ?`,
          )
          .get(learnerId, id, readId(courseVersion, 'Course version'))
  ) as { ms: number };
  return row.ms;
}
