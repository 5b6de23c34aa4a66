import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openLearnerDatabase } from '../../../main/core/db/openLearnerDatabase';
import type { OpenedDatabase, OpenLearnerDatabaseOptions } from '../../../main/core/db/openLearnerDatabase';

const made: string[] = [];
const opened: OpenedDatabase[] = [];

afterEach(() => {
  for (const handle of opened.splice(0)) if (handle.db.open) handle.db.close();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary data directory, removed after the test. */
export function makeTempDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ce-player-db-'));
  made.push(dir);
  return dir;
}

/**
 * Opens the real learner database in `dataDir` (a new temp dir by default), closed after the test.
 * The mount table is empty so the result does not depend on how this machine mounts its temp folder.
 */
export async function openTestDatabase(
  dataDir: string = makeTempDataDir(),
  options: OpenLearnerDatabaseOptions = {},
): Promise<OpenedDatabase & { dataDir: string }> {
  const handle = await openLearnerDatabase(dataDir, { mountTable: '', ...options });
  opened.push(handle);
  return { ...handle, dataDir };
}

/** SHA-256 of a file's bytes. */
export function hashFile(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
