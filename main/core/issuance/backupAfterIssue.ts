import type { AppLog } from '../app/appLog';
import { createBackup } from '../db/databaseBackups';
import type { LearnerDb } from '../db/learnerDatabase';
import type { SqliteOpener } from '../db/sqliteDatabase';

const failedNotice =
  'Your certificate is issued and saved, but CE Player could not make a backup of your records afterwards. ' +
  'It will try again at the next start.';

/**
 * Backs up the database after a certificate is stored, so an issued certificate survives a damaged disk. A failed
 * backup never undoes the certificate: it is logged, and the learner gets a notice (null when all went well).
 */
export async function backupAfterIssue(
  db: LearnerDb,
  dataDir: string,
  now: number,
  log: AppLog | undefined,
  open: SqliteOpener | undefined,
): Promise<string | null> {
  try {
    const result = await createBackup(db, dataDir, 'certificate', now, open);
    if (result.ok) return null;
    log?.error(`Backup after issuing a certificate failed: ${result.notice}`);
    return failedNotice;
  } catch (error) {
    log?.error('Backup after issuing a certificate failed', error);
    return failedNotice;
  }
}
