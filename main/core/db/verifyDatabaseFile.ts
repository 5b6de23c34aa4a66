import type Database from 'better-sqlite3';
import { openSqlite, type SqliteOpener } from './sqliteDatabase';
import { describeSqliteFailure } from './sqliteErrors';

/** Result of a full integrity check of a database file. */
export interface FileVerification {
  readonly ok: boolean;
  readonly schemaVersion?: number;
  readonly problem?: string;
}

/**
 * Runs PRAGMA integrity_check on a database file that nothing else has open (backups, restore candidates).
 * Opened read-write so a WAL-mode copy can be read without leaving it half-open.
 */
export function verifyDatabaseFile(file: string, open: SqliteOpener = openSqlite): FileVerification {
  let db: Database.Database | undefined;
  try {
    db = open(file, { fileMustExist: true });
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const ok = rows.length === 1 && rows[0]?.integrity_check === 'ok';
    const schemaVersion = Number(db.pragma('user_version', { simple: true }));
    return ok ? { ok, schemaVersion } : { ok, problem: rows.map((row) => row.integrity_check).join('; ') };
  } catch (error) {
    return { ok: false, problem: describeSqliteFailure(error) };
  } finally {
    db?.close();
  }
}

/** Runs PRAGMA quick_check on an open connection; a thrown corruption error counts as a failed check. */
export function quickCheckPasses(db: Database.Database): boolean {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  return rows.length === 1 && rows[0]?.quick_check === 'ok';
}
