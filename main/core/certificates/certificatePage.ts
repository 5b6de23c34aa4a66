import type { CertificateFontRole } from './certificateFonts';
import {
  bandLine,
  CertificatePageWriter,
  drawBandFacts,
  drawBandQr,
  drawPageTop,
  PAGE,
  pageTopTexts,
  statementLine,
  type PageLine,
} from './certificatePageWriter';
import type { CertificateWording } from './certificateWording';
import type { QrMatrix } from './pdfQrCode';

const BAND_TOP = 454;
const QR_SIZE = 108;
const SIGNATORY_WIDTH = 420;

/** The fixed text of the page's band. */
export const QR_CAPTION = 'Scan to verify';

/**
 * Every text on the page in drawing order: the fixed text and the facts. The page draws exactly this sequence (it
 * checks so as it draws).
 */
export function certificatePageTexts(wording: CertificateWording): string[] {
  const facts = (...texts: (string | null)[]) => texts.filter((text): text is string => text !== null);
  return [
    ...pageTopTexts(wording),
    ...facts(...wording.designations, wording.accreditation, wording.signatory),
    ...facts(wording.certificateId, wording.verificationCode, wording.issued, wording.supersedes),
    wording.howToVerify,
    QR_CAPTION,
  ];
}

/**
 * Draws the one landscape Letter page of a format-2 certificate: the learner and the course, the completion row
 * (date, hours in the designation's words, post-test), the statements verbatim, the signatory line, and a band with
 * the certificate ID, the verification code, the issue date, a small "How to verify" line and the QR code of the
 * verification text. Fails with `CoreError('invalid_input')` rather than spill onto a second page or print a
 * character the embedded fonts cannot show. Issued format-2 certificates are drawn again by it to be checked: do
 * not change what it draws (tests/fixtures/certificates/format-2 holds one to prove it).
 */
export function drawCertificatePage(
  doc: PDFKit.PDFDocument,
  wording: CertificateWording,
  qr: QrMatrix,
  fonts: Record<CertificateFontRole, string>,
): void {
  const page = new CertificatePageWriter(doc, fonts);
  const { left, width } = PAGE;
  let y = drawPageTop(page, wording);

  // The signatory line sits on a short rule just above the band; the statements fill the space above it.
  const signatory: PageLine | null =
    wording.signatory === null
      ? null
      : {
          text: wording.signatory,
          font: 'sans',
          size: 9,
          x: left + width - SIGNATORY_WIDTH,
          width: SIGNATORY_WIDTH,
        };
  const signatoryTop = signatory ? BAND_TOP - 8 - page.measure(signatory) : BAND_TOP;
  const statements = [...wording.designations, wording.accreditation];
  const size = page.statementSize(statements, y, signatoryTop - 6, statementLine);
  for (const text of statements) y += page.put(statementLine(text, size), y) + 5;
  if (signatory) {
    page.rule(left + width - SIGNATORY_WIDTH, signatoryTop - 4, SIGNATORY_WIDTH);
    page.put(signatory, signatoryTop);
  }

  page.rule(left, BAND_TOP, width);
  const detail = bandLine(width - QR_SIZE - 24);
  const band = drawBandFacts(page, wording, BAND_TOP + 10, detail);
  page.put({ ...detail(wording.howToVerify), size: 7, color: PAGE.muted }, band + 6);
  drawBandQr(page, qr, {
    top: BAND_TOP + 6,
    size: QR_SIZE,
    captionGap: 2,
    alt: "QR code with the certificate's verification text",
    caption: QR_CAPTION,
  });
  page.end(certificatePageTexts(wording));
}
