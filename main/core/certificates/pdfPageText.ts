import type { PdfFile } from './pdfFile';
import {
  isName,
  isPdfString,
  PdfParser,
  PdfSyntaxError,
  type PdfDict,
  type PdfString,
  type PdfValue,
} from './pdfSyntax';
import { parseToUnicodeCmap, type ToUnicodeMap } from './toUnicodeCmap';

const MAX_PAGES = 1000;
const MAX_FORM_DEPTH = 4;

/** The page dictionaries of the document in order, each with the resources it inherits. */
export function listPages(pdf: PdfFile): { page: PdfDict; resources: PdfDict | null }[] {
  const catalog = pdf.dict(pdf.trailer.get('Root'));
  const pages: { page: PdfDict; resources: PdfDict | null }[] = [];
  const seen = new Set<PdfDict>();
  const walk = (node: PdfDict | null, inherited: PdfDict | null, depth: number): void => {
    if (!node || seen.has(node) || depth > 32 || pages.length > MAX_PAGES) return;
    seen.add(node);
    const resources = pdf.dict(node.get('Resources')) ?? inherited;
    if (isName(pdf.resolve(node.get('Type')), 'Page')) pages.push({ page: node, resources });
    else for (const kid of pdf.array(node.get('Kids'))) walk(pdf.dict(kid), resources, depth + 1);
  };
  walk(catalog ? pdf.dict(catalog.get('Pages')) : null, null, 0);
  return pages;
}

/**
 * The text a page shows, one string per text-showing operator (Tj, TJ, ', ") in content order, decoded through
 * each font's ToUnicode map (simple fonts without one are read as Latin-1). Form XObjects are followed.
 */
export function extractPageTextRuns(pdf: PdfFile, page: PdfDict, resources: PdfDict | null): string[] {
  const contents = pdf.resolve(page.get('Contents'));
  const refs = Array.isArray(contents) ? contents : [page.get('Contents') ?? null];
  const parts = refs.map((ref) => pdf.streamData(ref) ?? Buffer.alloc(0));
  const runs: string[] = [];
  readContent(pdf, Buffer.concat(parts.flatMap((part) => [part, Buffer.from('\n')])), resources, runs, 0);
  return runs;
}

function readContent(
  pdf: PdfFile,
  data: Buffer,
  resources: PdfDict | null,
  runs: string[],
  depth: number,
): void {
  const parser = new PdfParser(data);
  const fonts = new Map<string, FontDecoder>();
  let font: FontDecoder = latin1Decoder;
  let operands: PdfValue[] = [];
  for (let value = parser.readValue(); value !== undefined; value = parser.readValue()) {
    if (!isKeyword(value)) {
      operands.push(value);
      continue;
    }
    const op = value.word;
    if (op === 'Tf' && isName(operands[0])) {
      const name = operands[0].name;
      if (!fonts.has(name))
        fonts.set(name, fontDecoder(pdf, pdf.dict(pdf.dict(resources?.get('Font'))?.get(name))));
      font = fonts.get(name) ?? latin1Decoder;
    } else if (op === 'Tj' || op === "'" || op === '"') {
      const text = operands[operands.length - 1];
      if (isPdfString(text)) runs.push(font(text));
    } else if (op === 'TJ' && Array.isArray(operands[0])) {
      runs.push(operands[0].map((item) => (isPdfString(item) ? font(item) : '')).join(''));
    } else if (op === 'Do' && isName(operands[0]) && depth < MAX_FORM_DEPTH) {
      const ref = pdf.dict(resources?.get('XObject'))?.get(operands[0].name);
      const form = pdf.dict(ref);
      const data = form && isName(form.get('Subtype'), 'Form') ? pdf.streamData(ref) : null;
      if (data) readContent(pdf, data, pdf.dict(form?.get('Resources')) ?? resources, runs, depth + 1);
    } else if (op === 'ID') {
      skipInlineImage(parser);
    }
    operands = [];
  }
}

type FontDecoder = (text: PdfString) => string;

const latin1Decoder: FontDecoder = (text) => text.bytes.toString('latin1');

function fontDecoder(pdf: PdfFile, font: PdfDict | null): FontDecoder {
  const cmapData = font ? pdf.streamData(font.get('ToUnicode')) : null;
  if (!cmapData) {
    // A composite font without a ToUnicode map cannot be read as text.
    return font && isName(font.get('Subtype'), 'Type0') ? () => '\ufffd' : latin1Decoder;
  }
  const cmap: ToUnicodeMap = parseToUnicodeCmap(cmapData);
  return (text) => {
    let out = '';
    for (let i = 0; i + cmap.codeLength <= text.bytes.length; i += cmap.codeLength) {
      out += cmap.map.get(text.bytes.readUIntBE(i, cmap.codeLength)) ?? '\ufffd';
    }
    return out;
  };
}

function isKeyword(value: PdfValue): value is { kind: 'keyword'; word: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Map) &&
    value.kind === 'keyword'
  );
}

/** Moves past an inline image's binary data, which runs from after `ID` to a whitespace-delimited `EI`. */
function skipInlineImage(parser: PdfParser): void {
  const end = parser.data.indexOf('EI', parser.pos + 1, 'latin1');
  if (end < 0) throw new PdfSyntaxError('an inline image is not closed');
  parser.pos = end + 2;
}
