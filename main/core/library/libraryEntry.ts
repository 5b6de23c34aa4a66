/**
 * One package folder as the library holds it. A package is measured against the size limits before any of it is
 * read, a bundled one is matched against the build's record, a signed one against its signature, and only then is
 * it loaded; whatever goes wrong is kept as its problems, and never stops the other packages from loading.
 */
import path from 'node:path';
import type { CourseSource } from '../../contract/channels';
import { loadCoursePackage } from '../course/courseLoader';
import type { CoursePackage, CourseProblem } from '../course/courseTypes';
import type { BundledCourseDigest } from './bundledCourseDigests';
import { bundledPackageChange } from './bundledCourseDigests';
import type { ImportRecord } from './importRecords';
import { readImportRecord } from './importRecords';
import { DEFAULT_IMPORT_LIMITS } from './importLimits';
import { listPackageFolder } from './packageFolderFiles';
import { checkPackageSignature } from './packageSignature';
import { readCourseIdentity } from './presentCourses';

/** A folder of course packages, and where its courses come from. */
export interface CourseRoot {
  dir: string;
  source: CourseSource;
  /**
   * For the bundled root: what the build recorded of each package (bundledCourseDigests.ts); every package must
   * match it. The shells always pass it; only tests that make their own bundled folder leave it out.
   */
  digests?: readonly BundledCourseDigest[];
}

export interface LibraryEntry {
  folder: string;
  source: CourseSource;
  /** The package, when it loaded without errors. */
  loaded: CoursePackage | null;
  problems: CourseProblem[];
  /** The id and version course.yml states, also for a package that cannot be played; null when unreadable. */
  identity: { courseId: string; version: string } | null;
  /** The provider key of a valid signature; null when unsigned (or when the signature is invalid). */
  provider: string | null;
  /** Who imported it and when, for an imported package with a record. */
  imported: ImportRecord | null;
}

/** Loads one package folder of a root; never throws. */
export function loadLibraryEntry(folder: string, root: CourseRoot): LibraryEntry {
  const known = readCourseIdentity(folder);
  const entry: LibraryEntry = {
    folder,
    source: root.source,
    loaded: null,
    problems: [],
    identity: known ? { courseId: known.id, version: known.version } : null,
    provider: null,
    imported: root.source === 'imported' ? readImportRecord(folder) : null,
  };
  try {
    const refusal = checkBeforeLoading(folder, root, entry);
    if (refusal) {
      entry.problems = [refusal];
      return entry;
    }
    const { course, problems } = loadCoursePackage(folder);
    entry.loaded = course;
    entry.problems = problems;
  } catch (err) {
    // A file system failure (permissions, a disk gone) on this package only.
    const code =
      (err as NodeJS.ErrnoException | null)?.code ?? (err instanceof Error ? err.message : 'error');
    entry.problems = [fileProblem('course.yml', `The package could not be read (${code}).`)];
  }
  return entry;
}

/** The size limits, the build's record and the signature; the first that fails, as a problem. */
function checkBeforeLoading(folder: string, root: CourseRoot, entry: LibraryEntry): CourseProblem | null {
  const listing = listPackageFolder(folder, DEFAULT_IMPORT_LIMITS);
  if (!listing.ok) return fileProblem(listing.file || path.basename(folder), listing.message);
  if (root.digests) {
    const change = bundledPackageChange(folder, listing.files, listing.others, root.digests);
    if (change) return fileProblem(change.file, change.message);
  }
  const signature = checkPackageSignature(listing.files);
  if (signature.state === 'invalid') return fileProblem(signature.file, signature.message);
  if (signature.state === 'signed') {
    const [other] = listing.others;
    if (other !== undefined) {
      return fileProblem(
        other,
        `"${other}" is a link or special file; a signed package holds only files and folders.`,
      );
    }
    entry.provider = signature.provider;
  }
  return null;
}

function fileProblem(file: string, message: string): CourseProblem {
  return { severity: 'error', file, line: 1, column: 1, message };
}
