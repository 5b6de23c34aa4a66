import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { fileTimestamp } from './fileTimestamp';
import { databaseFileName } from './learnerDatabase';

/** The three files SQLite may keep for one database in WAL mode. */
export const sqliteSidecarSuffixes = ['', '-wal', '-shm'] as const;

/** Where the learner database, its backups and set-aside damaged copies live inside a data directory. */
export interface DataDirLayout {
  readonly dataDir: string;
  readonly databasePath: string;
  readonly backupsDir: string;
  readonly corruptDir: string;
}

/** Lays out the fixed file names inside `dataDir`. */
export function dataDirLayout(dataDir: string): DataDirLayout {
  const dir = path.resolve(dataDir);
  return {
    dataDir: dir,
    databasePath: path.join(dir, databaseFileName),
    backupsDir: path.join(dir, 'backups'),
    corruptDir: path.join(dir, 'corrupt'),
  };
}

/** Size of a file in bytes, or undefined when it does not exist. */
export function fileSize(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}

/** Reads up to `length` bytes from the start of a file (fewer if it is shorter). */
export function readFileStart(file: string, length: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a directory entry (rename/create) to disk where the platform allows it. */
export function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open directories; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Moves a database file and its -wal/-shm companions into `targetDir` under `<stem>-<timestamp>.sqlite`,
 * never overwriting anything already there. Returns the new path of the main file.
 */
export function moveDatabaseAside(
  databasePath: string,
  targetDir: string,
  stem: string,
  now: number,
): string {
  mkdirSync(targetDir, { recursive: true });
  let base = path.join(targetDir, `${stem}-${fileTimestamp(now)}`);
  for (let n = 1; sqliteSidecarSuffixes.some((suffix) => existsSync(`${base}.sqlite${suffix}`)); n += 1) {
    base = path.join(targetDir, `${stem}-${fileTimestamp(now)}-${n}`);
  }
  for (const suffix of sqliteSidecarSuffixes) {
    const from = `${databasePath}${suffix}`;
    if (existsSync(from)) renameSync(from, `${base}.sqlite${suffix}`);
  }
  fsyncDirectory(targetDir);
  fsyncDirectory(path.dirname(databasePath));
  return `${base}.sqlite`;
}
