import { isDeepStrictEqual } from 'node:util';
import { CoreError } from '../coreError';
import type { CoursePackage } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';
import { requireLearner } from '../learners/learnerProfileRow';
import { queueLearningEvent } from '../lrs/statementOutbox';
import { readEvaluationResponses } from './evaluationResponseInput';
import type { EvaluationResponse } from './evaluationResponseInput';

/*
 * The course evaluation: made once per learner and course version. Repeating the same submission returns the
 * recorded one (a double click is harmless); a different second one is refused, because what the learner
 * submitted is part of the record behind a certificate (the attestation follows the same rule).
 */

/** Which course version a record belongs to. */
export type CourseVersionRef = Pick<CoursePackage, 'id' | 'version'>;

/** A submitted evaluation: item id to answer. Optional items left blank are absent. */
export interface EvaluationSubmission {
  courseId: string;
  courseVersion: string;
  submittedAt: number;
  responses: Record<string, EvaluationResponse>;
}

/** The learner's evaluation of this course version, or null when not submitted. */
export function getEvaluationSubmission(
  db: LearnerDb,
  learnerId: string,
  course: CourseVersionRef,
): EvaluationSubmission | null {
  const head = db
    .prepare(
      'SELECT submitted_at FROM evaluation_submissions WHERE learner_id = ? AND course_id = ? AND course_version = ?',
    )
    .get(learnerId, course.id, course.version) as { submitted_at: number } | undefined;
  if (!head) return null;
  const rows = db
    .prepare(
      `SELECT item_id, response FROM evaluation_responses
       WHERE learner_id = ? AND course_id = ? AND course_version = ? ORDER BY rowid`,
    )
    .all(learnerId, course.id, course.version) as { item_id: string; response: string }[];
  return {
    courseId: course.id,
    courseVersion: course.version,
    submittedAt: head.submitted_at,
    responses: Object.fromEntries(
      rows.map((row) => [row.item_id, JSON.parse(row.response) as EvaluationResponse]),
    ),
  };
}

/** Writes a whole evaluation submission (used by submitEvaluation and by import); queues its statement. */
export function writeEvaluationSubmission(
  db: LearnerDb,
  learnerId: string,
  submission: EvaluationSubmission,
): void {
  const { courseId, courseVersion, submittedAt } = submission;
  db.prepare('INSERT INTO evaluation_submissions VALUES (?, ?, ?, ?)').run(
    learnerId,
    courseId,
    courseVersion,
    submittedAt,
  );
  const insert = db.prepare('INSERT INTO evaluation_responses VALUES (?, ?, ?, ?, ?, ?)');
  for (const [itemId, response] of Object.entries(submission.responses)) {
    insert.run(learnerId, courseId, courseVersion, itemId, JSON.stringify(response), submittedAt);
  }
  queueLearningEvent(db, learnerId, { kind: 'evaluation', courseId, courseVersion });
}

/**
 * Validates and records the learner's evaluation of the course's current version, all items in one
 * transaction. Messages name the item's prompt.
 */
export function submitEvaluation(
  db: LearnerDb,
  learnerId: string,
  course: CoursePackage,
  responses: Record<string, unknown>,
  now: number,
): EvaluationSubmission {
  if (!course.evaluation) throw new CoreError('not_found', `The course "${course.title}" has no evaluation.`);
  const answers = Object.fromEntries(readEvaluationResponses(course.evaluation, responses));
  return db
    .transaction(() => {
      requireLearner(db, learnerId);
      const existing = getEvaluationSubmission(db, learnerId, course);
      if (existing) {
        if (isDeepStrictEqual(existing.responses, answers)) return existing;
        throw new CoreError(
          'conflict',
          'You have already submitted the evaluation for this version of the course.',
        );
      }
      const submission = {
        courseId: course.id,
        courseVersion: course.version,
        submittedAt: now,
        responses: answers,
      };
      writeEvaluationSubmission(db, learnerId, submission);
      return submission;
    })
    .immediate();
}
