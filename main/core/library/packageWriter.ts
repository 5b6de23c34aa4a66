/**
 * Writes checked package entries into a staging folder. Paths were checked already; each target is checked once
 * more against the folder, files are created exclusively (never through an existing file or link) and flushed to
 * disk, so a package renamed into place is complete even after a power cut.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CourseProblem } from '../course/courseTypes';
import type { ImportLimits } from './importLimits';
import { importProblem, quoted } from './importProblem';
import type { PackageEntry } from './packageEntries';

/**
 * Writes every entry under `stagingDir`. Returns a problem when an entry's bytes break the rules (a forged size,
 * a bad checksum, the total limit); throws the file system's error for I/O failures.
 */
export function writePackageFiles(
  stagingDir: string,
  entries: readonly PackageEntry[],
  limits: ImportLimits,
): CourseProblem | null {
  let remainingBytes = limits.maxTotalBytes;
  for (const entry of entries) {
    const target = targetPath(stagingDir, entry.path);
    if (target === null)
      return importProblem(entry.name, `${quoted(entry.name)} lies outside the package folder.`);
    if (entry.folder) {
      fs.mkdirSync(target, { recursive: true });
      continue;
    }
    const data = entry.unpack(remainingBytes);
    if (typeof data === 'string') return importProblem(entry.name, data);
    remainingBytes -= data.length;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    writeFileDurably(target, data);
  }
  syncFolder(stagingDir);
  return null;
}

/** The absolute target of a checked relative path, or null if it would still leave the folder. */
function targetPath(stagingDir: string, relPath: string): string | null {
  const target = path.resolve(stagingDir, ...relPath.split('/'));
  const rel = path.relative(stagingDir, target);
  const outside = rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
  return outside ? null : target;
}

function writeFileDurably(target: string, data: Buffer): void {
  const fd = fs.openSync(target, 'wx'); // O_EXCL: never writes through something already there
  try {
    let written = 0;
    while (written < data.length) written += fs.writeSync(fd, data, written, data.length - written);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes a folder's entries; Windows cannot open folders this way, and needs nothing more there. */
export function syncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not supported on this platform or file system.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
