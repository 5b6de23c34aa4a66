/**
 * A package's files as a list of paths and SHA-256 digests: what a provider signs, what the build records of each
 * bundled course, and what both are checked against at every load.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { PackageFolderFile } from './packageFolderFiles';

/** One file of a package and the SHA-256 (lower-case hex) of its bytes. */
export interface FileDigest {
  path: string;
  sha256: string;
}

/** The digest of every file, in the listing's order (sorted by path). */
export function digestFiles(files: readonly PackageFolderFile[]): FileDigest[] {
  return files.map((file) => ({
    path: file.path,
    sha256: createHash('sha256').update(fs.readFileSync(file.absPath)).digest('hex'),
  }));
}

/** How a package on disk differs from the files recorded for it. */
export interface FileChange {
  path: string;
  change: 'changed' | 'added' | 'missing';
}

/**
 * The first difference between the recorded files and the files on disk, in path order, or null when they are the
 * same files with the same bytes.
 */
export function findChangedFile(
  recorded: readonly FileDigest[],
  present: readonly PackageFolderFile[],
): FileChange | null {
  const presentByPath = new Map(present.map((file) => [file.path, file]));
  const recordedPaths = new Set(recorded.map((file) => file.path));
  const changes: FileChange[] = [];
  for (const file of recorded) {
    const found = presentByPath.get(file.path);
    if (!found) changes.push({ path: file.path, change: 'missing' });
    else if (digestFiles([found])[0]?.sha256 !== file.sha256)
      changes.push({ path: file.path, change: 'changed' });
  }
  for (const file of present) {
    if (!recordedPaths.has(file.path)) changes.push({ path: file.path, change: 'added' });
  }
  changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return changes[0] ?? null;
}

/** A change in words, e.g. `modules/03.md was changed`, for a message that says after what. */
export function describeChange(change: FileChange): string {
  switch (change.change) {
    case 'changed':
      return `"${change.path}" was changed`;
    case 'added':
      return `"${change.path}" was added`;
    case 'missing':
      return `"${change.path}" is missing`;
  }
}
