import { requireStudyBeforeAttesting } from '../completion/studyTimeRule';
import { CoreError } from '../coreError';
import type { CoursePackage } from '../course/courseTypes';
import { camelCaseColumns } from '../db/camelCaseColumns';
import type { LearnerDb } from '../db/learnerDatabase';
import type { CourseVersionRef } from '../evaluation/evaluationRecords';
import { requireLearner } from '../learners/learnerProfileRow';
import { queueLearningEvent } from '../lrs/statementOutbox';
import { getCourseTime } from '../progress/timeOnTaskTotals';
import { attestationStatement, readAttestationClaim, type AttestationClaim } from './attestationInput';
import { requireConfirmedUnrecordedTime } from './unrecordedTimeRule';

/*
 * The attestation: made once per learner and course version. Repeating the same claim returns the recorded one;
 * a different second one is refused, because what the learner attested is part of the record behind a certificate.
 */

/** A recorded attestation, with the exact statement the learner attested to. */
export interface Attestation {
  courseId: string;
  courseVersion: string;
  claimedHours: number;
  attestedMinutes: number;
  statement: string;
  attestedAt: number;
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
