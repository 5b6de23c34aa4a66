import { isDeepStrictEqual } from 'node:util';
import { requireStudyBeforeAttesting } from '../completion/studyTimeRule';
import { CoreError } from '../coreError';
import type { CoursePackage } from '../course/courseTypes';
import { camelCaseColumns } from '../db/camelCaseColumns';
import type { LearnerDb } from '../db/learnerDatabase';
import { requireLearner } from '../learners/learnerProfileRow';
import { queueLearningEvent } from '../lrs/statementOutbox';
import { getCourseTime } from '../progress/timeOnTaskTotals';
import { attestationStatement, readAttestationClaim } from './attestationInput';
import { requireConfirmedUnrecordedTime } from './unrecordedTimeRule';
import type { AttestationClaim } from './attestationInput';
import { readEvaluationResponses } from './evaluationResponseInput';
import type { EvaluationResponse } from './evaluationResponseInput';

/*
 * The course evaluation and the attestation: each made once per learner and course version. Repeating the same
 * submission returns the recorded one (a double click is harmless); a different second one is refused, because
 * what the learner submitted or attested is part of the record behind a certificate.
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

/** A recorded attestation, with the exact statement the learner attested to. */
export interface Attestation {
  courseId: string;
  courseVersion: string;
  claimedHours: number;
  attestedMinutes: number;
  statement: string;
  attestedAt: number;
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

/** The learner's attestation for this course version, or null when not made. */
export function getAttestation(
  db: LearnerDb,
  learnerId: string,
  course: CourseVersionRef,
): Attestation | null {
  const columns = camelCaseColumns(
    'course_id',
    'course_version',
    'claimed_hours',
    'attested_minutes',
    'statement',
    'attested_at',
  );
  const attestation = db
    .prepare(
      `SELECT ${columns} FROM attestations WHERE learner_id = ? AND course_id = ? AND course_version = ?`,
    )
    .get(learnerId, course.id, course.version) as Attestation | undefined;
  return attestation ?? null;
}

/** Writes an attestation row (used by recordAttestation and by import); queues its statement. */
export function writeAttestation(db: LearnerDb, learnerId: string, attestation: Attestation): void {
  db.prepare('INSERT INTO attestations VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    learnerId,
    attestation.courseId,
    attestation.courseVersion,
    attestation.claimedHours,
    attestation.attestedMinutes,
    attestation.statement,
    attestation.attestedAt,
  );
  queueLearningEvent(db, learnerId, {
    kind: 'attestation',
    courseId: attestation.courseId,
    courseVersion: attestation.courseVersion,
  });
}

/**
 * Records the learner's attestation of time spent and credit claimed for the course's current version, with the
 * statement they attested to. Claimed hours go in steps of 0.25, above 0, up to the course's credit hours, and the
 * course's minimum of study must be recorded first (`CoreError('forbidden')` says how much is missing). Minutes
 * beyond what the course allows over the recorded study need `confirmedUnrecordedTime` (unrecordedTimeRule.ts).
 */
export function recordAttestation(
  db: LearnerDb,
  learnerId: string,
  course: CoursePackage,
  claim: AttestationClaim & { confirmedUnrecordedTime?: boolean },
  now: number,
): Attestation {
  const checked = readAttestationClaim(course, claim);
  return db
    .transaction(() => {
      requireLearner(db, learnerId);
      const existing = getAttestation(db, learnerId, course);
      if (existing) {
        const same =
          existing.claimedHours === checked.claimedHours &&
          existing.attestedMinutes === checked.attestedMinutes;
        if (same) return existing;
        throw new CoreError(
          'conflict',
          'You have already attested your time for this version of the course.',
        );
      }
      requireStudyBeforeAttesting(db, learnerId, course, now);
      requireConfirmedUnrecordedTime(
        course,
        getCourseTime(db, learnerId, course.id) / 60_000,
        checked.attestedMinutes,
        claim.confirmedUnrecordedTime === true,
      );
      const attestation: Attestation = {
        courseId: course.id,
        courseVersion: course.version,
        ...checked,
        statement: attestationStatement(course, checked),
        attestedAt: now,
      };
      writeAttestation(db, learnerId, attestation);
      return attestation;
    })
    .immediate();
}
