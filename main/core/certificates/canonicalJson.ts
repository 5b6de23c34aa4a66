import { CoreError } from '../coreError';

/** A value of the JSON data model: what `JSON.parse` can return. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
/** A JSON object. */
export interface JsonObject {
  [key: string]: JsonValue;
}

/**
 * Serialises a JSON value as RFC 8785 (JSON Canonicalization Scheme): no whitespace, object members sorted by the
 * UTF-16 code units of their names, numbers in ECMAScript's shortest round-trip form, strings escaped the way
 * `JSON.stringify` escapes them. Throws `CoreError('invalid_input')` for what JSON (I-JSON) cannot hold: NaN,
 * Infinity, lone surrogates, `undefined`, functions, and objects that are not plain.
 */
export function canonicalizeJson(value: unknown): string {
  return serialize(value, '$');
}

function serialize(value: unknown, where: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return serializeNumber(value, where);
    case 'string':
      return serializeString(value, where);
    case 'object':
      if (Array.isArray(value))
        return `[${value.map((item, i) => serialize(item, `${where}[${i}]`)).join(',')}]`;
      return serializeObject(value, where);
    default:
      throw new CoreError(
        'invalid_input',
        `Cannot canonicalise ${where}: a ${typeof value} is not a JSON value.`,
      );
  }
}

// ECMAScript's Number::toString is the algorithm RFC 8785 section 3.2.2.3 prescribes; -0 serialises as 0.
function serializeNumber(value: number, where: string): string {
  if (!Number.isFinite(value)) {
    throw new CoreError('invalid_input', `Cannot canonicalise ${where}: ${value} is not a JSON number.`);
  }
  return Object.is(value, -0) ? '0' : String(value);
}

// With the u flag a surrogate pair is one code point, so this matches only unpaired halves.
const LONE_SURROGATE = /\p{Surrogate}/u;

function serializeString(value: string, where: string): string {
  // I-JSON (RFC 7493), which RFC 8785 requires, forbids unpaired surrogates.
  if (LONE_SURROGATE.test(value)) {
    throw new CoreError('invalid_input', `Cannot canonicalise ${where}: the text has an unpaired surrogate.`);
  }
  return JSON.stringify(value);
}

function serializeObject(value: object, where: string): string {
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new CoreError(
      'invalid_input',
      `Cannot canonicalise ${where}: only plain objects are JSON objects.`,
    );
  }
  const record = value as Record<string, unknown>;
  const names = Object.keys(record).sort(compareCodeUnits);
  const members = names.map(
    (name) => `${serializeString(name, where)}:${serialize(record[name], `${where}.${name}`)}`,
  );
  return `{${members.join(',')}}`;
}

/** Orders strings by UTF-16 code units, as RFC 8785 section 3.2.3 requires (not by code point or locale). */
function compareCodeUnits(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const diff = a.charCodeAt(i) - b.charCodeAt(i);
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}

/** True for a JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `rebuilt` is the same JSON as `credential` without its `proof`, in canonical form. */
export function sameCredentialWithoutProof(rebuilt: JsonObject, credential: JsonObject): boolean {
  const unsecured: JsonObject = { ...credential };
  delete unsecured.proof;
  try {
    return canonicalizeJson(rebuilt) === canonicalizeJson(unsecured);
  } catch {
    return false;
  }
}
