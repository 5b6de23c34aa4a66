import type { PdfFile } from './pdfFile';
import { isName, isPdfString, isRef, type PdfDict, type PdfValue } from './pdfSyntax';

/** Stream dictionary keys that say how the data is stored, not what it is: left out of the comparison. */
const ENCODING_KEYS = new Set(['Length', 'Filter', 'DecodeParms', 'DL']);
const MAX_STEPS = 200_000;

/**
 * Compares two PDFs object by object, from their trailers' `Root`, `Info` and permanent `ID`: every dictionary, array, name,
 * number and string must be the same, and every stream's decoded data the same byte for byte. This is the one
 * normalisation: references are followed, so object numbers, the order of objects in the file, object streams and
 * compression do not matter. Returns null when the two are the same, or the path to the first difference
 * ("Root/Pages/Kids[0]/Contents: stream data").
 */
export function firstDifference(actual: PdfFile, expected: PdfFile): string | null {
  const compared = new Map<number, number>();
  let steps = 0;
  const visit = (a: PdfValue | undefined, b: PdfValue | undefined, at: string): string | null => {
    if (++steps > MAX_STEPS) return `${at}: too many objects to compare`;
    if (isRef(a) !== isRef(b)) return `${at}: an object is ${isRef(a) ? 'a reference' : 'written in place'}`;
    if (isRef(a) && isRef(b)) {
      const matched = compared.get(a.num);
      if (matched !== undefined) return matched === b.num ? null : `${at}: refers to another object`;
      compared.set(a.num, b.num);
      const streamA = actual.streamData(a);
      const streamB = expected.streamData(b);
      if ((streamA === null) !== (streamB === null)) return `${at}: a stream is missing or added`;
      if (streamA && streamB && !streamA.equals(streamB)) return `${at}: stream data`;
      return visit(actual.resolve(a), expected.resolve(b), at);
    }
    if (a instanceof Map || b instanceof Map) {
      if (!(a instanceof Map) || !(b instanceof Map)) return `${at}: not a dictionary`;
      return visitDict(a, b, at);
    }
    if (Array.isArray(a) || Array.isArray(b)) {
      if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return `${at}: array length`;
      for (let i = 0; i < a.length; i++) {
        const difference = visit(a[i], b[i], `${at}[${i}]`);
        if (difference) return difference;
      }
      return null;
    }
    return sameScalar(a, b) ? null : `${at}: value`;
  };
  const visitDict = (a: PdfDict, b: PdfDict, at: string): string | null => {
    const keys = (dict: PdfDict) =>
      [...dict.keys()].filter((key) => !(dict.has('Length') && ENCODING_KEYS.has(key))).sort();
    const [keysA, keysB] = [keys(a), keys(b)];
    const extra = keysA.find((key) => !b.has(key)) ?? keysB.find((key) => !a.has(key));
    if (extra !== undefined || keysA.length !== keysB.length)
      return `${at}/${extra ?? '?'}: key added or removed`;
    for (const key of keysA) {
      const difference = visit(a.get(key), b.get(key), `${at}/${key}`);
      if (difference) return difference;
    }
    return null;
  };
  for (const key of ['Root', 'Info']) {
    const difference = visit(actual.trailer.get(key), expected.trailer.get(key), key);
    if (difference) return difference;
  }
  // The file identifier's second half changes whenever a program saves the file again (ISO 32000-1, 14.4).
  return visit(
    actual.array(actual.trailer.get('ID'))[0],
    expected.array(expected.trailer.get('ID'))[0],
    'ID[0]',
  );
}

function sameScalar(a: PdfValue | undefined, b: PdfValue | undefined): boolean {
  if (isPdfString(a) && isPdfString(b)) return a.bytes.equals(b.bytes);
  if (isName(a) && isName(b)) return a.name === b.name;
  return (a ?? null) === (b ?? null);
}
