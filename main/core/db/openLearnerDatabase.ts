import { existsSync, mkdirSync } from 'node:fs';
import { CoreError } from '../coreError';
import { writeAuditEntry } from './auditLog';
import { createBackup, isBackupDue, listBackups } from './databaseBackups';
import { dataDirLayout, fileSize } from './databaseFiles';
import type { DataDirLayout } from './databaseFiles';
import { recoverLearnerDatabase } from './databaseRecovery';
import type { RecoveryCause, RecoveryOutcome } from './databaseRecovery';
import type { LearnerDb } from './learnerDatabase';
import { migrateLearnerDatabase, newerSchemaMessage, readSchemaVersion } from './migrateLearnerDatabase';
import { latestSchemaVersion } from './migrations/allMigrations';
import { missingWalNotice, walWentMissing } from './missingWalCheck';
import { detectNetworkShare, nearestRealPath, readSystemMountTable } from './networkShare';
import { inspectExistingDatabase, openLearnerConnection, unopenableError } from './openConnection';
import { classifySqliteFailure } from './sqliteErrors';
import { describeStorageFailure, unwritableReason } from './storageFailure';
import { openSqlite, type SqliteOpener } from './sqliteDatabase';
import { quickCheckPasses } from './verifyDatabaseFile';

/** Choices for opening; the defaults are right for the app, the overrides exist for tests and tools. */
export interface OpenLearnerDatabaseOptions {
  /** The current time in Unix ms (default Date.now()); dates backups and set-aside files. */
  readonly now?: number;
  /** The platform whose network-share rules apply (default process.platform). */
  readonly platform?: NodeJS.Platform;
  /** The mount table to check instead of the system's (/proc/mounts text on Linux, `mount` output on macOS). */
  readonly mountTable?: string;
  /** Make the once-a-day start-up backup (default true). */
  readonly startupBackup?: boolean;
  /** Opens every database file (live, backups, restore candidates); default the package's own build. */
  readonly sqlite?: SqliteOpener;
}

/** An open learner database and what the learner should be told about opening it. */
export interface OpenedDatabase {
  readonly db: LearnerDb;
  /** Plain-language messages for the learner, e.g. what recovery did. Empty on a normal start. */
  readonly notices: string[];
  readonly databasePath: string;
  readonly schemaVersion: number;
}

function refuseNetworkShare(dataDir: string, options: OpenLearnerDatabaseOptions): void {
  const platform = options.platform ?? process.platform;
  const target = platform === 'win32' ? dataDir : nearestRealPath(dataDir);
  const found = detectNetworkShare(target, platform, options.mountTable ?? readSystemMountTable(platform));
  if (found) {
    throw new CoreError(
      'storage',
      `Your learning records folder (${dataDir}) is on ${found}. CE Player keeps records only on this ` +
        "computer's own disk, because network drives can corrupt them. Choose a folder on a local disk " +
        '(for example with --data-dir or CE_PLAYER_DATA_DIR).',
    );
  }
}

function ensureDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw unopenableError(dataDir, error);
  }
}

function recover(
  layout: DataDirLayout,
  cause: RecoveryCause,
  now: number,
  open: SqliteOpener,
): { db: LearnerDb; recovery: RecoveryOutcome } {
  const recovery = recoverLearnerDatabase(layout, cause, now, open);
  return { db: recovery.db, recovery };
}

// Opens the live file, or recovers when it is damaged (never when it is merely locked or unreadable).
function openOrRecover(
  layout: DataDirLayout,
  now: number,
  open: SqliteOpener,
): { db: LearnerDb; recovery?: RecoveryOutcome } {
  const existing = inspectExistingDatabase(layout.databasePath, layout.dataDir, open);
  if (existing.state === 'readable' && existing.schemaVersion > latestSchemaVersion) {
    throw new CoreError('storage', newerSchemaMessage(existing.schemaVersion));
  }
  if (existing.state === 'damaged') return recover(layout, 'damaged', now, open);
  if (existing.state === 'absent') {
    const strayWal = (fileSize(`${layout.databasePath}-wal`) ?? 0) > 0;
    if (strayWal || listBackups(layout.dataDir).length > 0) return recover(layout, 'missing', now, open);
  }
  let db: LearnerDb;
  try {
    db = openLearnerConnection(layout.databasePath, open);
  } catch (error) {
    if (classifySqliteFailure(error) === 'damaged') return recover(layout, 'damaged', now, open);
    throw unopenableError(layout.dataDir, error);
  }
  try {
    if (quickCheckPasses(db)) return { db };
  } catch (error) {
    if (classifySqliteFailure(error) !== 'damaged') {
      db.close();
      throw unopenableError(layout.dataDir, error);
    }
  }
  db.close();
  return recover(layout, 'damaged', now, open);
}

/**
 * Opens `<dataDir>/ce-player.sqlite`: refuses network shares and databases from a newer CE Player (left
 * untouched), runs quick_check, recovers a damaged file from the newest good backup, applies migrations,
 * and makes the once-a-day start-up backup. Async only because better-sqlite3's online backup is.
 */
export async function openLearnerDatabase(
  dataDir: string,
  options: OpenLearnerDatabaseOptions = {},
): Promise<OpenedDatabase> {
  const now = options.now ?? Date.now();
  const layout = dataDirLayout(dataDir);
  refuseNetworkShare(layout.dataDir, options);
  ensureDataDir(layout.dataDir);
  const notices: string[] = [];
  const walMissing = existsSync(layout.databasePath) && walWentMissing(layout.databasePath);

  const open = options.sqlite ?? openSqlite;
  const { db, recovery } = openOrRecover(layout, now, open);
  // SQLite opens a write-protected database read-only without a word; the learner must hear it at once.
  const unwritable = unwritableReason([layout.databasePath, layout.dataDir]);
  if (unwritable !== null) notices.push(unwritable);
  try {
    migrateLearnerDatabase(db);
  } catch (error) {
    db.close();
    const storage = describeStorageFailure(error);
    throw storage === null ? error : new CoreError('storage', storage);
  }
  if (recovery) {
    notices.push(recovery.notice);
    writeAuditEntry(db, {
      learnerId: null,
      actor: 'system',
      action: 'database.recovered',
      at: now,
      after: { keptAt: recovery.keptAt ?? null, restoredFrom: recovery.restoredFrom ?? null },
    });
  } else if (walMissing) {
    notices.push(missingWalNotice);
  }

  if (options.startupBackup !== false && isBackupDue(listBackups(layout.dataDir), now)) {
    const backup = await createBackup(db, layout.dataDir, 'startup', now, open);
    if (!backup.ok) notices.push(backup.notice);
  }
  return { db, notices, databasePath: layout.databasePath, schemaVersion: readSchemaVersion(db) };
}
