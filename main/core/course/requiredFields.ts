/** An object whose listed fields were read successfully (none of them is null). */
export type WithRequired<T, K extends keyof T> = T & { [P in K]: NonNullable<T[P]> };

/**
 * True when none of the listed fields is null. Readers report each missing or invalid field themselves; this only
 * tells whether a complete object can be built.
 */
export function hasRequired<T, K extends keyof T>(
  fields: T,
  keys: readonly K[],
): fields is WithRequired<T, K> {
  return keys.every((key) => fields[key] !== null && fields[key] !== undefined);
}
