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
