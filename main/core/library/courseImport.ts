/**
 * Importing a course package into the data directory, from a zip file or a folder chosen in the browser.
 * The package is unpacked into a fresh staging folder, checked (its provider signature, the course validator, the
 * ids it may take, the quota), and only then renamed into `<dataDir>/courses/<courseId>-<version>/`, with a record
 * of who imported it. Whatever happens, the staging folder does not outlive the call.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CoreError } from '../coreError';
import { loadCoursePackage } from '../course/courseLoader';
import type { CoursePackage, CourseProblem } from '../course/courseTypes';
import type { FolderFile } from './folderFiles';
import { chosenFolderName, listFolderFiles } from './folderFiles';
import { sameFolderContent } from './folderContent';
import { importProblem } from './importProblem';
import { writeImportRecord } from './importRecords';
import type { ImportLimits } from './importLimits';
import { DEFAULT_IMPORT_LIMITS } from './importLimits';
import { bytesOverQuota, countOverQuota, measureImportedCourses } from './importQuota';
import { planPackageEntries } from './packageEntries';
import { listPackageFolder } from './packageFolderFiles';
import { checkPackageSignature } from './packageSignature';
import { syncFolder, writePackageFiles } from './packageWriter';
import { findPresentCourses } from './presentCourses';
import type { PackageIdentity } from './shadowRule';
import { shadowRefusal } from './shadowRule';
import { createStagingFolder, removeFolder, removeStaleStagingFolders, renameFolder } from './stagingFolder';
import { compareVersions, highestVersion } from './versionOrder';
import { listZipEntries } from './zipArchive';

/** What the learner chose: a zip file, or the files of a folder (paths start with the chosen folder's name). */
export type CourseImportSource =
  { kind: 'zip'; fileName: string; bytes: Buffer } | { kind: 'files'; files: FolderFile[] };

export interface CourseImportOptions {
  /** Folders of bundled and preloaded courses, so their versions count as present. */
  bundledDirs?: readonly string[];
  /** The bundled and preloaded packages: an import takes one of their ids only with the same provider key. */
  protectedPackages?: readonly PackageIdentity[];
  /** The profile importing (recorded with the package). */
  importedBy?: string | null;
  /** The time of the import, Unix ms. */
  now?: number;
  /** Tighter limits (tests); the defaults are the product's limits. */
  limits?: Partial<ImportLimits>;
}

export type CourseImportResult =
  | {
      ok: true;
      /** The same id, version and bytes were in the library already; nothing was written. */
      alreadyPresent: boolean;
      courseId: string;
      version: string;
      title: string;
      /** The package folder now holding this version. */
      folder: string;
      /** The highest version of this course present before, when the import is newer than all of them. */
      replacesVersion: string | null;
      /** The provider key whose valid signature the package carries, or null when it is unsigned. */
      signedBy: string | null;
      /** The validator's warnings, and a warning when a newer version is already present. */
      warnings: CourseProblem[];
    }
  | {
      ok: false;
      /**
       * `archive`: unsafe or damaged zip/files; `signature`: its provider signature does not hold; `package`: the
       * validator refused it; `conflict`: same version, other content; `shadow`: it would stand in for a bundled or
       * preloaded course; `quota`: the imported courses are full.
       */
      reason: 'archive' | 'signature' | 'package' | 'conflict' | 'shadow' | 'quota';
      problems: CourseProblem[];
    };

type Refusal = Extract<CourseImportResult, { ok: false }>;

/**
 * Imports a course package into `<dataDir>/courses/`. Refusals (unsafe, invalid or unsigned-where-it-must-be
 * packages, a conflicting version, a full quota) are returned with problems in the validator's shape; only
 * unexpected I/O failures throw, as a CoreError('storage'), and the staging folder is removed then too.
 * Synchronous (zlib's sync API, at most 200 MiB unpacked): the app runs it in a worker thread
 * (courseImportRunner.ts). Two processes may import into one data directory at once: each stages on its own, and
 * the rename that places a package is atomic.
 */
