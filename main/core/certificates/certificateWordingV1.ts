import { formatCreditHours } from '../../contract/creditHours';
import { pageTopTexts } from './certificatePageWriter';
import type { CertificateSnapshot } from './certificateSnapshot';
import { certificateWording, type CertificateWording } from './certificateWording';

/**
 * The exact text of each fact printed on a format-1 certificate (issued before format 2), kept unchanged so that
 * those certificates reprint byte for byte and can be drawn again to be checked. It is the current wording but for
 * the hours ("Hours claimed: 4.75"), the issue time ("Issued 2026-11-14 18:30 UTC") and a "Signed by" line.
 */
export type CertificateWordingV1 = Omit<CertificateWording, 'signatory' | 'howToVerify'> & { signer: string };

/** The format-1 wording of a certificate's facts; `issuerDid` is the signing installation's did:key. */
export function certificateWordingV1(snapshot: CertificateSnapshot, issuerDid: string): CertificateWordingV1 {
  const wording: Partial<CertificateWording> = { ...certificateWording(snapshot, issuerDid) };
  delete wording.signatory;
  delete wording.howToVerify;
  return {
    ...(wording as Omit<CertificateWording, 'signatory' | 'howToVerify'>),
    hours: `Hours claimed: ${formatCreditHours(snapshot.hoursClaimed)}`,
    issued: `Issued ${snapshot.issuedAt.slice(0, 10)} ${snapshot.issuedAt.slice(11, 16)} UTC`,
    signer: `Signed by ${issuerDid}`,
  };
}

/** The fixed text of the format-1 page's band. */
export const PAGE_TEXT_V1 = {
  footnote:
    'The signed credential is attached to this PDF as credential.json (Open Badges 3.0, W3C Verifiable ' +
    'Credential, eddsa-jcs-2022). CE Player (cert:verify) or any verifier of that format can check it offline.',
  qrCaption: 'Certificate ID and code',
} as const;

/** Every text on the format-1 page in drawing order: the fixed text and the facts. */
export function certificatePageTextsV1(wording: CertificateWordingV1): string[] {
  const band = [
    wording.certificateId,
    wording.verificationCode,
    wording.issued,
    wording.supersedes,
    wording.signer,
  ];
  return [
    ...pageTopTexts(wording),
    ...wording.designations,
    wording.accreditation,
    ...band.filter((text): text is string => text !== null),
    PAGE_TEXT_V1.footnote,
    PAGE_TEXT_V1.qrCaption,
  ];
}

/** The text the format-1 QR code carries: a URN naming the certificate and its verification code. */
export function certificateQrTextV1(snapshot: CertificateSnapshot): string {
  return `urn:ce-player:certificate:${snapshot.certificateId}:${snapshot.verificationCode}`;
}
