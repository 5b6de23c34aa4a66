import { postTestStatus } from '../attempts/attemptSummaries';
import { calendarDay } from '../calendarDay';
import type { CertificateFacts } from '../certificates/certificateSnapshot';
import type { CoursePackage } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';
import { getAttestation } from '../attestation/attestationRecords';
import { getLearnerProfile } from '../learners/learnerProfiles';
import { completionCriteriaNarrative } from '../completion/completionCriteria';

/** An instant as the certificate writes it: UTC to the whole second, `YYYY-MM-DDTHH:MM:SSZ`. */
export function issueInstant(instant: number): { iso: string; ms: number } {
  const ms = Math.floor(instant / 1000) * 1000;
  return { iso: new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'), ms };
}

/**
 * The facts a new certificate states, from the learner's profile (name as on certificates, credentials,
 * license), the course manifest (title, version, provider, designated hours, designations and accreditation
 * statement verbatim, and the signatory as "name, role")
 * and the learner's records: hours claimed in the attestation (the designated hours when the course asks for
 * no attestation) and the best post-test score (a passing one, since the rules were met), or null without a
 * post-test. The completion date is the learner's local calendar day at issue.
 */
export function certificateFactsFor(
  db: LearnerDb,
  learnerId: string,
  course: CoursePackage,
  certificateId: string,
  issuedAt: number,
): CertificateFacts {
  const profile = getLearnerProfile(db, learnerId);
  const attestation = getAttestation(db, learnerId, course);
  const postTest = course.postTest ? postTestStatus(db, learnerId, course.id, course.version) : null;
  return {
    certificateId,
    certificateName: profile.certificateName,
    credentials: profile.credentials,
    licenseNumber: profile.licenseNumber,
    licenseState: profile.licenseState,
    courseId: course.id,
    courseTitle: course.title,
    courseVersion: course.version,
    providerName: course.provider.name,
    completionCriteria: completionCriteriaNarrative(course),
    completionDate: calendarDay(issuedAt),
    issuedAt: issueInstant(issuedAt).iso,
    hoursClaimed: attestation ? attestation.claimedHours : course.credit.hours,
    designations: course.credit.designations.map((d) => ({ type: d.type, statement: d.statement })),
    accreditationStatement: course.accreditationStatement,
    postTestScore: postTest?.bestScore ?? null,
    supersedes: null,
    hoursAvailable: course.credit.hours,
    signatory: course.signatory ? `${course.signatory.name}, ${course.signatory.role}` : null,
  };
}
