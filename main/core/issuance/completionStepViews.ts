import type { AttestationView, EvaluationView } from '../../contract/certificateSchemas';
import { CoreError } from '../coreError';
import type { CoursePackage } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';
import { attestationStatement, type AttestationClaim } from '../evaluation/attestationInput';
import { getCourseTime } from '../progress/timeOnTaskTotals';
import { getAttestation, getEvaluationSubmission } from '../evaluation/evaluationRecords';
import { requiredStudyMinutes } from '../completion/studyTimeRule';
import { confirmAboveMinutes } from '../evaluation/unrecordedTimeRule';

/*
 * The two steps a learner takes just before a certificate, as their screens show them: the course evaluation
 * (items and any submitted answers) and the attestation (recorded time, the most credit, and the exact words).
 */

/** The course's evaluation form and the learner's submission on this version, if any. */
export function evaluationView(db: LearnerDb, learnerId: string, course: CoursePackage): EvaluationView {
  const evaluation = course.evaluation;
  if (!evaluation) throw new CoreError('not_found', `The course "${course.title}" has no evaluation.`);
  const submitted = getEvaluationSubmission(db, learnerId, course);
  return {
    title: evaluation.title,
    requiredForCertificate: course.completion.requireEvaluation,
    items: evaluation.items.map((item) => ({
      id: item.id,
      type: item.type,
      prompt: item.prompt,
      options: item.type === 'choice' ? [...item.options] : [],
      required: item.required,
    })),
    submitted: submitted ? { submittedAt: submitted.submittedAt, responses: submitted.responses } : null,
  };
}

/** A claim to start from: the recorded minutes (at least 15) and the most hours they allow. */
export function suggestedClaim(course: CoursePackage, recordedMinutes: number): AttestationClaim {
  const attestedMinutes = Math.max(15, Math.round(recordedMinutes));
  const hours = Math.min(course.credit.hours, Math.floor(attestedMinutes / 15) / 4);
  return { attestedMinutes, claimedHours: Math.max(0.25, hours) };
}

/**
 * Where the learner stands on the attestation: the recorded study time (across the course's versions, as the
 * completion rules count it) and the minimum needed before attesting, the course's maximum credit, and the
 * statement: the recorded one once attested; before that, the words for `preview` (or the suggested claim).
 */
export function attestationView(
  db: LearnerDb,
  learnerId: string,
  course: CoursePackage,
  preview: Partial<AttestationClaim> = {},
): AttestationView {
  const recordedMinutes = getCourseTime(db, learnerId, course.id) / 60_000;
  const attestation = getAttestation(db, learnerId, course);
  const suggested = suggestedClaim(course, recordedMinutes);
  const statement =
    attestation?.statement ??
    attestationStatement(course, {
      claimedHours: preview.claimedHours ?? suggested.claimedHours,
      attestedMinutes: preview.attestedMinutes ?? suggested.attestedMinutes,
    });
  return {
    maxHours: course.credit.hours,
    recordedMinutes,
    requiredMinutes: requiredStudyMinutes(course),
    estimatedMinutes: course.estimate.totalMinutes,
    requiredForCertificate: course.completion.requireAttestation,
    suggested,
    confirmAboveMinutes: confirmAboveMinutes(course, recordedMinutes),
    statement,
    attested: attestation
      ? {
          claimedHours: attestation.claimedHours,
          attestedMinutes: attestation.attestedMinutes,
          attestedAt: attestation.attestedAt,
        }
      : null,
  };
}
