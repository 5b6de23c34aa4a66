import * as yaml from 'yaml';
import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import { closestKey } from './closestKey';
import type { Extensions } from './courseTypes';
import { describeIdRule, isValidDate, isValidId } from './formatPatterns';
import type { ProblemSink, SourcePlace } from './problemSink';
import type { YamlPlaces } from './yamlSource';

/**
 * The node-kind tests of `yaml`, read once here for every reader: bundled, a CommonJS package's exports are read
 * through a getter at each use, and these run for every node of every course file.
 */
export const { isMap, isScalar, isSeq } = yaml;

/** Where problems go and how node offsets become file places. */
export interface ReadContext {
  sink: ProblemSink;
  places: YamlPlaces;
}

/** The text of a scalar as written: strings as they are, numbers and true/false as in the source; else null. */
export function scalarText(node: unknown): string | null {
  if (!isScalar(node) || node.value === null || node.value === undefined) return null;
  const text = typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
  // Only whitespace, as trim() would find, without copying a long text to find it. Most texts start with a
  // visible ASCII character, which settles it.
  const first = text.charCodeAt(0);
  return (first > 32 && first < 127) || /\S/.test(text) ? text : null;
}

/** Describes a YAML value in an author's words, for "must be X, not Y" messages. */
export function describeValue(node: unknown): string {
  if (isMap(node)) return 'a set of key: value lines';
  if (isSeq(node)) return 'a list';
  if (!isScalar(node) || node.value === null || node.value === undefined) return 'empty';
  if (typeof node.value === 'number') return `the number ${String(node.source ?? node.value)}`;
  if (typeof node.value === 'boolean') return `the value ${String(node.value)}`;
  return `the text "${String(node.value).slice(0, 40)}"`;
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
    /** The mapping's own pairs: a known key's pair is found by a scan, as a mapping has a few keys. */
    private readonly items: readonly Pair<Node, Node | null>[],
  ) {}

  /** The pair of a known key; an unknown or `x-` key was reported or kept when the mapping opened. */
  private pairOf(key: string): Pair<Node, Node | null> | undefined {
    const items = this.items;
    for (let index = 0; index < items.length; index++) {
      const pair = items[index] as Pair<Node, Node | null>;
      if ((pair.key as Scalar | null)?.value === key) return pair;
    }
    return undefined;
  }

  /** How messages name this mapping, like `question "dose-q1"`. */
  get label(): string {
    return this.name;
  }

  /** Names the mapping better once its id is known. */
  rename(label: string): void {
    this.name = label;
  }

  /** Opens `node` as a mapping; reports and returns null when it is something else. */
  static open(
    ctx: ReadContext,
    node: unknown,
    label: string,
    at: SourcePlace,
    knownKeys: readonly string[],
  ): YamlMapReader | null {
    if (!isMap(node)) {
      ctx.sink.error(at, `${label} must be a set of "key: value" lines, but it is ${describeValue(node)}.`);
      return null;
    }
    const map = node as YAMLMap<Node, Node | null>;
    const reader = new YamlMapReader(ctx, label, at, map.items);
    reader.checkKeys(map, knownKeys);
    return reader;
  }

  /** True when the key is written (even with an empty value). */
  has(key: string): boolean {
    return this.pairOf(key) !== undefined;
  }

  /** The place of a key, or of the mapping when the key is absent. */
  keyPlace(key: string): SourcePlace {
    const pair = this.pairOf(key);
    return pair ? this.ctx.places.of(pair.key) : this.place;
  }

  /** The place of a key's value, or of the key when the value is empty. */
  valuePlace(key: string): SourcePlace {
    const value = this.pairOf(key)?.value;
    return value?.range ? this.ctx.places.of(value) : this.keyPlace(key);
  }

  /** The raw value node of a key that is present, else null (and an error when `required`). */
  node(key: string, required: boolean): Node | null {
    const pair = this.pairOf(key);
    const value = pair?.value ?? null;
    if (pair && value !== null && !(isScalar(value) && (value.value === null || value.value === '')))
      return value;
    if (pair) this.fail(key, `"${key}" in ${this.label} is empty; write a value or remove the line.`);
    else if (required)
      this.ctx.sink.error(this.place, `${this.label} is missing the required key "${key}"; add it.`);
    return null;
  }

  /** Text; numbers and true/false are taken as written (an option may read `0.5`). */
  text(key: string, required: boolean): string | null {
    const value = this.node(key, required);
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
    const value = this.node(key, required);
    if (value === null) return null;
    if (isScalar(value) && typeof value.value === 'number' && Number.isFinite(value.value))
      return value.value;
    const quotedNumber =
      isScalar(value) && typeof value.value === 'string' && Number.isFinite(Number(value.value));
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
    const value = this.node(key, required);
    if (value === null) return null;
    if (isScalar(value) && typeof value.value === 'boolean') return value.value;
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
    readItem: (item: unknown, place: SourcePlace, index: number) => T | null,
  ): T[] | null {
    const value = this.node(key, required);
    if (value === null) return null;
    if (!isSeq(value)) return this.mistyped(key, 'a list (lines starting with "- ")', value);
    const items: T[] = [];
    // Index loops here and in indexPairs: every node of a course passes through them, mostly while V8 still
    // interprets the loader, where an array iterator or a callback costs a call per item.
    for (let index = 0; index < value.items.length; index++) {
      const item = value.items[index];
      const read = readItem(item, this.ctx.places.of(item as Node), index);
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

  /** A nested mapping, read against its own keys. */
  map(key: string, required: boolean, knownKeys: readonly string[]): YamlMapReader | null {
    const value = this.node(key, required);
    if (value === null) return null;
    return YamlMapReader.open(this.ctx, value, `"${key}" in ${this.label}`, this.keyPlace(key), knownKeys);
  }

  /** Reports a problem at a key's value (or at the key). */
  fail(key: string, message: string, atValue = false): void {
    this.ctx.sink.error(atValue ? this.valuePlace(key) : this.keyPlace(key), message);
  }

  private mistyped(key: string, expected: string, value: unknown): null {
    this.fail(key, `"${key}" in ${this.label} must be ${expected}, not ${describeValue(value)}.`, true);
    return null;
  }

  private checkKeys(map: YAMLMap<Node, Node | null>, knownKeys: readonly string[]): void {
    const pairs = map.items;
    for (let index = 0; index < pairs.length; index++) {
      const pair = pairs[index] as Pair<Node, Node | null>;
      const key = isScalar(pair.key) ? pair.key.value : null;
      // A key's place is only needed for a problem, so it is looked up then.
      if (typeof key !== 'string') {
        this.ctx.sink.error(
          this.ctx.places.of(pair.key),
          `Keys in ${this.label} must be plain words, not ${describeValue(pair.key)}.`,
        );
      } else if (key.startsWith('x-')) {
        this.extensions[key] = pair.value?.toJSON() ?? null;
      } else if (!knownKeys.includes(key)) {
        this.ctx.sink.error(this.ctx.places.of(pair.key), unknownKeyMessage(key, this.label, knownKeys));
      }
    }
  }
}

function unknownKeyMessage(key: string, label: string, knownKeys: readonly string[]): string {
  const suggestion = closestKey(key, knownKeys);
  const didYouMean = suggestion ? ` Did you mean "${suggestion}"?` : ` Known keys: ${knownKeys.join(', ')}.`;
  return `Unknown key "${key}" in ${label}.${didYouMean} Format 1 refuses keys it does not know; start your own keys with "x-".`;
}
