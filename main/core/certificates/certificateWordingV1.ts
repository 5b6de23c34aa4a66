import { NOT_ACCREDITED } from './certificateCredential';
import { learnerDisplayName, wholePercent, type CertificateSnapshot } from './certificateSnapshot';
import { formatCreditHours } from '../../contract/certificateSchemas';
import { calendarDate } from './certificateWording';

/**
 * The exact text of each fact printed on a format-1 certificate (issued before format 2), kept unchanged so that
 * those certificates reprint byte for byte and can be drawn again to be checked.
 */
export interface CertificateWordingV1 {
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

/** The format-1 wording of a certificate's facts; `issuerDid` is the signing installation's did:key. */
export function certificateWordingV1(snapshot: CertificateSnapshot, issuerDid: string): CertificateWordingV1 {
  const license = snapshot.licenseNumber ?? null;
  const state = snapshot.licenseState ?? null;
  return {
    learner: learnerDisplayName(snapshot.certificateName, snapshot.credentials),
    license: license === null ? null : `License ${license}${state === null ? '' : ` (${state})`}`,
    courseTitle: snapshot.courseTitle,
    courseVersion: `Course version ${snapshot.courseVersion}`,
    provider: `Provided by ${snapshot.providerName}`,
    completed: `Completed on ${calendarDate(snapshot.completionDate)}`,
    hours: `Hours claimed: ${formatCreditHours(snapshot.hoursClaimed)}`,
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

/** The fixed text of the format-1 page around the facts. */
export const PAGE_TEXT_V1 = {
  heading: 'Certificate of Completion',
  certifies: 'This certifies that',
  completed: 'has completed the continuing-education activity',
  footnote:
    'The signed credential is attached to this PDF as credential.json (Open Badges 3.0, W3C Verifiable ' +
    'Credential, eddsa-jcs-2022). CE Player (cert:verify) or any verifier of that format can check it offline.',
  qrCaption: 'Certificate ID and code',
} as const;

/** Every text on the format-1 page in drawing order: the fixed text and the facts. */
export function certificatePageTextsV1(wording: CertificateWordingV1): string[] {
  const facts = (...texts: (string | null)[]) => texts.filter((text): text is string => text !== null);
  return [
    PAGE_TEXT_V1.heading,
    PAGE_TEXT_V1.certifies,
    ...facts(wording.learner, wording.license),
    PAGE_TEXT_V1.completed,
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
    PAGE_TEXT_V1.footnote,
    PAGE_TEXT_V1.qrCaption,
  ];
}

/** The text the format-1 QR code carries: a URN naming the certificate and its verification code. */
export function certificateQrTextV1(snapshot: CertificateSnapshot): string {
  return `urn:ce-player:certificate:${snapshot.certificateId}:${snapshot.verificationCode}`;
}
