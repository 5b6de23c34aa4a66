import { closestKey } from './closestKey';
import type { Extensions } from './courseTypes';
import { describeIdRule, isValidDate, isValidId } from './formatPatterns';
import type { ProblemSink, SourcePlace } from './problemSink';
import type { YamlPlaces } from './yamlSource';
import { isEmptyValue, toPlainData, YamlList, YamlMapping, YamlScalar } from './yamlValues';
import type { YamlValue } from './yamlValues';

/** Where problems go and how offsets become file places. */
export interface ReadContext {
  sink: ProblemSink;
  places: YamlPlaces;
}

/** The text of a scalar as written: text as it is, numbers and true/false as in the source; else null. */
export function scalarText(value: YamlValue): string | null {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value instanceof YamlScalar && value.value !== null) text = value.source;
  else return null;
  // Only whitespace, as trim() would find, without copying a long text to find it. Most texts start with a
  // visible ASCII character, which settles it.
  const first = text.charCodeAt(0);
  return (first > 32 && first < 127) || /\S/.test(text) ? text : null;
}

/** Describes a YAML value in an author's words, for "must be X, not Y" messages. */
export function describeValue(value: YamlValue | null): string {
  if (value === null) return 'empty';
  if (typeof value === 'string') return `the text "${value.slice(0, 40)}"`;
  if (value instanceof YamlMapping) return 'a set of key: value lines';
  if (value instanceof YamlList) return 'a list';
  if (typeof value.value === 'number') return `the number ${value.source}`;
  if (typeof value.value === 'boolean') return `the value ${String(value.value)}`;
  return 'empty';
}

/**
 * Reads one YAML mapping against a fixed list of keys. Unknown keys are reported when it opens (except `x-` keys,
 * which are kept in `extensions`); each accessor reports what is missing or mistyped and returns null then.
 */
export class YamlMapReader {
  readonly extensions: Extensions = {};

  private constructor(
    readonly ctx: ReadContext,
    private name: string,
    private readonly place: SourcePlace,
    private readonly mapping: YamlMapping,
  ) {}

  /**
   * Where a known key is in the mapping, or -1: a scan, as a mapping has a few keys. An unknown or `x-` key was
   * reported or kept when the mapping opened.
   */
  private indexOf(key: string): number {
    return this.mapping.keys.indexOf(key);
  }

  /** How messages name this mapping, like `question "dose-q1"`. */
  get label(): string {
    return this.name;
  }

  /** Names the mapping better once its id is known. */
  rename(label: string): void {
    this.name = label;
  }

  /** Opens `value` as a mapping; reports and returns null when it is something else. */
  static open(
    ctx: ReadContext,
    value: YamlValue | null,
    label: string,
    at: SourcePlace,
    knownKeys: readonly string[],
  ): YamlMapReader | null {
    if (!(value instanceof YamlMapping)) {
      ctx.sink.error(at, `${label} must be a set of "key: value" lines, but it is ${describeValue(value)}.`);
      return null;
    }
    const reader = new YamlMapReader(ctx, label, at, value);
    reader.checkKeys(knownKeys);
    return reader;
  }

  /** True when the key is written (even with an empty value). */
  has(key: string): boolean {
    return this.indexOf(key) !== -1;
  }

  /** The place of a key, or of the mapping when the key is absent. */
  keyPlace(key: string): SourcePlace {
    return this.keyPlaceAt(this.indexOf(key));
  }

  /** The place of a key's value, or of the key when nothing is written after it. */
  valuePlace(key: string): SourcePlace {
    const index = this.indexOf(key);
    const offsets = this.mapping.valueOffsets;
    return index !== -1 && offsets !== null && (offsets[index] ?? -1) >= 0
      ? this.ctx.places.at(offsets, index)
      : this.keyPlaceAt(index);
  }

  private keyPlaceAt(index: number): SourcePlace {
    return index === -1 ? this.place : this.ctx.places.at(this.mapping.keyOffsets, index);
  }

  /** The value of a key that is present and not empty, else null (and an error when `required`). */
  value(key: string, required: boolean): YamlValue | null {
    const index = this.indexOf(key);
    const value = index === -1 ? null : (this.mapping.values[index] as YamlValue);
    if (value !== null && !isEmptyValue(value)) return value;
    if (value !== null)
      this.fail(key, `"${key}" in ${this.label} is empty; write a value or remove the line.`);
    else if (required)
      this.ctx.sink.error(this.place, `${this.label} is missing the required key "${key}"; add it.`);
    return null;
  }

  /** Text; numbers and true/false are taken as written (an option may read `0.5`). */
  text(key: string, required: boolean): string | null {
    const value = this.value(key, required);
    if (value === null) return null;
    return scalarText(value) ?? this.mistyped(key, 'text', value);
  }

  /** An id: lowercase letters, digits and single hyphens. */
  id(key: string, required: boolean): string | null {
    const text = this.text(key, required);
    if (text === null) return null;
    if (isValidId(text)) return text;
    this.fail(key, `"${text}" is not a valid ${key} in ${this.label}: ${describeIdRule()}.`, true);
    return null;
  }

