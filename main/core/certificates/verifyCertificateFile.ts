import type { JsonObject } from './canonicalJson';
import { CREDENTIAL_ATTACHMENT } from './certificateCredential';
import type { CertificateSnapshot } from './certificateSnapshot';
import { PdfFile } from './pdfFile';
import { findEmbeddedFile } from './pdfEmbeddedFile';
import { checkPrintedPage, type PageCheck, type PageFailureReason } from './printedPageCheck';
import { PdfSyntaxError } from './pdfSyntax';
import { readCertificateCredential } from './readCertificateCredential';
import { checkVerificationText, isVerificationText, type VerificationTextFacts } from './verificationText';
import { verifyCredential, type CredentialSuite, type VerificationFailureReason } from './verifyCredential';

/** Why a certificate file is not valid. */
export type CertificateFailureReason =
  | VerificationFailureReason
  | PageFailureReason
  | 'damaged-file'
  | 'not-a-certificate'
  | 'other-key'
  | 'bad-verification-text';

/** A certificate PDF or credential that passed every check. */
export interface ValidCertificateReport {
  valid: true;
  kind: 'pdf' | 'json';
  snapshot: CertificateSnapshot;
  issuerDid: string;
  credential: JsonObject;
  /** The suite of the proof that was checked. */
  suite: CredentialSuite;
  /** 2: issued with eddsa-rdfc-2022 and Open Badges fields only; 1: an older certificate (eddsa-jcs-2022). */
  format: 1 | 2;
  /** What was checked, in words. */
  checks: string[];
  /** Said of an older certificate: what differs in what it proves. Null for a current one. */
  notice: string | null;
}

/** A verification text (from a certificate's QR code) whose signature is the issuer's. */
export interface ValidTextReport {
  valid: true;
  kind: 'text';
  text: VerificationTextFacts;
  issuerDid: string;
  checks: string[];
  notice: string;
}

/** What `verifyCertificateFile` found; `message` is a plain sentence for the person checking. */
export type VerifyReport =
  | ValidCertificateReport
  | ValidTextReport
  | {
      valid: false;
      kind: 'pdf' | 'json' | 'text' | 'unknown';
      reason: CertificateFailureReason;
      message: string;
    };

export interface VerifyCertificateOptions {
  /** did:key identifiers to accept as issuer (e.g. this installation's); any other signer is `other-key`. */
  trustedIssuers?: readonly string[];
  now?: Date;
  /** The certificate fonts, to draw the page again; see `resolveCertificateFontDir` for the default. */
  fontDir?: string;
}

const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** What an older (format-1) certificate does not give, said with every report on one. */
export const OLDER_CERTIFICATE_NOTICE =
  'This is an older CE Player certificate (format 1): its credential is signed with eddsa-jcs-2022, the suite CE ' +
  'Player used before eddsa-rdfc-2022, so Open Badges 3.0 wallets and verifiers may not be able to check it. ' +
  'CE Player checks it as fully as a current one.';

/** What a verification text does not prove, said with every report on one. */
export const VERIFICATION_TEXT_NOTICE =
  'The text from the QR code proves that the issuer signed these facts. It does not check the printed page: ' +
  'compare the page with them, or check the PDF itself.';

/**
 * Checks a certificate PDF, a saved credential JSON, or the verification text of a certificate's QR code, offline.
 * For a credential (alone or attached): its proof (eddsa-rdfc-2022, or eddsa-jcs-2022 on older certificates), that
 * it is a CE Player certificate whose fields are exactly the ones CE Player writes for its facts, and (when given)
 * that the issuer is trusted. For a PDF also: that its page is the one drawn from that credential (`checkPrintedPage`).
 * For a verification text: its signature by the did:key it names.
 */
