import type { JsonObject } from './canonicalJson';
import { CREDENTIAL_ATTACHMENT } from './certificateCredential';
import type { CertificateSnapshot } from './certificateSnapshot';
import { certificatePageTexts, certificateWording, printedFactTexts } from './certificateWording';
import { PdfFile } from './pdfFile';
import { findEmbeddedFile } from './pdfEmbeddedFile';
import { extractPageTextRuns, listPages } from './pdfPageText';
import { PdfSyntaxError } from './pdfSyntax';
import { readCertificateCredential } from './readCertificateCredential';
import { verifyCredential, type VerificationFailureReason } from './verifyCredential';

/** Why a certificate file is not valid. */
export type CertificateFailureReason =
  VerificationFailureReason | 'damaged-file' | 'not-a-certificate' | 'printed-facts-mismatch' | 'other-key';

/** What `verifyCertificateFile` found; `message` is a plain sentence for the person checking. */
export type VerifyReport =
  | {
      valid: true;
      kind: 'pdf' | 'json';
      snapshot: CertificateSnapshot;
      issuerDid: string;
      credential: JsonObject;
      /** What was checked, in words. */
      checks: string[];
    }
  | { valid: false; kind: 'pdf' | 'json' | 'unknown'; reason: CertificateFailureReason; message: string };

export interface VerifyCertificateOptions {
  /** did:key identifiers to accept as issuer (e.g. this installation's); any other signer is `other-key`. */
  trustedIssuers?: readonly string[];
  now?: Date;
}

const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Checks a certificate PDF or a saved credential JSON offline. For both: the eddsa-jcs-2022 signature, that the
 * credential is a CE Player certificate whose Open Badges fields agree with its facts, and (when given) that the
 * issuer is trusted. For a PDF also: that the attached credential.json is there, and that the page's text is
 * exactly the text the credential's facts print, so a changed name, date, hours or statement on the page fails.
 */
export function verifyCertificateFile(
  bytes: Buffer,
  fileName: string,
  options: VerifyCertificateOptions = {},
): VerifyReport {
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
  if (!text.trimStart().startsWith('{')) {
    return failure(
      'unknown',
      'not-a-certificate',
      'This file is neither a certificate PDF nor a credential JSON file.',
    );
  }
  return verifyJson(text, 'json', options);
}

function verifyPdf(bytes: Buffer, options: VerifyCertificateOptions): VerifyReport {
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
  const report = verifyJson(attached.toString('utf8'), 'pdf', options);
  if (!report.valid) return { ...report, message: `The credential attached to the PDF: ${report.message}` };

  const pages = listPages(pdf);
  const first = pages[0];
  if (pages.length !== 1 || !first) {
    return failure(
      'pdf',
      'printed-facts-mismatch',
      `The PDF has ${pages.length} pages; a certificate has one.`,
    );
  }
  let runs: string[];
  try {
    runs = extractPageTextRuns(pdf, first.page, first.resources);
  } catch {
    return failure('pdf', 'damaged-file', 'The printed page is damaged: its text cannot be read.');
  }
  const page = comparable(runs.join(''));
  const wording = certificateWording(report.snapshot, report.issuerDid);
  if (page !== comparable(certificatePageTexts(wording).join(''))) {
    const missing = printedFactTexts(wording).find((fact) => !page.includes(comparable(fact)));
    return failure(
      'pdf',
      'printed-facts-mismatch',
      missing
        ? `The printed page does not show "${missing}" as the signed credential states it: the page was changed.`
        : 'The printed page has text the signed credential does not contain: the page was changed.',
    );
  }
  return { ...report, checks: [...report.checks, 'the printed page shows exactly these facts'] };
}

function verifyJson(text: string, kind: 'pdf' | 'json', options: VerifyCertificateOptions): VerifyReport {
  const result = verifyCredential(text, options.now);
  if (!result.valid) return failure(kind, result.reason, result.message);
  const certificate = readCertificateCredential(result.credential);
  if (!certificate.ok) return failure(kind, 'not-a-certificate', certificate.message);
  const trusted = options.trustedIssuers;
  if (trusted && !trusted.includes(certificate.issuerDid)) {
    return failure(
      kind,
      'other-key',
      `The certificate is intact, but it was signed by ${certificate.issuerDid}, which is not the expected ` +
        `issuer (${trusted.join(', ')}).`,
    );
  }
  return {
    valid: true,
    kind,
    snapshot: certificate.snapshot,
    issuerDid: certificate.issuerDid,
    credential: result.credential,
    checks: ['the eddsa-jcs-2022 signature', 'the certificate format and that its fields agree'],
  };
}

/** Text compared without whitespace (line wrapping moves it) and in Unicode NFC. */
function comparable(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, '');
}

function failure(
  kind: 'pdf' | 'json' | 'unknown',
  reason: CertificateFailureReason,
  message: string,
): VerifyReport {
  return { valid: false, kind, reason, message };
}
