import { PdfParser, isPdfString, type PdfValue } from './pdfSyntax';

/** A font's ToUnicode map: character codes of a fixed byte length to the text they stand for. */
export interface ToUnicodeMap {
  codeLength: number;
  map: Map<number, string>;
}

const MAX_RANGE = 0x10000;

/** Parses a ToUnicode CMap (bfchar and bfrange sections) as pdfkit and other writers produce them. */
export function parseToUnicodeCmap(data: Buffer): ToUnicodeMap {
  const parser = new PdfParser(data);
  const map = new Map<number, string>();
  let codeLength = 0;
  let operands: PdfValue[] = [];
  for (let value = parser.readValue(); value !== undefined; value = parser.readValue()) {
    if (!(typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Map))) {
      operands.push(value);
      continue;
    }
    if (value.kind !== 'keyword') {
      operands.push(value);
      continue;
    }
    const strings = operands.map((operand) => (isPdfString(operand) ? operand.bytes : operand));
    if (value.word === 'endcodespacerange') {
      const first = strings[0];
      if (Buffer.isBuffer(first)) codeLength = first.length;
    } else if (value.word === 'endbfchar') {
      for (let i = 0; i + 1 < strings.length; i += 2) {
        const [code, text] = [strings[i], strings[i + 1]];
        if (Buffer.isBuffer(code) && Buffer.isBuffer(text))
          map.set(code.readUIntBE(0, code.length), utf16(text));
      }
    } else if (value.word === 'endbfrange') {
      for (let i = 0; i + 2 < strings.length; i += 3)
        addRange(map, strings[i], strings[i + 1], strings[i + 2]);
    }
    operands = [];
  }
  return { codeLength: codeLength || 2, map };
}

function addRange(map: Map<number, string>, lowBytes: unknown, highBytes: unknown, target: unknown): void {
  if (!Buffer.isBuffer(lowBytes) || !Buffer.isBuffer(highBytes) || lowBytes.length === 0) return;
  const low = lowBytes.readUIntBE(0, Math.min(lowBytes.length, 6));
  const high = highBytes.readUIntBE(0, Math.min(highBytes.length, 6));
  if (high < low || high - low >= MAX_RANGE) return;
  for (let code = low; code <= high; code++) {
    if (Array.isArray(target)) {
      const item = target[code - low] as PdfValue | undefined;
      if (isPdfString(item)) map.set(code, utf16(item.bytes));
    } else if (Buffer.isBuffer(target) && target.length >= 2) {
      // The last code unit counts up with the code (ISO 32000-1, 9.10.3).
      const text = Buffer.from(target);
      text.writeUInt16BE((text.readUInt16BE(text.length - 2) + code - low) & 0xffff, text.length - 2);
      map.set(code, utf16(text));
    }
  }
}

function utf16(bytes: Buffer): string {
  return Buffer.from(bytes.subarray(0, bytes.length & ~1))
    .swap16()
    .toString('utf16le');
}
