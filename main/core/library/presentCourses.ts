/**
 * Which course versions are already in the library, read from each package's course.yml alone (the whole
 * validator would render every module of every course for two fields).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { MAX_TEXT_FILE_BYTES } from '../course/contentLimits';

/** One course version found in a course root. */
export interface PresentCourse {
  id: string;
  version: string;
  folder: string;
}

/** The id and version of every package folder in `roots` (names starting with '.' are skipped, as the library does). */
export function findPresentCourses(roots: readonly string[]): PresentCourse[] {
  return roots.flatMap((root) => {
    let names: string[];
    try {
      names = fs.readdirSync(root);
    } catch {
      return [];
    }
    return names
      .filter((name) => !name.startsWith('.'))
      .map((name) => readIdentity(path.join(root, name)))
      .filter((found): found is PresentCourse => found !== null);
  });
}

function readIdentity(folder: string): PresentCourse | null {
  try {
    const manifest = path.join(folder, 'course.yml');
    if (!fs.statSync(folder).isDirectory() || fs.statSync(manifest).size > MAX_TEXT_FILE_BYTES) return null;
    const data: unknown = parse(fs.readFileSync(manifest, 'utf8'), { maxAliasCount: 0 });
    if (typeof data !== 'object' || data === null) return null;
    const { id, version } = data as Record<string, unknown>;
    return typeof id === 'string' && typeof version === 'string' ? { id, version, folder } : null;
  } catch {
    return null; // Not a readable package: the library lists it as broken; it claims no version.
  }
}
