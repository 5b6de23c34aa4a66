import type { LearnerDb } from '../db/learnerDatabase';
import type { AttemptKind } from './attemptRows';

/*
 * What the course home and dashboard show about quizzes: per-module best score and pass, the post-test's
 * standing, and the list of submitted attempts. All of it counts submitted attempts of one course version only.
 */

/** A module quiz's standing for one learner. */
export interface ModuleQuizStatus {
  bestScore: number;
  passed: boolean;
  attemptsUsed: number;
}

/** The post-test's standing for one learner. */
export interface PostTestStatus {
  attemptsUsed: number;
  bestScore: number | null;
  passed: boolean;
}

/** One submitted attempt, as the dashboard lists it. */
export interface SubmittedAttemptSummary {
  attemptId: string;
  kind: AttemptKind;
  moduleId: string | null;
  number: number;
  score: number;
  passed: boolean;
  submittedAt: number;
}

/** Module id to quiz status, for every module of the version the learner has submitted a quiz for. */
export function moduleQuizStatuses(
  db: LearnerDb,
  learnerId: string,
  courseId: string,
  courseVersion: string,
): Map<string, ModuleQuizStatus> {
  const rows = db
    .prepare(
      `SELECT module_id, max(score) AS best, max(passed) AS passed, count(*) AS used FROM attempts
       WHERE learner_id = ? AND course_id = ? AND course_version = ? AND kind = 'module' AND status = 'submitted'
       GROUP BY module_id`,
    )
    .all(learnerId, courseId, courseVersion) as {
    module_id: string;
    best: number;
    passed: number;
    used: number;
  }[];
  return new Map(
    rows.map((row) => [
      row.module_id,
      { bestScore: row.best, passed: row.passed === 1, attemptsUsed: row.used },
    ]),
  );
}

/** The learner's post-test standing on this course version. */
export function postTestStatus(
  db: LearnerDb,
  learnerId: string,
  courseId: string,
  courseVersion: string,
): PostTestStatus {
  const row = db
    .prepare(
      `SELECT count(*) AS used, max(score) AS best, COALESCE(max(passed), 0) AS passed FROM attempts
       WHERE learner_id = ? AND course_id = ? AND course_version = ? AND kind = 'post-test' AND status = 'submitted'`,
    )
    .get(learnerId, courseId, courseVersion) as { used: number; best: number | null; passed: number };
  return { attemptsUsed: row.used, bestScore: row.best, passed: row.passed === 1 };
}

/** Every submitted attempt of the course version, oldest first. */
export function listSubmittedAttempts(
  db: LearnerDb,
  learnerId: string,
  courseId: string,
  courseVersion: string,
): SubmittedAttemptSummary[] {
  const rows = db
    .prepare(
      `SELECT id, kind, module_id, number, score, passed, submitted_at FROM attempts
       WHERE learner_id = ? AND course_id = ? AND course_version = ? AND status = 'submitted'
       ORDER BY submitted_at, started_at, id`,
    )
    .all(learnerId, courseId, courseVersion) as {
    id: string;
    kind: AttemptKind;
    module_id: string | null;
    number: number;
    score: number;
    passed: number;
    submitted_at: number;
  }[];
  return rows.map((row) => ({
    attemptId: row.id,
    kind: row.kind,
    moduleId: row.module_id,
    number: row.number,
    score: row.score,
    passed: row.passed === 1,
    submittedAt: row.submitted_at,
  }));
}
