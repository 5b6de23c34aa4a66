import { CoreError } from '../coreError';
import { fileSize } from './databaseFiles';
import type { LearnerDb } from './learnerDatabase';
import { openSqlite, type SqliteOpener } from './sqliteDatabase';
import { classifySqliteFailure, describeSqliteFailure } from './sqliteErrors';
import { unwritableReason } from './storageFailure';

/** How long a writer waits for another connection's lock before giving up. */
export const busyTimeoutMs = 5000;

/** Opens a read-write connection with the required settings: WAL, synchronous=FULL, foreign keys, busy timeout. */
export function openLearnerConnection(databasePath: string, open: SqliteOpener = openSqlite): LearnerDb {
  const db = open(databasePath, { timeout: busyTimeoutMs });
  try {
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    db.pragma('journal_mode = WAL');
    // FULL: a commit is on disk before it is acknowledged, so a power cut cannot lose acknowledged progress.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Deleted records (a deleted profile above all) are overwritten with zeros, not left readable in free space.
    db.pragma('secure_delete = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** What a read-only look at the existing database file found. */
export type ExistingDatabase =
  | { readonly state: 'absent' }
  | { readonly state: 'readable'; readonly schemaVersion: number }
  | { readonly state: 'damaged'; readonly problem: string };

/** The storage error for a database that cannot be opened for a reason other than damage. */
export function unopenableError(dataDir: string, error: unknown): CoreError {
  if (classifySqliteFailure(error) === 'busy') {
    return new CoreError(
      'storage',
      'Your learning records are in use by another copy of CE Player. Close the other copy and try again.',
    );
  }
  const unwritable = unwritableReason([dataDir]);
  return new CoreError(
    'storage',
    `CE Player could not open your learning records in ${dataDir} (${describeSqliteFailure(error)}). ` +
      (unwritable ?? 'Check that the folder exists and that you are allowed to write to it.'),
  );
}

/**
 * Reads the schema version through a read-only connection, so a database from a newer CE Player can be
 * refused without a single byte of it being written. Damage is reported, not thrown; other failures throw.
 */
export function inspectExistingDatabase(
  databasePath: string,
  dataDir: string,
  open: SqliteOpener = openSqlite,
): ExistingDatabase {
  const size = fileSize(databasePath);
  if (size === undefined) return { state: 'absent' };
  // SQLite treats an empty file as a new empty database; ours always has at least its header page.
  if (size === 0) return { state: 'damaged', problem: 'the file was empty' };
  let db: LearnerDb | undefined;
  try {
    db = open(databasePath, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
    return { state: 'readable', schemaVersion: Number(db.pragma('user_version', { simple: true })) };
  } catch (error) {
    if (classifySqliteFailure(error) === 'damaged')
      return { state: 'damaged', problem: describeSqliteFailure(error) };
    throw unopenableError(dataDir, error);
  } finally {
    db?.close();
  }
}
