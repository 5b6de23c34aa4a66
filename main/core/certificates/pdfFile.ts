import { inflateSync } from 'node:zlib';
import { isName, isRef, PdfParser, PdfSyntaxError, type PdfDict, type PdfValue } from './pdfSyntax';

/** One object of the file: its value and, for a stream, its raw (still encoded) data. */
interface PdfObject {
  value: PdfValue;
  stream?: Buffer;
}

const OBJECT_START = /(\d+)\s+(\d+)\s+obj\b/g;
const MAX_OBJECTS = 200_000;
const MAX_DECODED = 64 * 1024 * 1024;

/**
 * A PDF read by scanning its objects in file order (later definitions win, as incremental updates intend),
 * including objects packed in object streams. It does not trust or need the cross-reference table, so it reads
 * files whose offsets were disturbed, and throws `PdfSyntaxError` for files it cannot make sense of.
 */
export class PdfFile {
  private readonly objects = new Map<number, PdfObject>();
  readonly trailer: PdfDict;

  constructor(readonly bytes: Buffer) {
    if (bytes.toString('latin1', 0, 1024).indexOf('%PDF-') < 0) throw new PdfSyntaxError('no PDF header');
    const text = bytes.toString('latin1');
    let trailer: PdfDict | undefined;
    OBJECT_START.lastIndex = 0;
    for (let match = OBJECT_START.exec(text); match; match = OBJECT_START.exec(text)) {
      if (this.objects.size > MAX_OBJECTS) throw new PdfSyntaxError('too many objects');
      const end = this.readObject(Number(match[1]), match.index + match[0].length);
      if (end === null) continue;
      OBJECT_START.lastIndex = end;
      const object = this.objects.get(Number(match[1]));
      if (object?.value instanceof Map && isName(object.value.get('Type'), 'XRef')) trailer = object.value;
    }
    for (let at = text.indexOf('trailer'); at >= 0; at = text.indexOf('trailer', at + 7)) {
      const value = orNull(() => new PdfParser(bytes, at + 7).readValue());
      if (value instanceof Map && value.has('Root')) trailer = value;
    }
    if (!trailer) throw new PdfSyntaxError('no trailer naming the document catalog');
    this.trailer = trailer;
  }

  /** Follows references to the value they name (null when missing or circular). */
  resolve(value: PdfValue | undefined): PdfValue {
    let current = value ?? null;
    for (let hops = 0; isRef(current); hops++) {
      if (hops > 32) return null;
      current = this.objects.get(current.num)?.value ?? null;
    }
    return current;
  }

  /** The dictionary a value is or refers to, or null. */
  dict(value: PdfValue | undefined): PdfDict | null {
    const resolved = this.resolve(value);
    return resolved instanceof Map ? resolved : null;
  }

  /** The array a value is or refers to, or an empty one. */
  array(value: PdfValue | undefined): PdfValue[] {
    const resolved = this.resolve(value);
    return Array.isArray(resolved) ? resolved : [];
  }

  /** The decoded data of the stream a reference names, or null when it is not a stream. */
  streamData(value: PdfValue | undefined): Buffer | null {
    if (!isRef(value)) return null;
    const object = this.objects.get(value.num);
    if (!object?.stream || !(object.value instanceof Map)) return null;
    return this.decode(object.value, object.stream);
  }

  private decode(dict: PdfDict, raw: Buffer): Buffer {
    const filter = this.resolve(dict.get('Filter'));
    const filters = (Array.isArray(filter) ? filter : filter === null ? [] : [filter]).map((f) =>
      isName(f) ? f.name : '?',
    );
    let data = raw;
    for (const name of filters) {
      if (name !== 'FlateDecode') throw new PdfSyntaxError(`unsupported stream filter ${name}`);
      const params = this.dict(dict.get('DecodeParms'));
      if (params && Number(this.resolve(params.get('Predictor')) ?? 1) > 1) {
        throw new PdfSyntaxError('unsupported stream predictor');
      }
      const inflated = orNull(() => inflateSync(data, { maxOutputLength: MAX_DECODED }));
      if (!inflated) throw new PdfSyntaxError('a compressed stream is damaged');
      data = inflated;
    }
    return data;
  }

  /** Parses the object whose body starts at `pos`; returns where it ends, or null when it is not an object. */
  private readObject(num: number, pos: number): number | null {
    const parser = new PdfParser(this.bytes, pos);
    const value = orNull(() => parser.readValue());
    if (value === null || value === undefined) return null;
    parser.skipSpace();
    const afterValue = parser.pos;
    const keyword = this.bytes.toString('latin1', afterValue, afterValue + 6);
    if (keyword !== 'stream' || !(value instanceof Map)) {
      this.objects.set(num, { value });
      return afterValue;
    }
    let start = afterValue + 6;
    if (this.bytes[start] === 0x0d) start++;
    if (this.bytes[start] === 0x0a) start++;
    const declared = value.get('Length');
    let end = typeof declared === 'number' ? start + declared : -1;
    if (
      end < start ||
      this.bytes
        .toString('latin1', end, end + 12)
        .trim()
        .slice(0, 9) !== 'endstream'
    ) {
      end = this.bytes.indexOf('endstream', start, 'latin1');
      if (end < 0) return null;
      while (end > start && (this.bytes[end - 1] === 0x0a || this.bytes[end - 1] === 0x0d)) end--;
    }
    const stream = this.bytes.subarray(start, end);
    this.objects.set(num, { value, stream });
    if (isName(value.get('Type'), 'ObjStm')) this.readObjectStream(value, stream);
    return end;
  }

  private readObjectStream(dict: PdfDict, raw: Buffer): void {
    const data = orNull(() => this.decode(dict, raw));
    const count = dict.get('N');
    const first = dict.get('First');
    if (!data || typeof count !== 'number' || typeof first !== 'number') return;
    const header = new PdfParser(data);
    const entries: [number, number][] = [];
    for (let i = 0; i < count && i < MAX_OBJECTS; i++) {
      const num = header.readValue();
      const offset = header.readValue();
      if (typeof num !== 'number' || typeof offset !== 'number') return;
      entries.push([num, offset]);
    }
    for (const [num, offset] of entries) {
      const value = orNull(() => new PdfParser(data, first + offset).readValue());
      if (value !== null && value !== undefined) this.objects.set(num, { value });
    }
  }
}

/** The step's result, or null when it fails: a damaged part is skipped and the rest of the file still read. */
function orNull<T>(step: () => T): T | null {
  try {
    return step();
  } catch {
    return null;
  }
}
