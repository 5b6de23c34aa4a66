import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeAuditEntry } from './auditLog';
import { dataDirLayout, fsyncDirectory, sqliteSidecarSuffixes } from './databaseFiles';
import { fileTimestamp, parseFileTimestamp } from './fileTimestamp';
import type { LearnerDb } from './learnerDatabase';
import { verifyDatabaseFile } from './verifyDatabaseFile';
import { openSqlite, type SqliteOpener } from './sqliteDatabase';

/** How many verified backups to keep; older ones are removed after each new one. */
export const backupGenerations = 7;

/** Start-up backups are made at most this often. */
export const startupBackupIntervalMs = 24 * 60 * 60 * 1000;

/** A backup file found in the backups folder. */
export interface BackupFile {
  readonly path: string;
  readonly createdAt: number;
}

/** What one backup attempt did. `notice` is set when the learner should hear about it. */
export type BackupResult =
  | { readonly ok: true; readonly path: string; readonly createdAt: number }
  | { readonly ok: false; readonly notice: string };

/** Why a backup was made: 'startup', 'certificate', 'manual', or another short word. */
export type BackupReason = string;

const backupName = /^ce-player-.+\.sqlite$/;

/** Backups in `<dataDir>/backups`, newest first, dated by the timestamp in their names. */
export function listBackups(dataDir: string): BackupFile[] {
  const { backupsDir } = dataDirLayout(dataDir);
  if (!existsSync(backupsDir)) return [];
  const found: BackupFile[] = [];
  for (const name of readdirSync(backupsDir)) {
    if (!backupName.test(name)) continue;
    const createdAt = parseFileTimestamp(name);
    if (createdAt !== undefined) found.push({ path: path.join(backupsDir, name), createdAt });
  }
  return found.sort((a, b) => b.createdAt - a.createdAt || b.path.localeCompare(a.path));
}

/** True when no backup was made in the last interval. A backup dated in the future (clock moved back) is ignored. */
export function isBackupDue(
  backups: readonly BackupFile[],
  now: number,
  intervalMs = startupBackupIntervalMs,
): boolean {
  return !backups.some((backup) => backup.createdAt <= now && now - backup.createdAt < intervalMs);
}

/** Removes a database file with its -wal and -shm companions, where present. */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of sqliteSidecarSuffixes) rmSync(`${file}${suffix}`, { force: true });
}

/** Keeps the newest `keep` backups and removes the rest. */
export function pruneBackups(dataDir: string, keep = backupGenerations): void {
  for (const old of listBackups(dataDir).slice(keep)) removeDatabaseFiles(old.path);
}

/**
 * Verifies a freshly written copy and, only if integrity_check passes, renames it to its final name.
 * A bad copy is deleted (it is only a copy; the live records are untouched) and reported.
 */
export function finishBackup(
  partialPath: string,
  finalPath: string,
  open: SqliteOpener = openSqlite,
): BackupResult {
  const verification = verifyDatabaseFile(partialPath, open);
  if (!verification.ok) {
    removeDatabaseFiles(partialPath);
    return {
      ok: false,
      notice:
        'CE Player made a backup of your learning records, but the copy failed its check and was removed. ' +
        'Your records themselves are fine; the next backup will try again.',
    };
  }
  renameSync(partialPath, finalPath);
  removeDatabaseFiles(partialPath);
  fsyncDirectory(path.dirname(finalPath));
  return { ok: true, path: finalPath, createdAt: parseFileTimestamp(path.basename(finalPath)) ?? 0 };
}

/** A partial copy this old was left by an interrupted backup; a younger one may still be being written. */
export const stalePartialAgeMs = 10 * 60 * 1000;

// Compared with the file's real modification time, so it uses the real clock, not an injected one.
function removeStalePartials(backupsDir: string): void {
  for (const name of readdirSync(backupsDir)) {
    if (!name.includes('.partial')) continue;
    const file = path.join(backupsDir, name);
    try {
      if (Math.abs(Date.now() - statSync(file).mtimeMs) > stalePartialAgeMs) rmSync(file, { force: true });
    } catch {
      // Already gone: another backup finished or cleaned it.
    }
  }
}

function uniqueBackupPath(backupsDir: string, now: number): string {
  let candidate = path.join(backupsDir, `ce-player-${fileTimestamp(now)}.sqlite`);
  for (let n = 1; existsSync(candidate); n += 1) {
    candidate = path.join(backupsDir, `ce-player-${fileTimestamp(now)}-${n}.sqlite`);
  }
  return candidate;
}

// The copy keeps the source's WAL flag; switch it to a single self-contained file before verifying.
function makeSelfContained(file: string, open: SqliteOpener): void {
  const copy = open(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * Online backup of the open database into `<dataDir>/backups/ce-player-<timestamp>.sqlite`, verified with
 * integrity_check, then pruned to the newest seven. Writes an audit entry with the reason.
 */
export async function createBackup(
  db: LearnerDb,
  dataDir: string,
  reason: BackupReason,
  now: number = Date.now(),
  open: SqliteOpener = openSqlite,
): Promise<BackupResult> {
  const { backupsDir } = dataDirLayout(dataDir);
  mkdirSync(backupsDir, { recursive: true });
  removeStalePartials(backupsDir);
  const finalPath = uniqueBackupPath(backupsDir, now);
  const partialPath = `${finalPath}.partial`;
  try {
    await db.backup(partialPath);
    makeSelfContained(partialPath, open);
  } catch {
    removeDatabaseFiles(partialPath);
    return {
      ok: false,
      notice: 'CE Player could not make a backup of your learning records this time. Your records are fine.',
    };
  }
  const result = finishBackup(partialPath, finalPath, open);
  if (result.ok) {
    pruneBackups(dataDir);
    writeAuditEntry(db, {
      learnerId: null,
      actor: 'system',
      action: 'database.backup',
      at: now,
      after: { file: path.basename(finalPath), reason },
    });
  }
  return result;
}
