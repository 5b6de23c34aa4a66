/**
 * Which course an imported package may stand in for. The library plays the newest version of each course id, so a
 * package that reuses an id replaces that course for every learner. An imported package may use the id of a bundled
 * or IT-preloaded course only when it is signed with the same provider key as that course (whatever its version: an
 * older one would still be offered for records made on it). Imported courses among themselves are not ranked by key:
 * importing is an IT-policy action, and the library shows who imported each version.
 */
import type { CourseSource } from '../../contract/channels';

/** A package present in the library: its id, version, source and the provider key that signed it (null: unsigned). */
export interface PackageIdentity {
  courseId: string;
  version: string;
  source: CourseSource;
  provider: string | null;
}

/**
 * Why an imported package may not take its course id, or null when it may. `others` are the bundled and preloaded
 * packages (imported ones are passed too and ignored).
 */
export function shadowRefusal(
  candidate: Omit<PackageIdentity, 'source'>,
  others: readonly PackageIdentity[],
): string | null {
  const protectedOnes = others.filter(
    (other) => other.courseId === candidate.courseId && other.source !== 'imported',
  );
  if (protectedOnes.length === 0) return null;
  const keys = new Set(protectedOnes.map((other) => other.provider));
  const [key] = [...keys];
  if (keys.size === 1 && key && candidate.provider === key) return null;
  const origin = protectedOnes.some((other) => other.source === 'bundled')
    ? 'came with CE Player'
    : 'clinic IT installed on this computer';
  const belongs = `The course id "${candidate.courseId}" belongs to a course that ${origin}`;
  if (keys.size !== 1 || !key) {
    return (
      `${belongs}, which is not signed by one provider key, so no imported package may use that id. ` +
      'Ask clinic IT to install a new version of it.'
    );
  }
  const signedBy =
    candidate.provider === null ? 'this one is not signed' : `this one is signed by ${candidate.provider}`;
  return `${belongs}, signed by its provider (${key}). A package may replace it only when signed with the same provider key; ${signedBy}.`;
}
