/** Semantic version precedence (semver.org, section 11), for versions the course validator accepted. */

interface ParsedVersion {
  core: [number, number, number];
  prerelease: string[];
}

function parse(version: string): ParsedVersion {
  const withoutBuild = version.split('+')[0] ?? '';
  const dash = withoutBuild.indexOf('-');
  const core = dash < 0 ? withoutBuild : withoutBuild.slice(0, dash);
  const prerelease = dash < 0 ? [] : withoutBuild.slice(dash + 1).split('.');
  const [major = 0, minor = 0, patch = 0] = core.split('.').map(Number);
  return { core: [major, minor, patch], prerelease };
}

function compareIdentifiers(a: string, b: string): number {
  const aNumeric = /^\d+$/.test(a);
  const bNumeric = /^\d+$/.test(b);
  if (aNumeric && bNumeric) return Math.sign(Number(a) - Number(b));
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Negative when `a` comes before `b`, positive when after, 0 when they have the same precedence (build metadata
 * after `+` is ignored, so 1.0.0+a and 1.0.0+b compare equal).
 */
export function compareVersions(a: string, b: string): number {
  const pa = parse(a);
  const pb = parse(b);
  for (let i = 0; i < 3; i++) {
    const diff = Math.sign((pa.core[i] ?? 0) - (pb.core[i] ?? 0));
    if (diff !== 0) return diff;
  }
  if (pa.prerelease.length === 0 || pb.prerelease.length === 0) {
    // A release comes after its pre-releases: 1.0.0-beta < 1.0.0.
    return Math.sign(pb.prerelease.length - pa.prerelease.length);
  }
  const length = Math.min(pa.prerelease.length, pb.prerelease.length);
  for (let i = 0; i < length; i++) {
    const diff = compareIdentifiers(pa.prerelease[i] ?? '', pb.prerelease[i] ?? '');
    if (diff !== 0) return diff;
  }
  return Math.sign(pa.prerelease.length - pb.prerelease.length);
}

/** The highest of some versions, or null when there are none. */
export function highestVersion(versions: readonly string[]): string | null {
  return versions.reduce<string | null>(
    (best, version) => (best === null || compareVersions(version, best) > 0 ? version : best),
    null,
  );
}
