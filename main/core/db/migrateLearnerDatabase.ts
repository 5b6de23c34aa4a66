import { CoreError } from '../coreError';
import type { LearnerDb } from './learnerDatabase';
import { allMigrations, latestSchemaVersion } from './migrations/allMigrations';

/** Reads PRAGMA user_version, the schema version of the open database. */
export function readSchemaVersion(db: LearnerDb): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** The message shown when a database was written by a newer CE Player. */
export function newerSchemaMessage(found: number): string {
  return (
    `Your learning records were saved by a newer version of CE Player (records format ${found}; ` +
    `this version understands up to ${latestSchemaVersion}). Install the newer version to open them. ` +
    'The records were not changed.'
  );
}

/**
 * Brings the database up to `targetVersion` (default: the newest), one migration per transaction.
 * Each step re-reads user_version inside a write transaction, so two processes starting together
 * cannot apply the same step twice. Returns the versions applied.
 */
export function migrateLearnerDatabase(db: LearnerDb, targetVersion = latestSchemaVersion): number[] {
  const applied: number[] = [];
  const start = readSchemaVersion(db);
  if (start > latestSchemaVersion) throw new CoreError('storage', newerSchemaMessage(start));
  for (const migration of allMigrations) {
    if (migration.version > targetVersion) break;
    if (migration.version <= start) continue;
    const ran = db
      .transaction(() => {
        const current = readSchemaVersion(db);
        if (current >= migration.version) return false;
        if (current !== migration.version - 1) {
          throw new CoreError(
            'storage',
            `The learning records are at format ${current}, which cannot be upgraded.`,
          );
        }
        migration.up(db);
        // user_version lives in the database header, so this write commits or rolls back with the step.
        db.pragma(`user_version = ${migration.version}`);
        return true;
      })
      .immediate();
    if (ran) applied.push(migration.version);
  }
  return applied;
}
