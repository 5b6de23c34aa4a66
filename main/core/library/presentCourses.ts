/**
 * Which course versions are already in the library, read from each package's course.yml alone (the whole
 * validator would render every module of every course for two fields).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readPackageText } from '../course/packageFiles';
import { MANIFEST_FILE } from '../course/packageLayout';
import { ProblemSink } from '../course/problemSink';
import { YamlMapping } from '../course/yamlValues';
import { parseYaml } from '../course/yamlSource';

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
      .map((name) => readCourseIdentity(path.join(root, name)))
      .filter((found): found is PresentCourse => found !== null);
  });
}

/**
 * The id and version course.yml states, read with the loader's limits (size, depth, no aliases); null when the
 * folder is not a readable package, which the library lists as broken and which claims no version.
 */
export function readCourseIdentity(folder: string): PresentCourse | null {
  if (!(fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory() ?? false)) return null;
  let rootDir: string;
  try {
    rootDir = fs.realpathSync(folder);
  } catch {
    return null;
  }
  const text = readPackageText(rootDir, MANIFEST_FILE);
  if (text.kind !== 'text') return null;
  const root = parseYaml(
    { file: MANIFEST_FILE, text: text.text, firstLine: 1 },
    new ProblemSink(false),
  )?.root;
  if (!(root instanceof YamlMapping)) return null;
  const field = (name: string) => root.values[root.keys.indexOf(name)];
  const id = field('id');
  const version = field('version');
  return typeof id === 'string' && typeof version === 'string' ? { id, version, folder } : null;
}
