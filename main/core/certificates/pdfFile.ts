import { inflateSync } from 'node:zlib';
import { readCrossReference, readIndirectObject, type XrefEntry } from './pdfCrossReference';
import { isName, isRef, PdfParser, PdfSyntaxError, type PdfDict, type PdfValue } from './pdfSyntax';

/** One object of the file: its value and, for a stream, its raw (still encoded) data. */
interface PdfObject {
  value: PdfValue;
  stream?: Buffer;
}

const OBJECT_START = /(\d+)\s+(\d+)\s+obj\b/g;
const MAX_DECODED = 64 * 1024 * 1024;

/**
 * A PDF read as a viewer reads it: through its cross-reference table (classic or stream, with object streams), so
 * the objects are the ones a viewer shows. It also lists what a file written once never has: how many revisions
 * (incremental updates) it holds, and object numbers defined more than once or where the table does not point.
 * Throws `PdfSyntaxError` for files it cannot make sense of.
 */
export class PdfFile {
  readonly trailer: PdfDict;
  /** Cross-reference sections: 1 for a file written in one go, one more for each incremental update. */
  readonly revisions: number;
  /** Object numbers defined more than once in the file, or defined where the cross-reference table does not point. */
  readonly strayDefinitions: number[];
  private readonly entries: Map<number, XrefEntry>;
  private readonly cache = new Map<number, PdfObject | null>();
  private readonly packed = new Map<number, Map<number, PdfValue>>();
  private readonly packedTwice = new Set<number>();

  constructor(readonly bytes: Buffer) {
    if (bytes.toString('latin1', 0, 1024).indexOf('%PDF-') < 0) throw new PdfSyntaxError('no PDF header');
    const xref = readCrossReference(bytes, (dict, raw) => this.decode(dict, raw));
    this.trailer = xref.trailer;
    this.revisions = xref.sections;
    this.entries = xref.entries;
    if (!this.trailer.has('Root')) throw new PdfSyntaxError('no trailer naming the document catalog');
    this.strayDefinitions = this.findStrayDefinitions();
  }

  /** Every object number the cross-reference table lists. */
  objectNumbers(): number[] {
    return [...this.entries.keys()];
  }

