import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync } from 'node:fs';
import path from 'node:path';
import { listBackups } from './databaseBackups';
import { fsyncDirectory, moveDatabaseAside, sqliteSidecarSuffixes } from './databaseFiles';
import type { DataDirLayout } from './databaseFiles';
import { describeAge } from './fileTimestamp';
import type { LearnerDb } from './learnerDatabase';
import { latestSchemaVersion } from './migrations/allMigrations';
import { openLearnerConnection } from './openConnection';
import { openSqlite, type SqliteOpener } from './sqliteDatabase';
import { quickCheckPasses, verifyDatabaseFile } from './verifyDatabaseFile';

/** Why the live database could not be used as it was. */
export type RecoveryCause = 'damaged' | 'missing';

/** The connection to use after recovery and what to tell the learner. */
export interface RecoveryOutcome {
  readonly db: LearnerDb;
  readonly notice: string;
  readonly keptAt?: string;
  readonly restoredFrom?: string;
}

function copyDurably(from: string, to: string): void {
  const staging = `${to}.restoring`;
  copyFileSync(from, staging);
  const fd = openSync(staging, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(staging, to);
  fsyncDirectory(path.dirname(to));
}

function describeInstant(at: number): string {
  return new Date(at).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
}

function problemSentence(cause: RecoveryCause): string {
  return cause === 'damaged'
    ? 'Your learning records file was damaged'
    : 'Your learning records file was missing';
}

function keptSentence(keptAt: string | undefined): string {
  return keptAt ? ` The damaged file was kept at ${keptAt} in case clinic IT can recover more from it.` : '';
}

function restoreNewestGoodBackup(
  layout: DataDirLayout,
  now: number,
  open: SqliteOpener,
): { db: LearnerDb; createdAt: number; from: string } | undefined {
  for (const backup of listBackups(layout.dataDir)) {
    const verification = verifyDatabaseFile(backup.path, open);
    if (verification.ok && (verification.schemaVersion ?? 0) > latestSchemaVersion) continue; // from a newer app
    if (!verification.ok) {
      moveDatabaseAside(backup.path, layout.corruptDir, 'backup', now);
      continue;
    }
    copyDurably(backup.path, layout.databasePath);
    const db = openLearnerConnection(layout.databasePath, open);
    if (quickCheckPasses(db)) return { db, createdAt: backup.createdAt, from: backup.path };
    db.close();
    moveDatabaseAside(layout.databasePath, layout.corruptDir, 'restore-failed', now);
  }
  return undefined;
}

/**
 * Moves the unusable database (and its -wal/-shm) into `corrupt/` — never deleting it — then restores the
 * newest backup that passes integrity_check, or starts fresh when there is none. The caller has closed
 * every connection to the old file.
 */
export function recoverLearnerDatabase(
  layout: DataDirLayout,
  cause: RecoveryCause,
  now: number,
  open: SqliteOpener = openSqlite,
): RecoveryOutcome {
  const hasFiles = sqliteSidecarSuffixes.some((suffix) => existsSync(`${layout.databasePath}${suffix}`));
  const keptAt = hasFiles
    ? moveDatabaseAside(layout.databasePath, layout.corruptDir, 'ce-player', now)
    : undefined;
  const restored = restoreNewestGoodBackup(layout, now, open);
  if (restored) {
    return {
      db: restored.db,
      keptAt,
      restoredFrom: restored.from,
      notice:
        `${problemSentence(cause)}, so CE Player restored its most recent good backup, made ` +
        `${describeAge(now - restored.createdAt)} ago (${describeInstant(restored.createdAt)}). ` +
        'Anything recorded after that backup is not in the restored records.' +
        keptSentence(keptAt),
    };
  }
  return {
    db: openLearnerConnection(layout.databasePath, open),
    keptAt,
    notice:
      `${problemSentence(cause)} and no usable backup was found, so CE Player started with empty records.` +
      keptSentence(keptAt),
  };
}
