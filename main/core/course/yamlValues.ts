/*
 * YAML values as the package readers see them. Both ways of reading a text give these: the quick reader builds them
 * directly, and a text read by the `yaml` package (with places) is converted to them. Text is a plain string, the
 * common case; numbers, true/false and null keep the text they were written as; lists and mappings carry, when the
 * text was read with places, the offset where each item, key and value starts. The readers check them with type
 * tests, and the quick reader builds far fewer objects than it did as `yaml` nodes (a node per key, value and pair).
 */

/** A scalar that is not text: a number, true/false or null, and the text it was written as. */
export class YamlScalar {
  constructor(
    readonly value: number | boolean | null,
    readonly source: string,
  ) {}
}

/** A list; `offsets` holds where each item starts in the text, or is null for a text read without places. */
export class YamlList {
  constructor(
    readonly items: YamlValue[],
    readonly offsets: number[] | null,
  ) {}
}

/**
 * A mapping: its keys and values in order. Keys are values too, as a key may be written as a number or a list (the
 * readers refuse those). Offsets as for a list; a value's offset is -1 where nothing was written after its key.
 */
export class YamlMapping {
  constructor(
    readonly keys: YamlValue[],
    readonly values: YamlValue[],
    readonly keyOffsets: number[] | null,
    readonly valueOffsets: number[] | null,
  ) {}
}

export type YamlValue = string | YamlScalar | YamlList | YamlMapping;

/** The value of a key with nothing after it, or of an empty text. */
export const EMPTY_VALUE = new YamlScalar(null, '');

/** Whether a value is empty: null (written or not), or the empty text. */
export function isEmptyValue(value: YamlValue): boolean {
  return value === '' || (value instanceof YamlScalar && value.value === null);
}

/** Whether a value is `true` or `false` (not the text "true"). */
export function isBooleanValue(value: YamlValue): boolean {
  return value instanceof YamlScalar && typeof value.value === 'boolean';
}

/** A value as plain JSON data, as `x-` keys keep it: text, numbers, true/false, null, arrays and objects. */
export function toPlainData(value: YamlValue): unknown {
  if (typeof value === 'string') return value;
  if (value instanceof YamlScalar) return value.value;
  if (value instanceof YamlList) return value.items.map(toPlainData);
  // Object.fromEntries defines own properties, so a key like __proto__ stays a plain key.
  return Object.fromEntries(
    value.keys.map((key, index) => [keyText(key), toPlainData(value.values[index] ?? EMPTY_VALUE)]),
  );
}

function keyText(key: YamlValue): string {
  const data = toPlainData(key);
  return typeof data === 'object' && data !== null ? JSON.stringify(data) : String(data);
}
