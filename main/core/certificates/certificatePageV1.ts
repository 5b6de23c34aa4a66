import type { CertificateFontRole } from './certificateFonts';
import { CertificatePageWriter, PAGE, type PageLine } from './certificatePageWriter';
import { certificatePageTextsV1, PAGE_TEXT_V1, type CertificateWordingV1 } from './certificateWordingV1';
import type { QrMatrix } from './pdfQrCode';

const BAND_TOP = 458;
const QR_SIZE = 96;

/**
 * The format-1 page, kept exactly as certificates were printed before format 2, so that those certificates reprint
 * byte for byte and their pages can be drawn again to check them. Do not change what it draws or the order of its
 * calls: the bytes of every format-1 certificate depend on them.
 */
export function drawCertificatePageV1(
  doc: PDFKit.PDFDocument,
  wording: CertificateWordingV1,
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
    page.put({ tag: 'H1', text: PAGE_TEXT_V1.heading, font: 'serifBold', size: 28, color: PAGE.accent }, y) +
    10;
  y += page.put({ text: PAGE_TEXT_V1.certifies, font: 'sans', size: 12, color: PAGE.muted }, y) + 6;
  y += page.put({ tag: 'H2', text: wording.learner, font: 'serifBold', size: 24 }, y) + 3;
  if (wording.license !== null)
    y += page.put({ text: wording.license, font: 'sans', size: 10.5, color: PAGE.muted }, y);
  y += 6;
  y += page.put({ text: PAGE_TEXT_V1.completed, font: 'sans', size: 12, color: PAGE.muted }, y) + 6;
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

  const statements = [...wording.designations, wording.accreditation];
  const size = page.statementSize(statements, y, BAND_TOP - 6, statementLine);
  for (const text of statements) y += page.put(statementLine(text, size), y) + 5;

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
  band += page.put(detail(wording.signer), band) + 6;
  page.put({ ...detail(PAGE_TEXT_V1.footnote), size: 7, color: PAGE.muted }, band);
  page.qr(
    qr,
    left + width - QR_SIZE,
    BAND_TOP + 8,
    QR_SIZE,
    'QR code with the certificate ID and verification code',
  );
  page.put(
    {
      text: PAGE_TEXT_V1.qrCaption,
      font: 'sans',
      size: 6.5,
      color: PAGE.muted,
      x: left + width - QR_SIZE - 10,
      width: QR_SIZE + 20,
    },
    BAND_TOP + 8 + QR_SIZE + 3,
  );
  page.end(certificatePageTextsV1(wording));
}

function statementLine(text: string, size: number): PageLine {
  return { text, font: 'sans', size, align: 'left' };
}
