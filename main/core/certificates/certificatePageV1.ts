import type { CertificateFontRole } from './certificateFonts';
import {
  bandLine,
  CertificatePageWriter,
  drawBandFacts,
  drawBandQr,
  drawPageTop,
  PAGE,
  statementLine,
} from './certificatePageWriter';
import { certificatePageTextsV1, PAGE_TEXT_V1, type CertificateWordingV1 } from './certificateWordingV1';
import type { QrMatrix } from './pdfQrCode';

const BAND_TOP = 458;
const QR_SIZE = 96;

/**
 * The format-1 page, kept exactly as certificates were printed before format 2, so that those certificates reprint
 * byte for byte and their pages can be drawn again to check them. Do not change what it draws or the order of its
 * calls (here or in the shared parts of certificatePageWriter.ts): the bytes of every format-1 certificate depend on
 * them, and tests/fixtures/certificates/format-1 holds one to prove it.
 */
export function drawCertificatePageV1(
  doc: PDFKit.PDFDocument,
  wording: CertificateWordingV1,
  qr: QrMatrix,
  fonts: Record<CertificateFontRole, string>,
): void {
  const page = new CertificatePageWriter(doc, fonts);
  const { left, width } = PAGE;
  let y = drawPageTop(page, wording);
  const statements = [...wording.designations, wording.accreditation];
  const size = page.statementSize(statements, y, BAND_TOP - 6, statementLine);
  for (const text of statements) y += page.put(statementLine(text, size), y) + 5;

  page.rule(left, BAND_TOP, width);
  const detail = bandLine(width - QR_SIZE - 24);
  let band = drawBandFacts(page, wording, BAND_TOP + 10, detail);
  band += page.put(detail(wording.signer), band) + 6;
  page.put({ ...detail(PAGE_TEXT_V1.footnote), size: 7, color: PAGE.muted }, band);
  drawBandQr(page, qr, {
    top: BAND_TOP + 8,
    size: QR_SIZE,
    captionGap: 3,
    alt: 'QR code with the certificate ID and verification code',
    caption: PAGE_TEXT_V1.qrCaption,
  });
  page.end(certificatePageTextsV1(wording));
}
