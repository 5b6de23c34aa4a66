import { CoreError } from '../coreError';
import type { CertificateFontRole } from './certificateFonts';
import { certificatePageTexts, PAGE_TEXT, type CertificateWording } from './certificateWording';
import { qrRuns, type QrMatrix } from './pdfQrCode';

type Doc = PDFKit.PDFDocument;
type Fonts = Record<CertificateFontRole, string>;

interface Line {
  text: string;
  font: CertificateFontRole;
  size: number;
  tag?: string;
  color?: string;
  x?: number;
  width?: number;
  align?: 'left' | 'center';
}

const LEFT = 60;
const WIDTH = 792 - 2 * LEFT;
const BAND_TOP = 458;
const QR_SIZE = 96;
const INK = '#1b1b1b';
const MUTED = '#4a4a4a';
const ACCENT = '#1f4e5f';
const STATEMENT_SIZES = [10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5];
const LINE_GAP = 1.5;

/**
 * Draws the one landscape Letter page. Every fact is drawn by one `text` call with exactly the string in `wording`
 * (wrapping allowed), so the verifier can find each on the page. Decorations are artifacts; text and the QR code
 * are tagged content. Fails with `CoreError('invalid_input')` rather than spill onto a second page or print a
 * character the embedded fonts cannot show.
 */
export function drawCertificatePage(doc: Doc, wording: CertificateWording, qr: QrMatrix, fonts: Fonts): void {
  const root = doc.struct('Document');
  doc.addStructure(root);
  const drawn: string[] = [];
  const measure = (line: Line): number => {
    doc.font(fonts[line.font]).fontSize(line.size);
    return doc.heightOfString(line.text, { width: line.width ?? WIDTH, lineGap: LINE_GAP });
  };
  const put = (line: Line, y: number): number => {
    const height = measure(line);
    requirePrintable(doc, line.text);
    drawn.push(line.text);
    const options = { width: line.width ?? WIDTH, align: line.align ?? 'center', lineGap: LINE_GAP };
    root.add(
      doc.struct(line.tag ?? 'P', {}, () => {
        doc.fillColor(line.color ?? INK).text(line.text, line.x ?? LEFT, y, options);
      }),
    );
    return height;
  };

  artifact(doc, () => {
    doc.lineWidth(2).strokeColor(ACCENT).rect(24, 24, 744, 564).stroke();
    doc.lineWidth(0.75).rect(31, 31, 730, 550).stroke();
  });
  let y = 56;
  y += put({ tag: 'H1', text: PAGE_TEXT.heading, font: 'serifBold', size: 28, color: ACCENT }, y) + 10;
  y += put({ text: PAGE_TEXT.certifies, font: 'sans', size: 12, color: MUTED }, y) + 6;
  y += put({ tag: 'H2', text: wording.learner, font: 'serifBold', size: 24 }, y) + 3;
  if (wording.license !== null)
    y += put({ text: wording.license, font: 'sans', size: 10.5, color: MUTED }, y);
  y += 6;
  y += put({ text: PAGE_TEXT.completed, font: 'sans', size: 12, color: MUTED }, y) + 6;
  y += put({ tag: 'H2', text: wording.courseTitle, font: 'serifBold', size: 18, color: ACCENT }, y) + 3;
  y += put({ text: wording.courseVersion, font: 'sans', size: 10.5, color: MUTED }, y) + 3;
  y += put({ text: wording.provider, font: 'sans', size: 12 }, y) + 14;
  const third = WIDTH / 3;
  const row = [wording.completed, wording.hours, wording.postTest].map((text, i) =>
    put({ text, font: 'sansBold', size: 11, x: LEFT + i * third, width: third }, y),
  );
  y += Math.max(...row) + 10;
  artifact(doc, () =>
    doc
      .lineWidth(0.5)
      .strokeColor(ACCENT)
      .moveTo(LEFT, y)
      .lineTo(LEFT + WIDTH, y)
      .stroke(),
  );
  y += 10;

  const statements = [...wording.designations, wording.accreditation];
  const size = STATEMENT_SIZES.find(
    (candidate) =>
      y + statements.reduce((sum, text) => sum + measure(statementLine(text, candidate)) + 5, 0) <=
      BAND_TOP - 6,
  );
  if (size === undefined) {
    throw new CoreError(
      'invalid_input',
      'The certificate cannot be printed: its designation and accreditation statements do not fit on one page.',
    );
  }
  for (const text of statements) y += put(statementLine(text, size), y) + 5;

  artifact(doc, () =>
    doc
      .lineWidth(0.5)
      .strokeColor(ACCENT)
      .moveTo(LEFT, BAND_TOP)
      .lineTo(LEFT + WIDTH, BAND_TOP)
      .stroke(),
  );
  const bandWidth = WIDTH - QR_SIZE - 24;
  const detail = (text: string, font: CertificateFontRole = 'sans'): Line => ({
    text,
    font,
    size: 8.5,
    align: 'left',
    width: bandWidth,
  });
  let band = BAND_TOP + 10;
  band += put(detail(wording.certificateId), band) + 2;
  band += put({ ...detail(wording.verificationCode, 'sansBold'), size: 10 }, band) + 2;
  band += put(detail(wording.issued), band) + 2;
  if (wording.supersedes !== null) band += put(detail(wording.supersedes), band) + 2;
  band += put(detail(wording.signer), band) + 6;
  put({ ...detail(PAGE_TEXT.footnote), size: 7, color: MUTED }, band);
  drawQr(doc, root, qr, LEFT + WIDTH - QR_SIZE, BAND_TOP + 8);
  put(
    {
      text: PAGE_TEXT.qrCaption,
      font: 'sans',
      size: 6.5,
      color: MUTED,
      x: LEFT + WIDTH - QR_SIZE - 10,
      width: QR_SIZE + 20,
    },
    BAND_TOP + 8 + QR_SIZE + 3,
  );
  root.end();
  // The verifier compares the page with certificatePageTexts: drawing anything else would fail every check.
  if (drawn.join('\n') !== certificatePageTexts(wording).join('\n')) {
    throw new Error('The certificate page did not draw the text certificatePageTexts lists.');
  }
}

function statementLine(text: string, size: number): Line {
  return { text, font: 'sans', size, align: 'left' };
}

function drawQr(doc: Doc, root: PDFKit.PDFStructureElement, qr: QrMatrix, x: number, y: number): void {
  const module = QR_SIZE / qr.size;
  const figure = doc.struct(
    'Figure',
    { alt: 'QR code with the certificate ID and verification code' },
    () => {
      doc.fillColor('#000000');
      for (const run of qrRuns(qr))
        doc.rect(x + run.column * module, y + run.row * module, run.length * module, module);
      doc.fill();
    },
  );
  root.add(figure);
}

function artifact(doc: Doc, draw: () => void): void {
  doc.markContent('Artifact', { type: 'Layout' });
  draw();
  doc.endMarkedContent();
}

/** Refuses text the current embedded font has no glyph for: it would print as empty boxes. */
function requirePrintable(doc: Doc, text: string): void {
  // pdfkit keeps the fontkit font of the current embedded font here; its type is not exported.
  const font = (doc as unknown as { _font?: { font?: { hasGlyphForCodePoint(cp: number): boolean } } })._font
    ?.font;
  if (!font) return;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (/\s/.test(char) || font.hasGlyphForCodePoint(codePoint)) continue;
    throw new CoreError(
      'invalid_input',
      `The certificate cannot be printed: its font has no character "${char}" (U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}).`,
    );
  }
}
