/**
 * Staging folders: an import unpacks into `<dataDir>/courses/.staging-<random>/` and only a checked package is
 * renamed into place. The library skips names starting with '.', so a staging folder is never listed.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { STAGING_PREFIX, STALE_STAGING_MS } from './importLimits';

/** Creates a new, empty staging folder in `coursesDir` (which must exist) and returns its path. */
export function createStagingFolder(coursesDir: string): string {
  const dir = path.join(coursesDir, `${STAGING_PREFIX}${randomBytes(8).toString('hex')}`);
  fs.mkdirSync(dir); // not recursive: fails rather than reuse a folder that already exists
  return dir;
}

/** Removes a folder and everything in it; retries a little, as Windows virus scanners hold files briefly. */
export function removeFolder(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
}

/**
 * Removes staging folders older than an hour: they belong to an import that crashed or was killed. Younger ones
 * may belong to an import running right now in another window. Best effort: a folder that cannot be removed now
 * is tried again at the next import.
 */
export function removeStaleStagingFolders(coursesDir: string, now: number = Date.now()): void {
  let names: string[];
  try {
    names = fs.readdirSync(coursesDir);
  } catch {
    return;
  }
  for (const name of names.filter((n) => n.startsWith(STAGING_PREFIX))) {
    const dir = path.join(coursesDir, name);
    try {
      const stat = fs.lstatSync(dir);
      if (now - stat.mtimeMs > STALE_STAGING_MS) removeFolder(dir);
    } catch {
      // Gone already, or locked: the next import tries again.
    }
  }
}

const RENAME_ATTEMPTS = 10;
const RENAME_PAUSE_MS = 100;

/**
 * Renames a folder; on Windows a virus scanner may still hold a file just written, which makes the rename fail
 * with EPERM, EACCES or EBUSY for a moment, so those are retried briefly while the target does not exist.
 */
export function renameFolder(from: string, to: string): void {
  for (let attempt = 1; ; attempt++) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      const transient = ['EPERM', 'EACCES', 'EBUSY'].includes(code) && !fs.existsSync(to);
      if (!transient || attempt >= RENAME_ATTEMPTS) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RENAME_PAUSE_MS);
    }
  }
}
