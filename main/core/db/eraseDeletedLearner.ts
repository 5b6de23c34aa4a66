import { scrubAuditEntries, writeAuditEntry } from './auditLog';
import { listBackups, removeDatabaseFiles } from './databaseBackups';
import type { BackupFile } from './databaseBackups';
import type { LearnerDb } from './learnerDatabase';
import { openSqlite, type SqliteOpener } from './sqliteDatabase';
import { verifyDatabaseFile } from './verifyDatabaseFile';

/*
 * A learner who deletes their profile is told it is gone from this computer. Deleting the rows is not all of it:
 * the write-ahead log still holds the pages as they were, and the backups CE Player made hold the same records for
 * up to seven more generations. So the deletion is carried into each of them, and freed space is zeroed
 * (secure_delete) rather than left readable in the files.
 */

/** What carrying a deletion into the backups did. */
export interface BackupErasure {
  /** Backups the learner's records were removed from (or never in), each checked afterwards. */
  cleaned: number;
  /** Backups that could not be opened, changed or checked, and were removed rather than left holding them. */
  removed: number;
  /** Backups that could be neither cleaned nor removed (the account may not change them); IT must remove them. */
  left: number;
}

// One backup: the learner's row goes, and ON DELETE CASCADE takes every record of theirs with it, as in the
// live database. Backups made by older versions have fewer tables but the same cascades, and may hold audit entries
// written before the log kept ids and counts only: the learner's are cut down as the migration does.
function eraseFromBackup(file: string, learnerId: string, open: SqliteOpener): boolean {
  try {
    const backup = open(file, { fileMustExist: true });
    try {
      backup.pragma('foreign_keys = ON');
      backup.pragma('secure_delete = ON');
      backup.transaction(() => {
        backup.prepare('DELETE FROM learners WHERE id = ?').run(learnerId);
        scrubAuditEntries(backup, learnerId);
      })();
    } finally {
      backup.close();
    }
  } catch {
    return false;
  }
  return verifyDatabaseFile(file, open).ok;
}

function removedBackup(file: string): boolean {
  try {
    removeDatabaseFiles(file);
    return true;
  } catch {
    return false;
  }
}

function backupsIn(dataDir: string): BackupFile[] {
  try {
    return listBackups(dataDir);
  } catch {
    return []; // no readable backups folder: nothing to erase
  }
}

/**
 * Erases what is left of a learner after their profile was deleted from the live database: the old pages in its
 * write-ahead log (a checkpoint that empties it, when no other connection is reading) and their records in every
 * backup in `<dataDir>/backups`. A backup that cannot be cleaned or fails its integrity check afterwards (damaged,
 * or locked by another program) is removed instead, so none keeps the records. No backup makes this throw, as the
 * deletion itself already happened; one that can be neither cleaned nor removed is counted in the audit log's
 * entry for IT.
 */
export function eraseDeletedLearner(
  db: LearnerDb,
  dataDir: string,
  learnerId: string,
  now: number,
  open: SqliteOpener = openSqlite,
): BackupErasure {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const erasure: BackupErasure = { cleaned: 0, removed: 0, left: 0 };
  for (const backup of backupsIn(dataDir)) {
    if (eraseFromBackup(backup.path, learnerId, open)) erasure.cleaned += 1;
    else if (removedBackup(backup.path)) erasure.removed += 1;
    else erasure.left += 1;
  }
  writeAuditEntry(db, {
    learnerId,
    actor: 'system',
    action: 'backups.erased',
    at: now,
    after: { ...erasure },
  });
  return erasure;
}