export function importCoursePackage(
  dataDir: string,
  source: CourseImportSource,
  options: CourseImportOptions = {},
): CourseImportResult {
  const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, ...options.limits };
  const coursesDir = path.join(dataDir, 'courses');
  let staging: string | null = null;
  try {
    fs.mkdirSync(coursesDir, { recursive: true });
    removeStaleStagingFolders(coursesDir);
    const sourceName = source.kind === 'zip' ? source.fileName : chosenFolderName(source.files);
    const listing =
      source.kind === 'zip'
        ? listZipEntries(source.bytes, source.fileName, limits)
        : listFolderFiles(source.files, limits);
    const packedBytes = source.kind === 'zip' ? source.bytes.length : null;
    const plan = listing.ok ? planPackageEntries(listing.entries, sourceName, limits, packedBytes) : listing;
    if (!plan.ok) return { ok: false, reason: 'archive', problems: plan.problems };
    const usage = measureImportedCourses(coursesDir, limits);
    const incoming = plan.entries.reduce((sum, entry) => sum + (entry.folder ? 0 : entry.size), 0);
    const full = bytesOverQuota(usage, incoming, limits, coursesDir);
    if (full) return { ok: false, reason: 'quota', problems: [importProblem(sourceName, full)] };
    staging = createStagingFolder(coursesDir);
    const problem = writePackageFiles(staging, plan.entries, limits);
    if (problem) return { ok: false, reason: 'archive', problems: [problem] };
    const staged = listPackageFolder(staging, limits);
    const signature = staged.ok ? checkPackageSignature(staged.files) : { state: 'unsigned' as const };
    if (signature.state === 'invalid') {
      return { ok: false, reason: 'signature', problems: [importProblem(signature.file, signature.message)] };
    }
    const { course, problems } = loadCoursePackage(staging);
    if (!course) return { ok: false, reason: 'package', problems };
    const checked: CheckedPackage = {
      staging,
      course,
      signedBy: signature.state === 'signed' ? signature.provider : null,
      warnings: problems.filter((p) => p.severity === 'warning'),
    };
    return placePackage(checked, coursesDir, options, () =>
      countOverQuota(usage, course.id, limits, coursesDir),
    );
  } catch (err) {
    throw asStorageError(err, coursesDir);
  } finally {
    if (staging !== null) removeQuietly(staging);
  }
}

/** A staged package that passed its signature and the validator. */
interface CheckedPackage {
  staging: string;
  course: CoursePackage;
  signedBy: string | null;
  warnings: CourseProblem[];
}

function placePackage(
  { staging, course, signedBy, warnings }: CheckedPackage,
  coursesDir: string,
  options: CourseImportOptions,
  quotaProblem: () => string | null,
): CourseImportResult {
  const present = findPresentCourses([coursesDir, ...(options.bundledDirs ?? [])]).filter(
    (p) => p.id === course.id,
  );
  const target = path.join(coursesDir, `${course.id}-${course.version}`);
  const sameVersion = present.filter((p) => p.version === course.version);
  const placed = { courseId: course.id, version: course.version, title: course.title, signedBy, warnings };
  const identical = sameVersion.find((p) => sameFolderContent(staging, p.folder));
  if (identical)
    return { ok: true, alreadyPresent: true, ...placed, folder: identical.folder, replacesVersion: null };
  if (sameVersion.length > 0) return conflict(staging, course);
  const taken = shadowRefusal(
    { courseId: course.id, version: course.version, provider: signedBy },
    options.protectedPackages ?? [],
  );
  if (taken) return { ok: false, reason: 'shadow', problems: [courseYmlProblem(staging, 'error', taken)] };
  const full = quotaProblem();
  if (full) return { ok: false, reason: 'quota', problems: [courseYmlProblem(staging, 'error', full)] };
  if (fs.existsSync(target)) return folderTaken(staging, target);
  const others = [...new Set(present.map((p) => p.version))];
  const newer = highestVersion(others.filter((v) => compareVersions(v, course.version) > 0));
  const older = highestVersion(others.filter((v) => compareVersions(v, course.version) < 0));
  if (newer !== null) {
    const message =
      `Version ${course.version} of "${course.id}" is older than version ${newer}, which is already in the ` +
      'library. Both stay available; each learner record names the version it belongs to.';
    warnings.push(courseYmlProblem(staging, 'warning', message));
  }
  try {
    renameFolder(staging, target);
  } catch (err) {
    // Another import placed the same version in the meantime.
    if (!isCode(err, ['EEXIST', 'ENOTEMPTY', 'EPERM']) || !fs.existsSync(target)) throw err;
    if (!sameFolderContent(staging, target)) return conflict(staging, course);
    return { ok: true, alreadyPresent: true, ...placed, folder: target, replacesVersion: null };
  }
  syncFolder(coursesDir);
  recordImport(coursesDir, path.basename(target), options);
  const replacesVersion = newer === null ? older : null;
  return { ok: true, alreadyPresent: false, ...placed, folder: target, replacesVersion };
}

