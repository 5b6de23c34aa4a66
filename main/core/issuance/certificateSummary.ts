import type { CertificateSummary } from '../../contract/certificateSchemas';
import { wholePercent } from '../certificates/certificateSnapshot';
import { hoursLine } from '../certificates/certificateWording';
import type { LearnerDb } from '../db/learnerDatabase';
import { requireLearner } from '../learners/learnerProfileRow';
import { listLearnerCertificates } from './certificateRecords';
import type { StoredCertificate } from './certificateRecords';

/** A stored certificate as the screens and the transcript show it. */
export function certificateSummary(certificate: StoredCertificate): CertificateSummary {
  const facts = certificate.snapshot;
  return {
    certificateId: certificate.id,
    courseId: facts.courseId,
    courseTitle: facts.courseTitle,
    courseVersion: facts.courseVersion,
    providerName: facts.providerName,
    certificateName: facts.certificateName,
    credentials: facts.credentials,
    licenseNumber: facts.licenseNumber ?? null,
    licenseState: facts.licenseState ?? null,
    completionDate: facts.completionDate,
    issuedAt: facts.issuedAt,
    hoursClaimed: facts.hoursClaimed,
    hoursLine: hoursLine(facts.hoursClaimed, facts.designations),
    postTestPercent: facts.postTestScore === null ? null : wholePercent(facts.postTestScore),
    verificationCode: certificate.verificationCode,
    status: certificate.status,
    supersedes: certificate.supersedes,
    supersededBy: certificate.supersededBy,
    issuerDid: certificate.issuerDid,
  };
}

/**
 * The learner's transcript: every certificate they were issued, oldest first, corrections and the certificates
 * they replaced included (each with its status).
 */
export function listCertificates(db: LearnerDb, learnerId: string): CertificateSummary[] {
  requireLearner(db, learnerId);
  return listLearnerCertificates(db, learnerId).map(certificateSummary);
}
