/** A PDF name object (`/Type`), with #xx escapes decoded. */
export interface PdfName {
  kind: 'name';
  name: string;
}
/** An indirect reference (`12 0 R`). */
export interface PdfRef {
  kind: 'ref';
  num: number;
  gen: number;
}
/** A literal or hex string, as bytes. */
export interface PdfString {
  kind: 'string';
  bytes: Buffer;
}
/** A bare keyword: an operator in a content stream, or `obj`, `stream`, `R`… while parsing. */
export interface PdfKeyword {
  kind: 'keyword';
  word: string;
}
export type PdfDict = Map<string, PdfValue>;
export type PdfValue =
  null | boolean | number | PdfName | PdfRef | PdfString | PdfKeyword | PdfValue[] | PdfDict;

/** The syntax is damaged or beyond what this reader handles. */
export class PdfSyntaxError extends Error {}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const MAX_DEPTH = 64;

/**
 * Reads PDF objects from bytes (ISO 32000-1 section 7.3): numbers, names, strings, arrays, dictionaries,
 * references and keywords. Enough for the PDFs CE Player writes and the files other tools save from them.
 */
export class PdfParser {
  constructor(
    readonly data: Buffer,
    public pos = 0,
  ) {}

  /** Skips whitespace and comments. */
  skipSpace(): void {
    while (this.pos < this.data.length) {
      const byte = this.data[this.pos] ?? 0;
      if (WHITESPACE.has(byte)) this.pos++;
      else if (byte === 0x25)
        while (this.pos < this.data.length && !isEol(this.data[this.pos] ?? 0)) this.pos++;
      else return;
    }
  }

  /** The next value, or null at the end of the data. `]` and `>>` end the enclosing array or dictionary. */
  readValue(depth = 0): PdfValue | undefined {
    if (depth > MAX_DEPTH) throw new PdfSyntaxError('objects nested too deeply');
    this.skipSpace();
    if (this.pos >= this.data.length) return undefined;
    const byte = this.data[this.pos] ?? 0;
    const next = this.data[this.pos + 1];
    if (byte === 0x2f) return this.readName();
    if (byte === 0x28) return this.readLiteralString();
    if (byte === 0x3c && next === 0x3c) return this.readDict(depth);
    if (byte === 0x3c) return this.readHexString();
    if (byte === 0x5b) return this.readArray(depth);
    if (byte === 0x5d || (byte === 0x3e && next === 0x3e))
      throw new PdfSyntaxError('unexpected end of a container');
    const word = this.readWord();
    if (NUMBER.test(word)) return this.numberOrRef(Number(word));
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    return { kind: 'keyword', word };
  }

  private numberOrRef(value: number): PdfValue {
    if (!Number.isInteger(value) || value < 0) return value;
    const save = this.pos;
    this.skipSpace();
    const gen = this.readWord();
    if (/^\d+$/.test(gen)) {
      this.skipSpace();
      if (this.readWord() === 'R') return { kind: 'ref', num: value, gen: Number(gen) };
    }
    this.pos = save;
    return value;
  }

  private readWord(): string {
    const start = this.pos;
    while (this.pos < this.data.length) {
      const byte = this.data[this.pos] ?? 0;
      if (WHITESPACE.has(byte) || DELIMITERS.has(byte)) break;
      this.pos++;
    }
    if (this.pos === start) {
      this.pos++; // a stray delimiter: skip it so the caller cannot loop forever
      return String.fromCharCode(this.data[start] ?? 0);
    }
    return this.data.toString('latin1', start, this.pos);
  }

  private readName(): PdfName {
    this.pos++;
    const raw = this.readWord();
    return {
      kind: 'name',
      name: raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    };
  }

  private readArray(depth: number): PdfValue[] {
    this.pos++;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.data.length) throw new PdfSyntaxError('an array is not closed');
      if (this.data[this.pos] === 0x5d) {
        this.pos++;
        return items;
      }
      items.push(this.readValue(depth + 1) ?? null);
    }
  }

  private readDict(depth: number): PdfDict {
    this.pos += 2;
    const dict: PdfDict = new Map();
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.data.length) throw new PdfSyntaxError('a dictionary is not closed');
      if (this.data[this.pos] === 0x3e && this.data[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return dict;
      }
      const key = this.readValue(depth + 1);
      if (!isName(key)) throw new PdfSyntaxError('a dictionary key is not a name');
      dict.set(key.name, this.readValue(depth + 1) ?? null);
    }
  }

  private readHexString(): PdfString {
    const end = this.data.indexOf(0x3e, this.pos);
    if (end < 0) throw new PdfSyntaxError('a hex string is not closed');
    const hex = this.data.toString('latin1', this.pos + 1, end).replace(/[^0-9a-fA-F]/g, '');
    this.pos = end + 1;
    return { kind: 'string', bytes: Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex') };
  }

  private readLiteralString(): PdfString {
    const out: number[] = [];
    let depth = 0;
    this.pos++;
    while (this.pos < this.data.length) {
      const byte = this.data[this.pos++] ?? 0;
      if (byte === 0x28) depth++;
      if (byte === 0x29 && depth-- === 0) return { kind: 'string', bytes: Buffer.from(out) };
      if (byte !== 0x5c) {
        out.push(byte);
        continue;
      }
      const escaped = this.data[this.pos++] ?? 0;
      const simple: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };
      if (simple[escaped] !== undefined) out.push(simple[escaped]);
      else if (escaped >= 0x30 && escaped <= 0x37) {
        let octal = escaped - 0x30;
        for (
          let i = 0;
          i < 2 && (this.data[this.pos] ?? 0) >= 0x30 && (this.data[this.pos] ?? 0) <= 0x37;
          i++
        ) {
          octal = octal * 8 + ((this.data[this.pos++] ?? 0) - 0x30);
        }
        out.push(octal & 0xff);
      } else if (escaped === 0x0d) {
        if (this.data[this.pos] === 0x0a) this.pos++;
      } else if (escaped !== 0x0a) out.push(escaped);
    }
    throw new PdfSyntaxError('a string is not closed');
  }
}

function isEol(byte: number): boolean {
  return byte === 0x0a || byte === 0x0d;
}

export function isName(value: PdfValue | undefined, name?: string): value is PdfName {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Map) &&
    value.kind === 'name' &&
    (name === undefined || value.name === name)
  );
}

export function isRef(value: PdfValue | undefined): value is PdfRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Map) &&
    value.kind === 'ref'
  );
}

export function isPdfString(value: PdfValue | undefined): value is PdfString {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Map) &&
    value.kind === 'string'
  );
}

/** A PDF text string (UTF-16BE with a byte-order mark, UTF-8 with one, or PDFDocEncoding read as Latin-1). */
export function pdfTextString(value: PdfString): string {
  const bytes = value.bytes;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)))
      .swap16()
      .toString('utf16le');
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('latin1');
}