  /** Follows references to the value they name (null when missing or circular). */
  resolve(value: PdfValue | undefined): PdfValue {
    let current = value ?? null;
    for (let hops = 0; isRef(current); hops++) {
      if (hops > 32) return null;
      current = this.object(current.num)?.value ?? null;
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
    const object = this.object(value.num);
    if (!object?.stream || !(object.value instanceof Map)) return null;
    return this.decode(object.value, object.stream);
  }

  private object(num: number): PdfObject | null {
    if (!this.cache.has(num))
      this.cache.set(
        num,
        orNull(() => this.load(num)),
      );
    return this.cache.get(num) ?? null;
  }

  private load(num: number): PdfObject | null {
    const entry = this.entries.get(num);
    if (!entry) return null;
    if (entry.kind === 'packed') {
      const value = this.objectStream(entry.stream).get(num);
      return value === undefined ? null : { value };
    }
    const read = readIndirectObject(this.bytes, entry.offset, (length) => this.resolve(length));
    if (!read || read.num !== num) throw new PdfSyntaxError(`object ${num} is not where the table says`);
    return read.stream ? { value: read.value, stream: read.stream } : { value: read.value };
  }

  /** The objects packed in object stream `num`, by object number. */
  private objectStream(num: number): Map<number, PdfValue> {
    const known = this.packed.get(num);
    if (known) return known;
    const objects = new Map<number, PdfValue>();
    this.packed.set(num, objects);
    const stream = this.object(num);
    const dict = stream?.value;
    if (!stream?.stream || !(dict instanceof Map) || !isName(dict.get('Type'), 'ObjStm')) return objects;
    const data = this.decode(dict, stream.stream);
    const count = dict.get('N');
    const first = dict.get('First');
    if (typeof count !== 'number' || typeof first !== 'number') return objects;
    const header = new PdfParser(data);
    for (let i = 0; i < count; i++) {
      const [objectNum, offset] = [header.readValue(), header.readValue()];
      if (typeof objectNum !== 'number' || typeof offset !== 'number') break;
      const value = orNull(() => new PdfParser(data, first + offset).readValue());
      if (value === undefined || value === null) continue;
      if (objects.has(objectNum)) this.packedTwice.add(objectNum);
      objects.set(objectNum, value);
    }
    return objects;
  }

  /**
   * Scans the file in order for every `N G obj`, skipping over the objects it reads, and names each object number
   * that is defined more than once, or at an offset the table does not point to, or packed in a stream the table
   * does not name for it. A file written in one go has none.
   */
  private findStrayDefinitions(): number[] {
    const stray = new Set<number>();
    const text = this.bytes.toString('latin1');
    const seen = new Set<number>();
    OBJECT_START.lastIndex = 0;
    for (let match = OBJECT_START.exec(text); match; match = OBJECT_START.exec(text)) {
      const num = Number(match[1]);
      const read = readIndirectObject(this.bytes, match.index, (length) => this.resolve(length));
      if (!read) continue;
      OBJECT_START.lastIndex = read.end;
      const entry = this.entries.get(num);
      if (seen.has(num) || entry?.kind !== 'offset' || entry.offset !== match.index) stray.add(num);
      seen.add(num);
      const dict = read.value;
      if (!(dict instanceof Map) || !isName(dict.get('Type'), 'ObjStm')) continue;
      for (const packedNum of this.objectStream(num).keys()) {
        const packedEntry = this.entries.get(packedNum);
        if (seen.has(packedNum) || packedEntry?.kind !== 'packed' || packedEntry.stream !== num)
          stray.add(packedNum);
        seen.add(packedNum);
      }
    }
    for (const num of this.packedTwice) stray.add(num);
    return [...stray].sort((a, b) => a - b);
  }

  private decode(dict: PdfDict, raw: Buffer): Buffer {
    const filter = this.resolve(dict.get('Filter'));
    const filters = (Array.isArray(filter) ? filter : filter === null ? [] : [filter]).map((f) =>
      isName(f) ? f.name : '?',
    );
    let data = raw;
    for (const name of filters) {
      if (name !== 'FlateDecode') throw new PdfSyntaxError(`unsupported stream filter ${name}`);
      const inflated = orNull(() => inflateSync(data, { maxOutputLength: MAX_DECODED }));
      if (!inflated) throw new PdfSyntaxError('a compressed stream is damaged');
      data = undoPredictor(inflated, this.dict(dict.get('DecodeParms')));
    }
    return data;
  }
}

/**
 * Undoes a PNG predictor (ISO 32000-1, 7.4.4.4), as cross-reference and object streams written by other tools use:
 * each row starts with its filter type. TIFF predictors are refused.
 */
function undoPredictor(data: Buffer, params: PdfDict | null): Buffer {
  const predictor = params?.get('Predictor');
  if (typeof predictor !== 'number' || predictor <= 1) return data;
  if (predictor < 10) throw new PdfSyntaxError('unsupported stream predictor');
  const number = (key: string, fallback: number) => {
    const value = params?.get(key);
    return typeof value === 'number' && value > 0 ? value : fallback;
  };
  const bitsPerPixel = number('Colors', 1) * number('BitsPerComponent', 8);
  const pixel = Math.max(1, Math.ceil(bitsPerPixel / 8));
  const width = Math.ceil((number('Columns', 1) * bitsPerPixel) / 8);
  const out = Buffer.alloc(Math.floor(data.length / (width + 1)) * width);
  for (let row = 0; row * (width + 1) < data.length && (row + 1) * width <= out.length; row++) {
    const type = data[row * (width + 1)] ?? 0;
    for (let i = 0; i < width; i++) {
      const raw = data[row * (width + 1) + 1 + i] ?? 0;
      const left = i >= pixel ? (out[row * width + i - pixel] ?? 0) : 0;
      const up = row > 0 ? (out[(row - 1) * width + i] ?? 0) : 0;
      const upLeft = row > 0 && i >= pixel ? (out[(row - 1) * width + i - pixel] ?? 0) : 0;
      const guess = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][type];
      if (guess === undefined) throw new PdfSyntaxError('a stream predictor row is damaged');
      out[row * width + i] = (raw + guess) & 0xff;
    }
  }
  return out;
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const [dl, du, dul] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
  return dl <= du && dl <= dul ? left : du <= dul ? up : upLeft;
}

/** The step's result, or null when it fails: a damaged part is reported missing rather than thrown. */
function orNull<T>(step: () => T): T | null {
  try {
    return step();
  } catch {
    return null;
  }
}
