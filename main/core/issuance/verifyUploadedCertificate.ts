import type { VerifiedFacts, VerifyCertificateResult } from '../../contract/certificateSchemas';
import { formatCreditHours } from '../../contract/creditHours';
import { learnerDisplayName, wholePercent } from '../certificates/certificateSnapshot';
import { hoursLine } from '../certificates/certificateWording';
import { readExistingSigningKey } from '../certificates/signingKeyStore';
import {
  verifyCertificateFile,
  type ValidCertificateReport,
  type ValidTextReport,
} from '../certificates/verifyCertificateFile';
import type { LearnerDb } from '../db/learnerDatabase';
import { findReplacement, findReplacementByCode } from './certificateRecords';

/** The did:key of this installation, or null when it has never issued a certificate (or its key is damaged). */
export function existingInstallationDid(dataDir: string): string | null {
  try {
    return readExistingSigningKey(dataDir)?.did ?? null;
  } catch {
    return null;
  }
}

/**
 * Checks a certificate PDF, credential.json or QR verification text that someone uploaded or pasted, offline, with `verifyCertificateFile`: the
 * signature, the format, and for a PDF that its page is the one drawn from the signed credential. Anyone may ask; nothing about
 * any learner is read, except whether a certificate issued here has since been replaced by a correction.
 */
export async function verifyUploadedCertificate(
  db: LearnerDb,
  place: { dataDir: string; fontDir: string | undefined },
  upload: { fileName: string; dataBase64: string },
): Promise<VerifyCertificateResult> {
  const report = await verifyCertificateFile(Buffer.from(upload.dataBase64, 'base64'), upload.fileName, {
    fontDir: place.fontDir,
  });
  if (!report.valid) {
    return {
      valid: false,
      reason: report.reason,
      message: report.message,
      facts: null,
      suite: null,
      checks: [],
      notice: null,
      issuedByThisInstallation: false,
      replacedBy: null,
    };
  }
  const ours = existingInstallationDid(place.dataDir) === report.issuerDid;
  const facts = report.kind === 'text' ? textFacts(report) : certificateFacts(report);
  const replacedBy = !ours
    ? null
    : report.kind === 'text'
      ? findReplacementByCode(db, facts.id, facts.code)
      : findReplacement(db, facts.id, JSON.stringify(report.credential));
  const signer = ours
    ? 'It was signed by this installation.'
    : `It was signed by another installation (${report.issuerDid}).`;
  const replaced = replacedBy ? ` A corrected certificate (${replacedBy}) has since replaced it.` : '';
  const what =
    report.kind === 'text'
      ? 'the verification text was signed by its issuer and states the facts below'
      : report.kind === 'pdf'
        ? 'the certificate has not been changed since it was issued, and its page is the one drawn from its signed credential, with the facts below'
        : 'the credential has not been changed since it was issued, and states the facts below';
  return {
    valid: true,
    reason: null,
    message:
      `VALID: ${what}. ${signer}${replaced} A signature shows the file is unchanged; it does not show ` +
      'that a provider or accrediting body endorsed it.',
    facts,
    suite: report.kind === 'text' ? null : report.suite,
    checks: report.checks,
    notice: report.notice,
    issuedByThisInstallation: ours,
    replacedBy,
  };
}

function certificateFacts(report: ValidCertificateReport): VerifiedFacts {
  const facts = report.snapshot;
  return {
    name: learnerDisplayName(facts.certificateName, facts.credentials),
    course: facts.courseTitle,
    courseVersion: facts.courseVersion,
    provider: facts.providerName,
    date: facts.completionDate,
    hours: facts.hoursClaimed,
    hoursLine: hoursLine(facts.hoursClaimed, facts.designations),
    postTestPercent: facts.postTestScore === null ? null : wholePercent(facts.postTestScore),
    id: facts.certificateId,
    code: facts.verificationCode,
    issuedAt: facts.issuedAt,
    issuerDid: report.issuerDid,
    supersedes: facts.supersedes,
  };
}

function textFacts(report: ValidTextReport): VerifiedFacts {
  const t = report.text;
  return {
    name: t.name,
    course: t.course,
    courseVersion: t.courseVersion,
    provider: t.provider,
    date: t.completionDate,
    hours: t.hours,
    hoursLine: `${formatCreditHours(t.hours)} hours`,
    postTestPercent: t.postTestPercent,
    id: t.certificateId,
    code: t.verificationCode,
    issuedAt: t.issuedAt,
    issuerDid: report.issuerDid,
    supersedes: t.supersedes,
  };
}
