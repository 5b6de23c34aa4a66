import { CoreError } from '../coreError';
import type { CoursePackage } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';

/*
 * The course's study-time rule (course.yml `min_time_fraction`): the recorded study a certificate needs, and the
 * study that must be recorded before the learner may attest their time. Study time counts across the course's
 * versions: a learner who studied before an update did study.
 */

/** The minutes of recorded study the course asks for: `min_time_fraction` of its estimate, rounded up. */
export function requiredStudyMinutes(course: Pick<CoursePackage, 'estimate' | 'completion'>): number {
  return Math.ceil(course.estimate.totalMinutes * course.completion.minTimeFraction);
}

/**
 * The learner's study on a course recorded up to an instant (Unix ms), in milliseconds, across its versions: the
 * credit of every heartbeat received by then. An imported attestation is judged by the study recorded when it was
 * made.
 */
function studyRecordedBy(db: LearnerDb, learnerId: string, courseId: string, at: number): number {
  const row = db
    .prepare(
      `SELECT coalesce(sum(credited_ms), 0) AS ms FROM heartbeats
       WHERE learner_id = ? AND course_id = ? AND received_at <= ?`,
    )
    .get(learnerId, courseId, at) as { ms: number };
  return row.ms;
}

function minutes(count: number): string {
  return `${count} ${count === 1 ? 'minute' : 'minutes'}`;
}

/**
 * Refuses an attestation made at `at` before the course's minimum of study was recorded
 * (`CoreError('forbidden')`). `imported` words the refusal for an attestation read from a records file.
 */
export function requireStudyBeforeAttesting(
  db: LearnerDb,
  learnerId: string,
  course: CoursePackage,
  at: number,
  imported = false,
): void {
  const required = requiredStudyMinutes(course);
  const recordedMs = studyRecordedBy(db, learnerId, course.id, at);
  if (recordedMs >= required * 60_000) return;
  const recorded = Math.floor(recordedMs / 60_000);
  throw new CoreError(
    'forbidden',
    imported
      ? `The attestation in this file for "${course.title}" (version ${course.version}) was attested when ` +
          `${minutes(recorded)} of study ${recorded === 1 ? 'was' : 'were'} recorded; the course asks for at ` +
          `least ${minutes(required)} before attesting. Nothing was imported.`
      : `You can attest once at least ${minutes(required)} of study are recorded for this course; ` +
          `${minutes(recorded)} ${recorded === 1 ? 'is' : 'are'} recorded so far. Keep studying in CE Player, ` +
          'then attest.',
  );
}
