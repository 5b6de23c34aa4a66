import type { CertificateFontRole } from './certificateFonts';
import { CertificatePageWriter, PAGE, type PageLine } from './certificatePageWriter';
import type { CertificateWording } from './certificateWording';
import type { QrMatrix } from './pdfQrCode';

const BAND_TOP = 454;
const QR_SIZE = 108;
const SIGNATORY_WIDTH = 420;

/** The fixed text of the page around the facts. */
export const PAGE_TEXT = {
  heading: 'Certificate of Completion',
  certifies: 'This certifies that',
  completed: 'has completed the continuing-education activity',
  qrCaption: 'Scan to verify',
} as const;

/**
 * Every text on the page in drawing order: the fixed text and the facts. The page draws exactly this sequence (it
 * checks so as it draws).
 */
export function certificatePageTexts(wording: CertificateWording): string[] {
  const facts = (...texts: (string | null)[]) => texts.filter((text): text is string => text !== null);
  return [
    PAGE_TEXT.heading,
    PAGE_TEXT.certifies,
    ...facts(wording.learner, wording.license),
    PAGE_TEXT.completed,
    ...facts(wording.courseTitle, wording.courseVersion, wording.provider),
    ...facts(wording.completed, wording.hours, wording.postTest),
    ...facts(...wording.designations, wording.accreditation, wording.signatory),
    ...facts(wording.certificateId, wording.verificationCode, wording.issued, wording.supersedes),
    wording.howToVerify,
    PAGE_TEXT.qrCaption,
  ];
}

/**
 * Draws the one landscape Letter page of a format-2 certificate: the learner and the course, the completion row
 * (date, hours in the designation's words, post-test), the statements verbatim, the signatory line, and a band with
 * the certificate ID, the verification code, the issue date, a small "How to verify" line and the QR code of the
 * verification text. Fails with `CoreError('invalid_input')` rather than spill onto a second page or print a
 * character the embedded fonts cannot show.
 */
export function drawCertificatePage(
  doc: PDFKit.PDFDocument,
  wording: CertificateWording,
  qr: QrMatrix,
  fonts: Record<CertificateFontRole, string>,
): void {
  const page = new CertificatePageWriter(doc, fonts);
  const { left, width } = PAGE;
  page.artifact((d) => {
    d.lineWidth(2).strokeColor(PAGE.accent).rect(24, 24, 744, 564).stroke();
    d.lineWidth(0.75).rect(31, 31, 730, 550).stroke();
  });
  let y = 56;
  y +=
    page.put({ tag: 'H1', text: PAGE_TEXT.heading, font: 'serifBold', size: 28, color: PAGE.accent }, y) + 10;
  y += page.put({ text: PAGE_TEXT.certifies, font: 'sans', size: 12, color: PAGE.muted }, y) + 6;
  y += page.put({ tag: 'H2', text: wording.learner, font: 'serifBold', size: 24 }, y) + 3;
  if (wording.license !== null)
    y += page.put({ text: wording.license, font: 'sans', size: 10.5, color: PAGE.muted }, y);
  y += 6;
  y += page.put({ text: PAGE_TEXT.completed, font: 'sans', size: 12, color: PAGE.muted }, y) + 6;
  y +=
    page.put({ tag: 'H2', text: wording.courseTitle, font: 'serifBold', size: 18, color: PAGE.accent }, y) +
    3;
  y += page.put({ text: wording.courseVersion, font: 'sans', size: 10.5, color: PAGE.muted }, y) + 3;
  y += page.put({ text: wording.provider, font: 'sans', size: 12 }, y) + 14;
  const third = width / 3;
  const row = [wording.completed, wording.hours, wording.postTest].map((text, i) =>
    page.put({ text, font: 'sansBold', size: 11, x: left + i * third, width: third }, y),
  );
  y += Math.max(...row) + 10;
  page.rule(left, y, width);
  y += 10;

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
  const bandWidth = width - QR_SIZE - 24;
  const detail = (text: string, font: CertificateFontRole = 'sans'): PageLine => ({
    text,
    font,
    size: 8.5,
    align: 'left',
    width: bandWidth,
  });
  let band = BAND_TOP + 10;
  band += page.put(detail(wording.certificateId), band) + 2;
  band += page.put({ ...detail(wording.verificationCode, 'sansBold'), size: 10 }, band) + 2;
  band += page.put(detail(wording.issued), band) + 2;
  if (wording.supersedes !== null) band += page.put(detail(wording.supersedes), band) + 2;
  page.put({ ...detail(wording.howToVerify), size: 7, color: PAGE.muted }, band + 6);
  page.qr(
    qr,
    left + width - QR_SIZE,
    BAND_TOP + 6,
    QR_SIZE,
    "QR code with the certificate's verification text",
  );
  page.put(
    {
      text: PAGE_TEXT.qrCaption,
      font: 'sans',
      size: 6.5,
      color: PAGE.muted,
      x: left + width - QR_SIZE - 10,
      width: QR_SIZE + 20,
    },
    BAND_TOP + 6 + QR_SIZE + 2,
  );
  page.end(certificatePageTexts(wording));
}

function statementLine(text: string, size: number): PageLine {
  return { text, font: 'sans', size, align: 'left' };
}
