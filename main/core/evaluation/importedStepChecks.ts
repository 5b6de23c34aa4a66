import { requireStudyBeforeAttesting } from '../completion/studyTimeRule';
import { CoreError } from '../coreError';
import type { CoursePackage } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';
import type { CourseLibrary } from '../library/courseLibrary';
import { requireInstalledVersion } from '../records/installedCourseVersion';
import { readAttestationClaim } from '../attestation/attestationInput';
import type { EvaluationSubmission } from './evaluationRecords';
import type { Attestation } from '../attestation/attestationRecords';
import { readEvaluationResponses } from './evaluationResponseInput';

/*
 * An imported evaluation or attestation counts toward a certificate, so it passes the rules the live channels apply,
 * against the installed course version it was made on. A refusal names the course and the rule, and the caller's
 * transaction imports nothing.
 */

function refused(course: CoursePackage, what: string, error: unknown): never {
  if (!(error instanceof CoreError)) throw error;
  throw new CoreError(
    'invalid_input',
    `The ${what} in this file for "${course.title}" (version ${course.version}) cannot be imported: ` +
      `${error.message} Nothing was imported.`,
  );
}

/**
 * An imported evaluation checked against its course's form: every item known, every required item answered, each
 * answer of its item's type. Returns the submission with its answers as the live channel stores them.
 */
export function checkImportedEvaluation(
  library: CourseLibrary,
  submission: EvaluationSubmission,
): EvaluationSubmission {
  const course = requireInstalledVersion(
    library,
    submission.courseId,
    submission.courseVersion,
    'an evaluation',
  );
  try {
    if (!course.evaluation) throw new CoreError('invalid_input', 'the course has no evaluation.');
    const responses = readEvaluationResponses(course.evaluation, submission.responses);
    return { ...submission, responses: Object.fromEntries(responses) };
  } catch (error) {
    return refused(course, 'evaluation', error);
  }
}

/**
 * An imported attestation checked as the live channel checks one: the claim within the course's credit and the
 * attested minutes, and the course's minimum of study recorded for the learner by the time it was made (so this
 * runs after the file's heartbeats are in). Returns its course.
 */
export function checkImportedAttestation(
  db: LearnerDb,
  library: CourseLibrary,
  learnerId: string,
  attestation: Attestation,
): CoursePackage {
  const course = requireInstalledVersion(
    library,
    attestation.courseId,
    attestation.courseVersion,
    'an attestation',
  );
  try {
    readAttestationClaim(course, attestation);
  } catch (error) {
    refused(course, 'attestation', error);
  }
  requireStudyBeforeAttesting(db, learnerId, course, attestation.attestedAt, true);
  return course;
}
