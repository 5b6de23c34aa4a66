import fs from 'node:fs';
import type { VerifyCertificateResult } from '../../contract/certificateSchemas';
import { learnerDisplayName, wholePercent } from '../certificates/certificateCredential';
import { loadOrCreateSigningKey, signingKeyPath } from '../certificates/signingKeyStore';
import { verifyCertificateFile } from '../certificates/verifyCertificateFile';
import type { LearnerDb } from '../db/learnerDatabase';
import { findReplacement } from './certificateRecords';

/** The did:key of this installation, or null when it has never issued a certificate (or its key is damaged). */
export function existingInstallationDid(dataDir: string): string | null {
  if (!fs.existsSync(signingKeyPath(dataDir))) return null;
  try {
    return loadOrCreateSigningKey(dataDir).did;
  } catch {
    return null;
  }
}

/**
 * Checks a certificate PDF or credential.json that someone uploaded, offline, with `verifyCertificateFile`: the
 * signature, the format, and for a PDF that the page prints exactly the signed facts. Anyone may ask; nothing about
 * any learner is read, except whether a certificate issued here has since been replaced by a correction.
 */
export function verifyUploadedCertificate(
  db: LearnerDb,
  dataDir: string,
  upload: { fileName: string; dataBase64: string },
): VerifyCertificateResult {
  const report = verifyCertificateFile(Buffer.from(upload.dataBase64, 'base64'), upload.fileName);
  if (!report.valid) {
    return {
      valid: false,
      reason: report.reason,
      message: report.message,
      facts: null,
      issuedByThisInstallation: false,
      replacedBy: null,
    };
  }
  const facts = report.snapshot;
  const ours = existingInstallationDid(dataDir) === report.issuerDid;
  const replacedBy = ours
    ? findReplacement(db, facts.certificateId, JSON.stringify(report.credential))
    : null;
  const signer = ours
    ? 'It was signed by this installation.'
    : `It was signed by another installation (${report.issuerDid}).`;
  const replaced = replacedBy ? ` A corrected certificate (${replacedBy}) has since replaced it.` : '';
  return {
    valid: true,
    reason: null,
    message:
      `VALID: the certificate has not been changed since it was issued, and ${report.kind === 'pdf' ? 'its page shows' : 'it states'} ` +
      `exactly the facts below. ${signer}${replaced} A signature shows the file is unchanged; it does not show ` +
      'that a provider or accrediting body endorsed it.',
    facts: {
      name: learnerDisplayName(facts.certificateName, facts.credentials),
      course: facts.courseTitle,
      courseVersion: facts.courseVersion,
      provider: facts.providerName,
      date: facts.completionDate,
      hours: facts.hoursClaimed,
      postTestPercent: facts.postTestScore === null ? null : wholePercent(facts.postTestScore),
      id: facts.certificateId,
      code: facts.verificationCode,
      issuedAt: facts.issuedAt,
      issuerDid: report.issuerDid,
      supersedes: facts.supersedes,
    },
    issuedByThisInstallation: ours,
    replacedBy,
  };
}
