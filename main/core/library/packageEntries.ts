/**
 * The entries of a package about to be imported, whatever they came from (a zip file or a chosen folder), and the
 * checks that need all of them at once: duplicates, letter case, file-versus-folder clashes, the total size, and
 * the one top-level folder that zipping a folder adds.
 */
import type { CourseProblem } from '../course/courseTypes';
import { caseFoldKey, isOperatingSystemClutter } from './entryPath';
import type { ImportLimits } from './importLimits';
import { describeBytes } from '../course/contentLimits';
import { importProblem, quoted } from './importProblem';

/** One entry, checked on its own: a safe normalised path and the size its source states. */
export interface PackageEntry {
  /** The name exactly as the source gave it, for messages. */
  name: string;
  /** Normalised path relative to the package root (see checkEntryPath). */
  path: string;
  folder: boolean;
  /** The size the source states; the bytes actually unpacked are checked against it. */
  size: number;
  /** The file's bytes, or a message when they cannot be unpacked within `remainingBytes` and the limits. */
  unpack(remainingBytes: number): Buffer | string;
}

export type EntryListing = { ok: true; entries: PackageEntry[] } | { ok: false; problems: CourseProblem[] };

/** At most this many problems are listed; one hostile archive can hold thousands. */
const MAX_LISTED_PROBLEMS = 50;

/** Cuts a long problem list short, with a last line saying how many were left out. */
export function limitProblems(problems: CourseProblem[], sourceName: string): CourseProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return [
    ...problems.slice(0, MAX_LISTED_PROBLEMS),
    importProblem(sourceName, `${more} more entries were refused for the same kinds of reason.`),
  ];
}

/**
 * Drops operating-system clutter, refuses clashing names, an oversized total and (for a zip, whose size is
 * `packedBytes`) a package that expands too many times, and strips a single top-level folder when the package is not
 * at the root. The returned paths are relative to the package root.
 */
export function planPackageEntries(
  listed: PackageEntry[],
  sourceName: string,
  limits: ImportLimits,
  packedBytes: number | null,
): EntryListing {
  const entries = listed.filter((entry) => entry.path !== '' && !isOperatingSystemClutter(entry.path));
  const problems = findClashes(entries);
  const files = entries.filter((entry) => !entry.folder);
  if (files.length === 0)
    problems.push(importProblem(sourceName, `${quoted(sourceName)} contains no files.`));
  const total = files.reduce((sum, entry) => sum + entry.size, 0);
  if (total > limits.maxTotalBytes) {
    problems.push(
      importProblem(
        sourceName,
        `The files of ${quoted(sourceName)} come to ${describeBytes(total)} once unpacked, more than the ` +
          `${describeBytes(limits.maxTotalBytes)} a course package may hold.`,
      ),
    );
  } else if (
    packedBytes !== null &&
    total > limits.ratioExemptBytes &&
    total > packedBytes * limits.maxPackageCompressionRatio
  ) {
    problems.push(
      importProblem(
        sourceName,
        `The files of ${quoted(sourceName)} come to ${describeBytes(total)} once unpacked, more than ` +
          `${limits.maxPackageCompressionRatio} times the ${describeBytes(packedBytes)} of the zip file, which is ` +
          'how a zip bomb fills a disk.',
      ),
    );
  }
  if (problems.length > 0) return { ok: false, problems: limitProblems(problems, sourceName) };
  return { ok: true, entries: stripTopFolder(entries) };
}

function findClashes(entries: PackageEntry[]): CourseProblem[] {
  const problems: CourseProblem[] = [];
  const entryByKey = new Map<string, PackageEntry>();
  const folderSpelling = new Map<string, string>();
  for (const entry of entries) {
    const key = caseFoldKey(entry.path);
    const earlier = entryByKey.get(key);
    if (earlier) {
      const how = earlier.path === entry.path ? '' : ' when letter case is ignored, as Windows and macOS do';
      problems.push(
        importProblem(
          entry.name,
          `${quoted(entry.name)} has the same name as ${quoted(earlier.name)}${how}.`,
        ),
      );
      continue;
    }
    entryByKey.set(key, entry);
    const segments = entry.path.split('/');
    const folderCount = entry.folder ? segments.length : segments.length - 1;
    for (let n = 1; n <= folderCount; n++) {
      const folder = segments.slice(0, n).join('/');
      const spelling = folderSpelling.get(caseFoldKey(folder));
      if (spelling === undefined) folderSpelling.set(caseFoldKey(folder), folder);
      else if (spelling !== folder) {
        problems.push(
          importProblem(
            entry.name,
            `${quoted(entry.name)} is in folder "${folder}", which differs only in letter case from "${spelling}".`,
          ),
        );
        break;
      }
    }
  }
  for (const entry of entries) {
    if (!entry.folder && folderSpelling.has(caseFoldKey(entry.path))) {
      problems.push(
        importProblem(entry.name, `${quoted(entry.name)} is a file, but other entries use it as a folder.`),
      );
    }
  }
  return problems;
}

/** A package zipped as its folder has every entry under one top-level folder and no file at the root. */
function stripTopFolder(entries: PackageEntry[]): PackageEntry[] {
  const tops = new Set(entries.map((entry) => entry.path.split('/')[0]));
  const rootFile = entries.some((entry) => !entry.folder && !entry.path.includes('/'));
  if (tops.size !== 1 || rootFile) return entries;
  return entries
    .map((entry) => ({ ...entry, path: entry.path.split('/').slice(1).join('/') }))
    .filter((entry) => entry.path !== '');
}
