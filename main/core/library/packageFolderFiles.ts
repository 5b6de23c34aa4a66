/**
 * The files of a package folder on disk, held to the same limits as an import: the library measures every package
 * this way before reading any of it, and digests and signatures list its files the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describeBytes } from '../course/contentLimits';
import { isOperatingSystemClutter } from './entryPath';
import type { ImportLimits } from './importLimits';

/** A regular file of a package: its `/`-separated path inside the package, and its size. */
export interface PackageFolderFile {
  path: string;
  absPath: string;
  size: number;
}

export type PackageFolderListing =
  | {
      ok: true;
      /** Sorted by path (UTF-16 code units), operating-system clutter left out. */
      files: PackageFolderFile[];
      /** Paths of symbolic links and other entries that are neither files nor folders; never followed. */
      others: string[];
      totalBytes: number;
    }
  | { ok: false; file: string; message: string };

type SizeLimits = Pick<ImportLimits, 'maxEntries' | 'maxEntryBytes' | 'maxTotalBytes'>;

/**
 * Lists a package folder without following links, and stops as soon as it passes a limit (so a folder of a million
 * files costs as much as one of `maxEntries`). `file` in a refusal is the entry at fault, or '' for the whole folder.
 */
export function listPackageFolder(rootDir: string, limits: SizeLimits): PackageFolderListing {
  const files: PackageFolderFile[] = [];
  const others: string[] = [];
  let entries = 0;
  let totalBytes = 0;
  const pending = [''];
  while (pending.length > 0) {
    const rel = pending.pop() ?? '';
    let dirents: fs.Dirent[];
    try {
      dirents = fs.readdirSync(path.join(rootDir, rel), { withFileTypes: true });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      return { ok: false, file: rel, message: `The folder "${rel || rootDir}" cannot be read (${code}).` };
    }
    for (const dirent of dirents) {
      const child = rel === '' ? dirent.name : `${rel}/${dirent.name}`;
      if (isOperatingSystemClutter(child)) continue;
      if (++entries > limits.maxEntries) {
        return {
          ok: false,
          file: '',
          message: `The package holds more than ${limits.maxEntries} files and folders; a course package may hold at most ${limits.maxEntries}.`,
        };
      }
      if (dirent.isDirectory()) {
        pending.push(child);
        continue;
      }
      if (!dirent.isFile()) {
        others.push(child);
        continue;
      }
      const absPath = path.join(rootDir, ...child.split('/'));
      const size = fs.statSync(absPath, { throwIfNoEntry: false })?.size ?? 0;
      if (size > limits.maxEntryBytes) {
        return {
          ok: false,
          file: child,
          message: `"${child}" is larger than ${describeBytes(limits.maxEntryBytes)}; one file of a course package may not be.`,
        };
      }
      totalBytes += size;
      if (totalBytes > limits.maxTotalBytes) {
        return {
          ok: false,
          file: '',
          message: `The package's files come to more than the ${describeBytes(limits.maxTotalBytes)} a course package may hold.`,
        };
      }
      files.push({ path: child, absPath, size });
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ok: true, files, others: others.sort(), totalBytes };
}
