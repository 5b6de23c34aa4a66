import { CoreError } from '../coreError';
import type { CertificateFontRole } from './certificateFonts';
import { qrRuns, type QrMatrix } from './pdfQrCode';

type Doc = PDFKit.PDFDocument;

/** One text drawn on the page: exactly one string, in one font and size (wrapping allowed). */
export interface PageLine {
  text: string;
  font: CertificateFontRole;
  size: number;
  tag?: string;
  color?: string;
  x?: number;
  width?: number;
  align?: 'left' | 'center' | 'right';
}

/** The page's geometry and colours, shared by every layout (landscape Letter, 792 × 612 pt). */
export const PAGE = {
  left: 60,
  width: 792 - 2 * 60,
  ink: '#1b1b1b',
  muted: '#4a4a4a',
  accent: '#1f4e5f',
  lineGap: 1.5,
  statementSizes: [10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5],
} as const;

/**
 * Draws a certificate page with pdfkit: tagged text (each string by one `text` call), artifacts for decoration,
 * and a QR code as a tagged figure. It keeps the list of strings drawn, so a layout can check that it drew exactly
 * the text it declares. Every layout draws through it; a layout's calls, in order, fix the PDF's bytes.
 */
export class CertificatePageWriter {
  private readonly root: PDFKit.PDFStructureElement;
  private readonly drawn: string[] = [];

  constructor(
    private readonly doc: Doc,
    private readonly fonts: Record<CertificateFontRole, string>,
  ) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  /** The height `line` takes when drawn. */
  measure(line: PageLine): number {
    this.doc.font(this.fonts[line.font]).fontSize(line.size);
    return this.doc.heightOfString(line.text, { width: line.width ?? PAGE.width, lineGap: PAGE.lineGap });
  }

  /** Draws `line` at `y` as tagged text; returns its height. Refuses a character the font cannot show. */
  put(line: PageLine, y: number): number {
    const height = this.measure(line);
    requirePrintable(this.doc, line.text);
    this.drawn.push(line.text);
    const options = { width: line.width ?? PAGE.width, align: line.align ?? 'center', lineGap: PAGE.lineGap };
    this.root.add(
      this.doc.struct(line.tag ?? 'P', {}, () => {
        this.doc.fillColor(line.color ?? PAGE.ink).text(line.text, line.x ?? PAGE.left, y, options);
      }),
    );
    return height;
  }

  /** Draws decoration (borders, rules) marked as a layout artifact, outside the tagged content. */
  artifact(draw: (doc: Doc) => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw(this.doc);
    this.doc.endMarkedContent();
  }

  /** A horizontal rule, as an artifact. */
  rule(x: number, y: number, width: number): void {
    this.artifact((doc) =>
      doc
        .lineWidth(0.5)
        .strokeColor(PAGE.accent)
        .moveTo(x, y)
        .lineTo(x + width, y)
        .stroke(),
    );
  }

  /** The largest statement size at which `texts` fit between `top` and `bottom`; refuses when none does. */
  statementSize(
    texts: string[],
    top: number,
    bottom: number,
    line: (text: string, size: number) => PageLine,
  ) {
    const size = PAGE.statementSizes.find(
      (candidate) =>
        top + texts.reduce((sum, text) => sum + this.measure(line(text, candidate)) + 5, 0) <= bottom,
    );
    if (size === undefined) {
      throw new CoreError(
        'invalid_input',
        'The certificate cannot be printed: its designation and accreditation statements do not fit on one page.',
      );
    }
    return size;
  }

  /** Draws the QR code, one rectangle per run of dark modules, as a tagged figure with `alt` text. */
  qr(qr: QrMatrix, x: number, y: number, size: number, alt: string): void {
    const module = size / qr.size;
    const figure = this.doc.struct('Figure', { alt }, () => {
      this.doc.fillColor('#000000');
      for (const run of qrRuns(qr))
        this.doc.rect(x + run.column * module, y + run.row * module, run.length * module, module);
      this.doc.fill();
    });
    this.root.add(figure);
  }

  /** Closes the structure tree, and fails when the page drew other text than `expected`, in that order. */
  end(expected: string[]): void {
    this.root.end();
    if (this.drawn.join('\n') !== expected.join('\n')) {
      throw new Error('The certificate page did not draw the text its layout lists.');
    }
  }
}

/** The facts of the top of the page, in both formats. */
export interface PageTop {
  learner: string;
  license: string | null;
  courseTitle: string;
  courseVersion: string;
  provider: string;
  completed: string;
  hours: string;
  postTest: string;
}

