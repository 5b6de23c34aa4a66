import type { JsonObject, JsonValue } from '../../../main/core/certificates/canonicalJson';

/* Edits of a signed JSON document, one field at a time, for the tests that every change breaks a signature. */

/** Every path to a leaf (string, number, boolean, null) in a JSON value. */
export function leafPaths(value: JsonValue, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leafPaths(item, [...at, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...at, key]));
  }
  return [at];
}

/** A deep copy of `document` with the value at `at` replaced by `change(old)`. */
export function edit(
  document: JsonObject,
  at: (string | number)[],
  change: (old: JsonValue) => JsonValue,
): JsonObject {
  const copy = structuredClone(document);
  let parent: JsonValue = copy;
  for (const step of at.slice(0, -1))
    parent = (parent as Record<string | number, JsonValue>)[step] as JsonValue;
  const last = at[at.length - 1] as string | number;
  const holder = parent as Record<string | number, JsonValue>;
  holder[last] = change(holder[last] as JsonValue);
  return copy;
}

/** A copy of `object` without `key`. */
export function withoutKey(object: JsonObject, key: string): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));
}

/** A value of the same kind that differs from `old`: one character, one unit, or the other boolean. */
export function changed(old: JsonValue): JsonValue {
  if (typeof old === 'string')
    return old.length > 1 ? `${old.slice(0, -1)}${old.endsWith('a') ? 'b' : 'a'}` : 'x';
  if (typeof old === 'number') return old + 1;
  if (typeof old === 'boolean') return !old;
  return 'x';
}
