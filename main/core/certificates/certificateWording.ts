import { formatCreditHours } from '../../contract/creditHours';
import { NOT_ACCREDITED } from './certificateCredential';
import type { PageTop } from './certificatePageWriter';
import {
  learnerDisplayName,
  wholePercent,
  type CertificateDesignation,
  type CertificateSnapshot,
} from './certificateSnapshot';

/** The suite of the proof a format-2 certificate carries, as the page names it. */
export const PRINTED_SUITE = 'eddsa-rdfc-2022';

/**
 * The exact text of each fact printed on a certificate (format 2). The page draws these strings and nothing else
 * but the fixed text, and every one of them comes from the signed credential, so a verifier draws the same page.
 */
export interface CertificateWording extends PageTop {
  designations: string[];
  accreditation: string;
  signatory: string | null;
  certificateId: string;
  verificationCode: string;
  issued: string;
  supersedes: string | null;
  howToVerify: string;
}

const MONTHS = [
  ...['January', 'February', 'March', 'April', 'May', 'June'],
  ...['July', 'August', 'September', 'October', 'November', 'December'],
];

/** The printed wording of a certificate's facts; `issuerDid` is the signing installation's did:key. */
export function certificateWording(snapshot: CertificateSnapshot, issuerDid: string): CertificateWording {
  const license = snapshot.licenseNumber ?? null;
  const state = snapshot.licenseState ?? null;
  return {
    learner: learnerDisplayName(snapshot.certificateName, snapshot.credentials),
    license: license === null ? null : `License ${license}${state === null ? '' : ` (${state})`}`,
    courseTitle: snapshot.courseTitle,
    courseVersion: `Course version ${snapshot.courseVersion}`,
    provider: `Provided by ${snapshot.providerName}`,
    completed: `Completed on ${calendarDate(snapshot.completionDate)}`,
    hours: hoursLine(snapshot.hoursClaimed, snapshot.designations),
    postTest:
      snapshot.postTestScore === null
        ? 'Post-test: none in this course'
        : `Post-test score: ${wholePercent(snapshot.postTestScore)}%`,
    designations: snapshot.designations.map((designation) => designation.statement),
    accreditation: snapshot.accreditationStatement ?? NOT_ACCREDITED,
    signatory: snapshot.signatory ?? null,
    certificateId: `Certificate ID: ${snapshot.certificateId}`,
    verificationCode: `Verification code: ${snapshot.verificationCode}`,
    issued: `Issued ${calendarDate(snapshot.issuedAt.slice(0, 10))}, ${snapshot.issuedAt.slice(11, 16)} UTC`,
    supersedes: snapshot.supersedes === null ? null : `Replaces certificate ${snapshot.supersedes}`,
    howToVerify:
      'How to verify: scan the QR code, or check the attached credential.json with CE Player (cert:verify) or ' +
      `any Open Badges 3.0 verifier. Signed (${PRINTED_SUITE}) by ${issuerDid}.`,
  };
}

/**
 * The hours line in the designation's own words: "4.75 hours of continuing education" when the first designation
 * statement says "… for a maximum of 5.0 hours of continuing education." Without such a statement, "4.75 hours".
 */
export function hoursLine(hours: number, designations: readonly CertificateDesignation[]): string {
  return `${formatCreditHours(hours)} ${creditUnit(designations)}`;
}

function creditUnit(designations: readonly CertificateDesignation[]): string {
  for (const { statement } of designations) {
    const unit = /\bmaximum of\s+\d+(?:\.\d+)?\s+(.+?)\.(?:\s|$)/.exec(statement.replace(/\s+/g, ' '))?.[1];
    if (unit) return unit;
  }
  return 'hours';
}

/** "2026-03-01" as "March 1, 2026", without the machine's locale: the one date format of the page. */
export function calendarDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1] ?? ''} ${day ?? ''}, ${year ?? ''}`;
}