export async function verifyCertificateFile(
  bytes: Buffer,
  fileName: string,
  options: VerifyCertificateOptions = {},
): Promise<VerifyReport> {
  const isPdf = bytes.toString('latin1', 0, 1024).includes('%PDF-');
  if (bytes.length > MAX_FILE_BYTES) {
    return failure(
      'unknown',
      'damaged-file',
      'The file is far larger than any certificate; it was not read.',
    );
  }
  if (isPdf) return verifyPdf(bytes, options);
  if (/\.pdf$/i.test(fileName)) {
    return failure(
      'pdf',
      'damaged-file',
      'The file is named .pdf but is not a PDF: it is damaged or not a certificate.',
    );
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (isVerificationText(text)) return verifyText(text, options);
  if (!text.trimStart().startsWith('{')) {
    return failure(
      'unknown',
      'not-a-certificate',
      'This is neither a certificate PDF, nor a credential JSON file, nor the verification text of a QR code.',
    );
  }
  return verifyJson(text, 'json', options);
}

async function verifyPdf(bytes: Buffer, options: VerifyCertificateOptions): Promise<VerifyReport> {
  let pdf: PdfFile;
  let attached: Buffer | null;
  try {
    pdf = new PdfFile(bytes);
    attached = findEmbeddedFile(pdf, CREDENTIAL_ATTACHMENT);
  } catch (error) {
    const detail = error instanceof PdfSyntaxError ? ` (${error.message})` : '';
    return failure('pdf', 'damaged-file', `The PDF is damaged and cannot be read${detail}.`);
  }
  if (!attached) {
    return failure(
      'pdf',
      'not-a-certificate',
      `This PDF has no attached ${CREDENTIAL_ATTACHMENT}: it is not a CE Player certificate, or the attachment was removed.`,
    );
  }
  const report = await verifyJson(attached.toString('utf8'), 'pdf', options);
  if (!report.valid) return { ...report, message: `The credential attached to the PDF: ${report.message}` };
  if (report.kind === 'text')
    return failure('pdf', 'not-a-certificate', 'The attachment is not a credential.');
  let page: PageCheck;
  try {
    page = await checkPrintedPage(pdf, report.snapshot, report.credential, options.fontDir);
  } catch (error) {
    if (!(error instanceof PdfSyntaxError)) throw error;
    return failure(
      'pdf',
      'damaged-file',
      `The printed page is damaged and cannot be read (${error.message}).`,
    );
  }
  if (!page.ok) return failure('pdf', page.reason, page.message);
  return { ...report, checks: [...report.checks, ...page.checks] };
}

async function verifyJson(
  text: string,
  kind: 'pdf' | 'json',
  options: VerifyCertificateOptions,
): Promise<VerifyReport> {
  const result = await verifyCredential(text, options.now);
  if (!result.valid) return failure(kind, result.reason, result.message);
  const certificate = readCertificateCredential(result.credential);
  if (!certificate.ok) return failure(kind, 'not-a-certificate', certificate.message);
  const untrusted = untrustedIssuer(certificate.issuerDid, options);
  if (untrusted) return failure(kind, 'other-key', untrusted);
  return {
    valid: true,
    kind,
    snapshot: certificate.snapshot,
    issuerDid: certificate.issuerDid,
    credential: result.credential,
    suite: result.suite,
    format: certificate.format,
    checks: [
      `the ${result.suite} proof of the credential, by its issuer's did:key`,
      'the credential is a CE Player certificate: its fields are exactly the ones CE Player writes for its facts',
    ],
    notice: certificate.format === 1 ? OLDER_CERTIFICATE_NOTICE : null,
  };
}

function verifyText(text: string, options: VerifyCertificateOptions): VerifyReport {
  const checked = checkVerificationText(text);
  if (!checked.valid) {
    return failure(
      'text',
      'bad-verification-text',
      `The verification text does not verify: ${checked.message}`,
    );
  }
  const untrusted = untrustedIssuer(checked.facts.issuerDid, options);
  if (untrusted) return failure('text', 'other-key', untrusted);
  return {
    valid: true,
    kind: 'text',
    text: checked.facts,
    issuerDid: checked.facts.issuerDid,
    checks: ["the verification text's Ed25519 signature, by the did:key it names"],
    notice: VERIFICATION_TEXT_NOTICE,
  };
}

function untrustedIssuer(issuerDid: string, options: VerifyCertificateOptions): string | null {
  const trusted = options.trustedIssuers;
  if (!trusted || trusted.includes(issuerDid)) return null;
  return (
    `The certificate is intact, but it was signed by ${issuerDid}, which is not the expected ` +
    `issuer (${trusted.join(', ')}).`
  );
}

function failure(
  kind: 'pdf' | 'json' | 'text' | 'unknown',
  reason: CertificateFailureReason,
  message: string,
): VerifyReport {
  return { valid: false, kind, reason, message };
}
