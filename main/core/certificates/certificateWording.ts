import { learnerDisplayName, NOT_ACCREDITED, wholePercent } from './certificateCredential';
import type { CertificateSnapshot } from './certificateSnapshot';

/**
 * The exact text of each fact printed on a certificate. The PDF draws these strings, and the verifier re-derives
 * them from the signed credential and looks for each on the page, so both sides use this one function.
 */
export interface CertificateWording {
  learner: string;
  license: string | null;
  courseTitle: string;
  courseVersion: string;
  provider: string;
  completed: string;
  hours: string;
  postTest: string;
  designations: string[];
  accreditation: string;
  certificateId: string;
  verificationCode: string;
  issued: string;
  supersedes: string | null;
  signer: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
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
    hours: `Hours claimed: ${formatHours(snapshot.hoursClaimed)}`,
    postTest:
      snapshot.postTestScore === null
        ? 'Post-test: none in this course'
        : `Post-test score: ${wholePercent(snapshot.postTestScore)}%`,
    designations: snapshot.designations.map((designation) => designation.statement),
    accreditation: snapshot.accreditationStatement ?? NOT_ACCREDITED,
    certificateId: `Certificate ID: ${snapshot.certificateId}`,
    verificationCode: `Verification code: ${snapshot.verificationCode}`,
    issued: `Issued ${snapshot.issuedAt.slice(0, 10)} ${snapshot.issuedAt.slice(11, 16)} UTC`,
    supersedes: snapshot.supersedes === null ? null : `Replaces certificate ${snapshot.supersedes}`,
    signer: `Signed by ${issuerDid}`,
  };
}

/** The fixed text of the page around the facts. */
export const PAGE_TEXT = {
  heading: 'Certificate of Completion',
  certifies: 'This certifies that',
  completed: 'has completed the continuing-education activity',
  footnote:
    'The signed credential is attached to this PDF as credential.json (Open Badges 3.0, W3C Verifiable ' +
    'Credential, eddsa-jcs-2022). CE Player (cert:verify) or any verifier of that format can check it offline.',
  qrCaption: 'Certificate ID and code',
} as const;

/**
 * Every text on the page in drawing order: the fixed text and the facts. The PDF draws exactly this sequence
 * (it checks so as it draws), and the verifier compares the page's text with it.
 */
export function certificatePageTexts(wording: CertificateWording): string[] {
  return pageSequence(wording).map((part) => part.text);
}

/** Every printed fact string, in page order (the page text without the fixed wording). */
export function printedFactTexts(wording: CertificateWording): string[] {
  return pageSequence(wording)
    .filter((part) => !part.fixed)
    .map((part) => part.text);
}

// The page's texts in order, fixed wording and facts alike, so the two lists above can never disagree on order.
function pageSequence(wording: CertificateWording): { fixed: boolean; text: string }[] {
  const fixed = (text: string) => ({ fixed: true, text });
  const facts = (...texts: (string | null)[]) =>
    texts.filter((text): text is string => text !== null).map((text) => ({ fixed: false, text }));
  return [
    fixed(PAGE_TEXT.heading),
    fixed(PAGE_TEXT.certifies),
    ...facts(wording.learner, wording.license),
    fixed(PAGE_TEXT.completed),
    ...facts(
      wording.courseTitle,
      wording.courseVersion,
      wording.provider,
      wording.completed,
      wording.hours,
      wording.postTest,
      ...wording.designations,
      wording.accreditation,
      wording.certificateId,
      wording.verificationCode,
      wording.issued,
      wording.supersedes,
      wording.signer,
    ),
    fixed(PAGE_TEXT.footnote),
    fixed(PAGE_TEXT.qrCaption),
  ];
}

/** "2026-03-01" as "March 1, 2026", without the machine's locale. */
export function calendarDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1] ?? ''} ${day ?? ''}, ${year ?? ''}`;
}

/** Hours with at least one decimal and at most two: 5 → "5.0", 4.5 → "4.5", 4.75 → "4.75". */
export function formatHours(hours: number): string {
  const fixed = hours.toFixed(2);
  return fixed.endsWith('0') ? hours.toFixed(1) : fixed;
}

/** The text the QR code carries: a URN naming the certificate and its verification code. */
export function certificateQrText(snapshot: CertificateSnapshot): string {
  return `urn:ce-player:certificate:${snapshot.certificateId}:${snapshot.verificationCode}`;
}
