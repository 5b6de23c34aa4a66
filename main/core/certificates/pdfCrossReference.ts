import { isName, PdfParser, PdfSyntaxError, type PdfDict, type PdfValue } from './pdfSyntax';

/** Where the cross-reference table says an object is: at a byte offset, or packed in an object stream. */
export type XrefEntry =
  { kind: 'offset'; offset: number; gen: number } | { kind: 'packed'; stream: number; index: number };

/** The cross-reference sections of a file, newest first, merged (a newer section's entry wins). */
export interface CrossReference {
  entries: Map<number, XrefEntry>;
  /** The newest section's trailer (a dictionary, or the xref stream's dictionary). */
  trailer: PdfDict;
  /** How many sections the file has: 1 for a file written once, more after each incremental update. */
  sections: number;
}

const MAX_SECTIONS = 32;
const MAX_ENTRIES = 200_000;

/**
 * Reads the cross-reference sections from the last `startxref` back through every `/Prev`, as a PDF viewer does
 * (ISO 32000-1, 7.5.4 and 7.5.8): classic tables and cross-reference streams. Throws `PdfSyntaxError` when there is
 * none or it is damaged. `decodeStream` decodes a cross-reference stream's data.
 */
export function readCrossReference(
  bytes: Buffer,
  decodeStream: (dict: PdfDict, raw: Buffer) => Buffer,
): CrossReference {
  const tail = bytes.toString('latin1', Math.max(0, bytes.length - 1024));
  const found = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!found) throw new PdfSyntaxError('no cross-reference table at the end of the file');
  const entries = new Map<number, XrefEntry>();
  let trailer: PdfDict | null = null;
  let sections = 0;
  const seen = new Set<number>();
  for (let at: number | null = Number(found[1]); at !== null; sections++) {
    if (seen.has(at) || sections >= MAX_SECTIONS)
      throw new PdfSyntaxError('the cross-reference sections loop');
    seen.add(at);
    const section: { entries: Map<number, XrefEntry>; trailer: PdfDict } =
      bytes.toString('latin1', at, at + 4) === 'xref'
        ? readTable(bytes, at + 4)
        : readStream(bytes, at, decodeStream);
    for (const [num, entry] of section.entries) if (!entries.has(num)) entries.set(num, entry);
    if (entries.size > MAX_ENTRIES) throw new PdfSyntaxError('too many objects');
    trailer ??= section.trailer;
    const prev: PdfValue | undefined = section.trailer.get('Prev');
    at = typeof prev === 'number' ? prev : null;
  }
  if (!trailer) throw new PdfSyntaxError('no trailer');
  return { entries, trailer, sections };
}

function readTable(bytes: Buffer, start: number): { entries: Map<number, XrefEntry>; trailer: PdfDict } {
  const parser = new PdfParser(bytes, start);
  const entries = new Map<number, XrefEntry>();
  for (;;) {
    const first = parser.readValue();
    if (typeof first === 'object' && first !== null && !Array.isArray(first) && !(first instanceof Map)) {
      if (first.kind === 'keyword' && first.word === 'trailer') break;
    }
    const count = parser.readValue();
    if (typeof first !== 'number' || typeof count !== 'number' || count < 0 || count > MAX_ENTRIES) {
      throw new PdfSyntaxError('a cross-reference table is damaged');
    }
    parser.skipSpace();
    for (let i = 0; i < count; i++) {
      const line = bytes.toString('latin1', parser.pos, parser.pos + 20);
      const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(line);
      if (!entry) throw new PdfSyntaxError('a cross-reference entry is damaged');
      if (entry[3] === 'n')
        entries.set(first + i, { kind: 'offset', offset: Number(entry[1]), gen: Number(entry[2]) });
      parser.pos += 20;
    }
  }
  const trailer = parser.readValue();
  if (!(trailer instanceof Map)) throw new PdfSyntaxError('the trailer is not a dictionary');
  return { entries, trailer };
}

function readStream(
  bytes: Buffer,
  at: number,
  decodeStream: (dict: PdfDict, raw: Buffer) => Buffer,
): { entries: Map<number, XrefEntry>; trailer: PdfDict } {
  const object = readIndirectObject(bytes, at, null);
  const dict = object?.value;
  if (!object?.stream || !(dict instanceof Map) || !isName(dict.get('Type'), 'XRef')) {
    throw new PdfSyntaxError('startxref does not point at a cross-reference table');
  }
  const widths = numbers(dict.get('W'));
  const size = dict.get('Size');
  const index = dict.has('Index') ? numbers(dict.get('Index')) : [0, typeof size === 'number' ? size : 0];
  if (widths.length !== 3 || index.length % 2 !== 0)
    throw new PdfSyntaxError('a cross-reference stream is damaged');
  const data = decodeStream(dict, object.stream);
  const rowLength = widths.reduce((sum, width) => sum + width, 0);
  const entries = new Map<number, XrefEntry>();
  let row = 0;
  for (let i = 0; i < index.length; i += 2) {
    const [first = 0, count = 0] = [index[i], index[i + 1]];
    for (let n = 0; n < count; n++, row++) {
      if ((row + 1) * rowLength > data.length || entries.size > MAX_ENTRIES) {
        throw new PdfSyntaxError('a cross-reference stream is short');
      }
      const field = (f: number) => {
        const offset = row * rowLength + widths.slice(0, f).reduce((sum, width) => sum + width, 0);
        const width = widths[f] ?? 0;
        return width === 0 ? (f === 0 ? 1 : 0) : data.readUIntBE(offset, width);
      };
      const type = field(0);
      if (type === 1) entries.set(first + n, { kind: 'offset', offset: field(1), gen: field(2) });
      if (type === 2) entries.set(first + n, { kind: 'packed', stream: field(1), index: field(2) });
    }
  }
  return { entries, trailer: dict };
}

/** An indirect object as written in the file: its value and, for a stream, its raw (encoded) data. */
export interface IndirectObject {
  num: number;
  gen: number;
  value: PdfValue;
  stream?: Buffer;
  /** Where the object's definition ends (after `endstream` for a stream). */
  end: number;
}

/**
 * Parses `N G obj … endobj` at `at`. `resolveLength` gives an indirect stream `/Length`. Returns null when no object
 * starts there or its body cannot be read.
 */
export function readIndirectObject(
  bytes: Buffer,
  at: number,
  resolveLength: ((value: PdfValue | undefined) => PdfValue) | null,
): IndirectObject | null {
  const head = /^(\d+)\s+(\d+)\s+obj\b/.exec(bytes.toString('latin1', at, at + 32));
  if (!head) return null;
  const parser = new PdfParser(bytes, at + head[0].length);
  let value: PdfValue | undefined;
  try {
    value = parser.readValue();
  } catch {
    return null;
  }
  if (value === undefined) return null;
  parser.skipSpace();
  const num = Number(head[1]);
  const gen = Number(head[2]);
  if (bytes.toString('latin1', parser.pos, parser.pos + 6) !== 'stream' || !(value instanceof Map)) {
    return { num, gen, value, end: parser.pos };
  }
  let start = parser.pos + 6;
  if (bytes[start] === 0x0d) start++;
  if (bytes[start] === 0x0a) start++;
  const declared = resolveLength ? resolveLength(value.get('Length')) : value.get('Length');
  const end = typeof declared === 'number' ? start + declared : -1;
  if (end < start || end > bytes.length || !/^\s*endstream/.test(bytes.toString('latin1', end, end + 16))) {
    return null;
  }
  return { num, gen, value, stream: bytes.subarray(start, end), end };
}

function numbers(value: PdfValue | undefined): number[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'number') ? (value as number[]) : [];
}