/** The fixed text of the top of the page, in both formats. */
export const TOP_TEXT = {
  heading: 'Certificate of Completion',
  certifies: 'This certifies that',
  completed: 'has completed the continuing-education activity',
} as const;

/**
 * Draws the top of the page, the same in both formats: the border, the heading, the learner and license, the
 * course, the provider, and the row of completion date, hours and post-test over a rule. Returns where the
 * statements start.
 */
export function drawPageTop(page: CertificatePageWriter, top: PageTop): number {
  const { left, width } = PAGE;
  page.artifact((d) => {
    d.lineWidth(2).strokeColor(PAGE.accent).rect(24, 24, 744, 564).stroke();
    d.lineWidth(0.75).rect(31, 31, 730, 550).stroke();
  });
  let y = 56;
  y +=
    page.put({ tag: 'H1', text: TOP_TEXT.heading, font: 'serifBold', size: 28, color: PAGE.accent }, y) + 10;
  y += page.put({ text: TOP_TEXT.certifies, font: 'sans', size: 12, color: PAGE.muted }, y) + 6;
  y += page.put({ tag: 'H2', text: top.learner, font: 'serifBold', size: 24 }, y) + 3;
  if (top.license !== null)
    y += page.put({ text: top.license, font: 'sans', size: 10.5, color: PAGE.muted }, y);
  y += 6;
  y += page.put({ text: TOP_TEXT.completed, font: 'sans', size: 12, color: PAGE.muted }, y) + 6;
  y += page.put({ tag: 'H2', text: top.courseTitle, font: 'serifBold', size: 18, color: PAGE.accent }, y) + 3;
  y += page.put({ text: top.courseVersion, font: 'sans', size: 10.5, color: PAGE.muted }, y) + 3;
  y += page.put({ text: top.provider, font: 'sans', size: 12 }, y) + 14;
  const third = width / 3;
  const row = [top.completed, top.hours, top.postTest].map((text, i) =>
    page.put({ text, font: 'sansBold', size: 11, x: left + i * third, width: third }, y),
  );
  y += Math.max(...row) + 10;
  page.rule(left, y, width);
  return y + 10;
}

/** The texts `drawPageTop` draws, in order. */
export function pageTopTexts(top: PageTop): string[] {
  return [
    TOP_TEXT.heading,
    TOP_TEXT.certifies,
    top.learner,
    ...(top.license === null ? [] : [top.license]),
    TOP_TEXT.completed,
    top.courseTitle,
    top.courseVersion,
    top.provider,
    top.completed,
    top.hours,
    top.postTest,
  ];
}

/** A statement line: left-aligned sans at the size that fits. */
export function statementLine(text: string, size: number): PageLine {
  return { text, font: 'sans', size, align: 'left' };
}

/**
 * Draws the band's first lines, the same in both formats (certificate ID, verification code, issue time, and the
 * certificate replaced) at `top`, in `width`; returns where the next line goes. `detail` makes a band line.
 */
export function drawBandFacts(
  page: CertificatePageWriter,
  facts: { certificateId: string; verificationCode: string; issued: string; supersedes: string | null },
  top: number,
  detail: (text: string, font?: CertificateFontRole) => PageLine,
): number {
  let band = top;
  band += page.put(detail(facts.certificateId), band) + 2;
  band += page.put({ ...detail(facts.verificationCode, 'sansBold'), size: 10 }, band) + 2;
  band += page.put(detail(facts.issued), band) + 2;
  if (facts.supersedes !== null) band += page.put(detail(facts.supersedes), band) + 2;
  return band;
}

/** Draws the QR code at the band's right end, with its caption centred under it. */
export function drawBandQr(
  page: CertificatePageWriter,
  qr: QrMatrix,
  placement: { top: number; size: number; captionGap: number; alt: string; caption: string },
): void {
  const { left, width } = PAGE;
  const { top, size } = placement;
  page.qr(qr, left + width - size, top, size, placement.alt);
  const caption: PageLine = {
    text: placement.caption,
    font: 'sans',
    size: 6.5,
    color: PAGE.muted,
    x: left + width - size - 10,
    width: size + 20,
  };
  page.put(caption, top + size + placement.captionGap);
}

/** A band line: small left-aligned sans beside the QR code. */
export function bandLine(width: number): (text: string, font?: CertificateFontRole) => PageLine {
  return (text, font = 'sans') => ({ text, font, size: 8.5, align: 'left', width });
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