  /** A finite number (unquoted). */
  number(key: string, required: boolean): number | null {
    const value = this.value(key, required);
    if (value === null) return null;
    if (value instanceof YamlScalar && typeof value.value === 'number' && Number.isFinite(value.value))
      return value.value;
    const quotedNumber = typeof value === 'string' && Number.isFinite(Number(value));
    return this.mistyped(key, quotedNumber ? 'a number without quotes' : 'a number', value);
  }

  /** A whole number of at least `min`. */
  count(key: string, required: boolean, min: number): number | null {
    const value = this.number(key, required);
    if (value === null) return null;
    if (Number.isInteger(value) && value >= min) return value;
    this.fail(
      key,
      `"${key}" in ${this.label} must be a whole number of at least ${min}, not ${value}.`,
      true,
    );
    return null;
  }

  /** `true` or `false`. */
  boolean(key: string, required: boolean): boolean | null {
    const value = this.value(key, required);
    if (value === null) return null;
    if (value instanceof YamlScalar && typeof value.value === 'boolean') return value.value;
    return this.mistyped(key, 'true or false', value);
  }

  /** An ISO calendar date, `YYYY-MM-DD`. */
  date(key: string, required: boolean): string | null {
    const text = this.text(key, required);
    if (text === null) return null;
    if (isValidDate(text)) return text;
    this.fail(
      key,
      `"${key}" in ${this.label} is not a valid date: "${text}". Write it as YYYY-MM-DD, like 2026-11-01.`,
      true,
    );
    return null;
  }

  /** A list read item by item; null items (already reported) are left out. */
  list<T>(
    key: string,
    required: boolean,
    readItem: (item: YamlValue, place: SourcePlace, index: number) => T | null,
  ): T[] | null {
    const value = this.value(key, required);
    if (value === null) return null;
    if (!(value instanceof YamlList)) return this.mistyped(key, 'a list (lines starting with "- ")', value);
    const items: T[] = [];
    // Index loops here and in checkKeys: every value of a course passes through them, mostly while V8 still
    // interprets the loader, where an array iterator or a callback costs a call per item.
    for (let index = 0; index < value.items.length; index++) {
      const read = readItem(value.items[index] as YamlValue, this.ctx.places.at(value.offsets, index), index);
      if (read !== null) items.push(read);
    }
    return items;
  }

  /** A list of text items. */
  textList(key: string, required: boolean): string[] | null {
    return this.list(key, required, (item, place) => {
      const text = scalarText(item);
      if (text !== null) return text;
      this.ctx.sink.error(
        place,
        `Each item of "${key}" in ${this.label} must be text, not ${describeValue(item)}.`,
      );
      return null;
    });
  }

  /**
   * A list of small mappings whose keys are all required text, like `- company: ... / nature: ...`; an item with
   * a problem is reported and left out.
   */
  textRecords<K extends string>(
    key: string,
    required: boolean,
    itemLabel: string,
    keys: readonly K[],
  ): Record<K, string>[] | null {
    return this.list(key, required, (item, place) => {
      const record = YamlMapReader.open(this.ctx, item, itemLabel, place, keys);
      if (!record) return null;
      const values = keys.map((name) => record.text(name, true));
      if (values.some((value) => value === null)) return null;
      return Object.fromEntries(keys.map((name, index) => [name, values[index]])) as Record<K, string>;
    });
  }

  /** A nested mapping, read against its own keys. */
  map(key: string, required: boolean, knownKeys: readonly string[]): YamlMapReader | null {
    const value = this.value(key, required);
    if (value === null) return null;
    return YamlMapReader.open(this.ctx, value, `"${key}" in ${this.label}`, this.keyPlace(key), knownKeys);
  }

  /** Reports a problem at a key's value (or at the key). */
  fail(key: string, message: string, atValue = false): void {
    this.ctx.sink.error(atValue ? this.valuePlace(key) : this.keyPlace(key), message);
  }

  private mistyped(key: string, expected: string, value: YamlValue): null {
    this.fail(key, `"${key}" in ${this.label} must be ${expected}, not ${describeValue(value)}.`, true);
    return null;
  }

  private checkKeys(knownKeys: readonly string[]): void {
    const { keys, values, keyOffsets } = this.mapping;
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as YamlValue;
      // A key's place is only needed for a problem, so it is looked up then.
      if (typeof key !== 'string') {
        this.ctx.sink.error(
          this.ctx.places.at(keyOffsets, index),
          `Keys in ${this.label} must be plain words, not ${describeValue(key)}.`,
        );
      } else if (key.startsWith('x-')) {
        this.extensions[key] = toPlainData(values[index] as YamlValue);
      } else if (!knownKeys.includes(key)) {
        this.ctx.sink.error(
          this.ctx.places.at(keyOffsets, index),
          unknownKeyMessage(key, this.label, knownKeys),
        );
      }
    }
  }
}

function unknownKeyMessage(key: string, label: string, knownKeys: readonly string[]): string {
  const suggestion = closestKey(key, knownKeys);
  const didYouMean = suggestion ? ` Did you mean "${suggestion}"?` : ` Known keys: ${knownKeys.join(', ')}.`;
  return `Unknown key "${key}" in ${label}.${didYouMean} Format 1 refuses keys it does not know; start your own keys with "x-".`;
}