/**
 * Records who imported a placed package. The record only informs the library screen: a failure to write it leaves
 * the package placed and shown as imported by an unknown profile.
 */
function recordImport(coursesDir: string, folderName: string, options: CourseImportOptions): void {
  try {
    writeImportRecord(coursesDir, folderName, {
      importedBy: options.importedBy ?? null,
      importedAt: options.now ?? Date.now(),
    });
  } catch {
    // See above.
  }
}

function conflict(staging: string, course: CoursePackage): Refusal {
  const message =
    `Version ${course.version} of the course "${course.id}" is already in the library with different content. ` +
    'If the course changed, give it a new version number in course.yml and import it again.';
  return { ok: false, reason: 'conflict', problems: [courseYmlProblem(staging, 'error', message)] };
}

/** The target folder name is taken by something that is not this course version (a copy made by hand). */
function folderTaken(staging: string, target: string): Refusal {
  const message =
    `The imported courses folder already holds a folder named "${path.basename(target)}" that is not a readable ` +
    `copy of this course version. Move or remove ${target}, then import again.`;
  return { ok: false, reason: 'conflict', problems: [courseYmlProblem(staging, 'error', message)] };
}

/** A problem placed on the `version:` line of the staged course.yml, where the author would change it. */
function courseYmlProblem(
  staging: string,
  severity: CourseProblem['severity'],
  message: string,
): CourseProblem {
  let line = 1;
  try {
    const lines = fs.readFileSync(path.join(staging, 'course.yml'), 'utf8').split(/\r\n?|\n/);
    line = lines.findIndex((text) => /^version\s*:/.test(text)) + 1 || 1;
  } catch {
    // Unreadable after all: the start of the file will do.
  }
  return { severity, file: 'course.yml', line, column: 1, message };
}

function isCode(err: unknown, codes: string[]): boolean {
  return codes.includes((err as NodeJS.ErrnoException | null)?.code ?? '');
}

/**
 * A file system failure in plain words, as CoreError('storage'). Anything else (a CoreError, or a bug) is passed
 * on unchanged, so a bug still reaches the log as `internal` with its stack.
 */
function asStorageError(err: unknown, coursesDir: string): unknown {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (
    err instanceof CoreError ||
    !(err instanceof Error) ||
    typeof code !== 'string' ||
    !/^E[A-Z]+$/.test(code)
  ) {
    return err;
  }
  if (isCode(err, ['ENOSPC', 'EDQUOT'])) {
    return new CoreError(
      'storage',
      'There is not enough free disk space to import this course. Free some space and try again.',
    );
  }
  if (isCode(err, ['EFBIG'])) {
    return new CoreError(
      'storage',
      'A file of this course is too large for the disk that holds the data folder, so the course was not imported.',
    );
  }
  if (isCode(err, ['EACCES', 'EPERM', 'EROFS'])) {
    return new CoreError(
      'storage',
      `CE Player may not write to its courses folder (${coursesDir}), so the course was not imported.`,
    );
  }
  return new CoreError(
    'storage',
    `The course could not be saved in the courses folder (${coursesDir}): ${code}.`,
  );
}

function removeQuietly(dir: string): void {
  try {
    removeFolder(dir);
  } catch {
    // Left for the next import's clean-up of stale staging folders; the library never lists it.
  }
}
