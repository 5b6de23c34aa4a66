import { compare, parse } from 'semver';

/*
 * Semantic version precedence (semver.org, section 11), by the `semver` package. Read loosely, because the course
 * validator accepts numeric pre-release parts with a leading zero (1.0.0-beta.01 reads as beta.1), which strict
 * semver refuses. What semver cannot read at all (a number past 2^53, or any text a records file brought in as a
 * version) sorts before every version it can, and among such texts by plain text order, so the order is total.
 */

const loose = { loose: true } as const;

/**
 * Negative when `a` comes before `b`, positive when after, 0 when they have the same precedence (build metadata
 * after `+` is ignored, so 1.0.0+a and 1.0.0+b compare equal).
 */
export function compareVersions(a: string, b: string): number {
  const first = parse(a, loose);
  const second = parse(b, loose);
  if (first && second) return compare(first, second, loose);
  if (first || second) return first ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The highest of some versions, or null when there are none. */
export function highestVersion(versions: readonly string[]): string | null {
  return versions.reduce<string | null>(
    (best, version) => (best === null || compareVersions(version, best) > 0 ? version : best),
    null,
  );
}
