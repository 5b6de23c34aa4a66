import { CoreError } from '../coreError';
import { CREDENTIAL_ATTACHMENT, type SignedCredential } from './certificateCredential';
import {
  certificateFontFiles,
  resolveCertificateFontDir,
  type CertificateFontRole,
} from './certificateFonts';
import { drawCertificatePage } from './certificatePage';
import { drawCertificatePageV1 } from './certificatePageV1';
import { sameSnapshot, type CertificateSnapshot } from './certificateSnapshot';
import { certificateWording } from './certificateWording';
import { certificateQrTextV1, certificateWordingV1 } from './certificateWordingV1';
import { qrMatrix, type QrMatrix } from './pdfQrCode';
import { readCertificateCredential } from './readCertificateCredential';
import { verificationText, verificationTextBody } from './verificationText';
import { verifyCredential, type CredentialSuite } from './verifyCredential';

export interface RenderCertificateOptions {
  /** Folder with the certificate fonts; see `resolveCertificateFontDir` for the default. */
  fontDir?: string;
}

/** How the core draws a certificate PDF: renderCertificatePdf, or (in tests) a wrapper that counts its calls. */
export type CertificatePdfRenderer = typeof renderCertificatePdf;

/** The credential as saved in credential.json and attached to the PDF: indented JSON, newline-terminated. */
export function serializeCredential(credential: SignedCredential): string {
  return `${JSON.stringify(credential, null, 2)}\n`;
}

/** How one certificate format draws its page: the QR code's text, the drawing, and the page's learner line. */
interface PageLayout {
  qrText: string;
  learner: string;
  courseVersion: string;
  certificateId: string;
  suite: CredentialSuite;
  draw(doc: PDFKit.PDFDocument, qr: QrMatrix, fonts: Record<CertificateFontRole, string>): void;
}

/**
 * Renders the certificate as one landscape Letter page in PDF/A-3b (PDF 1.7, tagged, en-US, XMP metadata), with
 * the DejaVu fonts embedded and the signed credential attached as `credential.json` (AFRelationship Data). The
 * same snapshot and credential give the same bytes: the dates and the file ID come from the issue time. A
 * format-1 credential (issued before format 2) gets the format-1 page, unchanged, so it reprints byte for byte.
 * pdfkit and qrcode are loaded here, on first use, so the app's start-up does not pay for them.
 */
export async function renderCertificatePdf(
  snapshot: CertificateSnapshot,
  signedCredential: SignedCredential,
  options: RenderCertificateOptions = {},
): Promise<Buffer> {
  const fonts = certificateFontFiles(resolveCertificateFontDir(options.fontDir));
  const issuedAt = new Date(snapshot.issuedAt);
  const layout = await pageLayout(snapshot, signedCredential);
  const qr = await qrMatrix(layout.qrText);
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'LETTER',
    layout: 'landscape',
    margin: 0,
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    tagged: true,
    lang: 'en-US',
    displayTitle: true,
    font: fonts.sans,
    info: {
      Title: `Certificate of completion: ${snapshot.courseTitle}`,
      Author: snapshot.providerName,
      Subject: `${layout.learner}. ${layout.courseVersion}. ${layout.certificateId}.`,
      Creator: 'CE Player',
      Producer: 'CE Player',
      CreationDate: issuedAt,
    },
  });
  escapeXmpInfo(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  let extraPages = 0;
  doc.on('pageAdded', () => extraPages++);

  layout.draw(doc, qr, fonts);
  if (extraPages > 0) {
    throw new CoreError(
      'invalid_input',
      'The certificate cannot be printed: its text does not fit on one page.',
    );
  }
  const attachment: PDFKit.Mixins.PDFAttachmentOptions & { relationship: string } = {
    name: CREDENTIAL_ATTACHMENT,
    type: 'application/json',
    description: `Signed certificate credential (Open Badges 3.0 / W3C Verifiable Credential, ${layout.suite})`,
    relationship: 'Data',
    creationDate: issuedAt,
    modifiedDate: issuedAt,
  };
  doc.file(Buffer.from(serializeCredential(signedCredential), 'utf8'), attachment);
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}

/**
 * The layout for the credential's format. Never prints a page whose attached credential would not verify or would
 * state other facts: such a PDF would be refused by every verifier. Throws `CoreError('invalid_input')`.
 */
async function pageLayout(snapshot: CertificateSnapshot, credential: SignedCredential): Promise<PageLayout> {
  const verified = await verifyCredential(credential);
  const read = verified.valid ? readCertificateCredential(verified.credential) : null;
  if (!verified.valid || !read?.ok || !sameSnapshot(read.snapshot, snapshot)) {
    throw new CoreError(
      'invalid_input',
      'The certificate cannot be printed: its signed credential does not verify or states other facts.',
    );
  }
  const issuerDid = read.issuerDid;
  if (read.format === 1) {
    const wording = certificateWordingV1(snapshot, issuerDid);
    return {
      ...wording,
      qrText: certificateQrTextV1(snapshot),
      suite: verified.suite,
      draw: (doc, qr, fonts) => drawCertificatePageV1(doc, wording, qr, fonts),
    };
  }
  const wording = certificateWording(snapshot, issuerDid);
  return {
    ...wording,
    qrText: verificationText(verificationTextBody(snapshot, issuerDid), read.verificationSignature ?? ''),
    suite: verified.suite,
    draw: (doc, qr, fonts) => drawCertificatePage(doc, wording, qr, fonts),
  };
}

/**
 * pdfkit copies the Info strings into the XMP packet without XML escaping, so a provider named "A & B" would
 * break the metadata. Escape them for the XMP only; the Info dictionary keeps the plain text.
 */
function escapeXmpInfo(doc: PDFKit.PDFDocument): void {
  const target = doc as unknown as { info: Record<string, unknown>; endMetadata: () => void };
  const endMetadata = target.endMetadata.bind(doc);
  target.endMetadata = () => {
    const info = target.info;
    target.info = Object.fromEntries(
      Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]),
    );
    try {
      endMetadata();
    } finally {
      target.info = info;
    }
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
