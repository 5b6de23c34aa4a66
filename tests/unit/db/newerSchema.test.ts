import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../../main/core/db/migrations/allMigrations';
import { openLearnerDatabase } from '../../../main/core/db/openLearnerDatabase';
import { hashFile, makeTempDataDir, openTestDatabase } from './testDataDir';

async function databaseFromNewerApp(
  keepWal: boolean,
): Promise<{ dataDir: string; file: string; writer?: Database.Database }> {
  const { db, dataDir, databasePath } = await openTestDatabase(makeTempDataDir(), { startupBackup: false });
  db.exec(
    "CREATE TABLE future_feature (x TEXT) STRICT; INSERT INTO future_feature VALUES ('from the future')",
  );
  db.pragma(`user_version = ${latestSchemaVersion + 3}`);
  if (!keepWal) {
    db.close();
    return { dataDir, file: databasePath };
  }
  // Leave committed changes in the -wal file, as a newer app that was killed would.
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec("INSERT INTO future_feature VALUES ('only in the wal')");
  return { dataDir, file: databasePath, writer: db };
}

describe('a database from a newer CE Player', () => {
  it('is refused with a storage error and left byte-for-byte unchanged', async () => {
    const { dataDir, file } = await databaseFromNewerApp(false);
    const before = hashFile(file);
    const listing = readdirSync(dataDir).sort();
    await expect(openLearnerDatabase(dataDir, { mountTable: '' })).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringMatching(/newer version of CE Player.*not changed/),
    });
    expect(hashFile(file)).toBe(before);
    expect(readdirSync(dataDir).filter((name) => !name.endsWith('-shm') && !name.endsWith('-wal'))).toEqual(
      listing.filter((name) => !name.endsWith('-shm') && !name.endsWith('-wal')),
    );
    expect(existsSync(path.join(dataDir, 'corrupt'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'backups'))).toBe(false);
  });

  it('is refused untouched even when its newer version is only in the -wal file', async () => {
    const { dataDir, file, writer } = await databaseFromNewerApp(true);
    const walFile = `${file}-wal`;
    const mainBefore = hashFile(file);
    const walBefore = hashFile(walFile);
    await expect(openLearnerDatabase(dataDir, { mountTable: '' })).rejects.toMatchObject({ code: 'storage' });
    expect(hashFile(file)).toBe(mainBefore);
    expect(hashFile(walFile)).toBe(walBefore);
    writer?.close();
  });

  it('is refused again on every later attempt (nothing was half-migrated)', async () => {
    const { dataDir, file } = await databaseFromNewerApp(false);
    const before = hashFile(file);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await expect(openLearnerDatabase(dataDir, { mountTable: '' })).rejects.toMatchObject({
        code: 'storage',
      });
    }
    expect(hashFile(file)).toBe(before);
    const check = new Database(file, { readonly: true });
    expect(check.prepare('SELECT x FROM future_feature').pluck().all()).toEqual(['from the future']);
    check.close();
  });
});
