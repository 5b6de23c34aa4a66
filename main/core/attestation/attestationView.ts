import type { AttestationView } from '../../contract/attestationSchemas';
import { requiredStudyMinutes } from '../completion/studyTimeRule';
import type { CoursePackage } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';
import { getCourseTime } from '../progress/timeOnTaskTotals';
import { attestationStatement, type AttestationClaim } from './attestationInput';
import { getAttestation } from './attestationRecords';
import { confirmAboveMinutes } from './unrecordedTimeRule';

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
