import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  openSync,
  closeSync,
  readdirSync,
  statSync,
  truncateSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../main/core/db/databaseBackups';
import { createLearnerProfile, listLearnerProfiles } from '../../../main/core/learners/learnerProfiles';
import { openLearnerDatabase } from '../../../main/core/db/openLearnerDatabase';
import { makeTempDataDir, openTestDatabase } from '../../unit/db/testDataDir';

const hour = 60 * 60 * 1000;
const t0 = Date.parse('2025-03-01T09:00:00Z');

/** A data dir with a backup at t0 holding "Before Backup", and a later profile "After Backup" only in the live file. */
async function dataDirWithBackup(): Promise<string> {
  const first = await openTestDatabase(makeTempDataDir(), { now: t0 });
  createLearnerProfile(first.db, { displayName: 'Before Backup' }, t0);
  first.db.close();
  // The start-up backup ran before the profile was created; make one that holds it, then add more.
  const second = await openTestDatabase(first.dataDir, { now: t0 + 25 * hour });
  createLearnerProfile(second.db, { displayName: 'After Backup' }, t0 + 26 * hour);
  second.db.close();
  expect(listBackups(first.dataDir)).toHaveLength(2);
  return first.dataDir;
}

function corruptFiles(dataDir: string): string[] {
  const dir = path.join(dataDir, 'corrupt');
  return existsSync(dir) ? readdirSync(dir) : [];
}

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, bytes, 0, bytes.length, offset);
  closeSync(fd);
}

const damages: [string, (file: string) => void][] = [
  ['a truncated file', (file) => truncateSync(file, Math.floor(statSync(file).size / 2))],
  ['a file truncated to nothing', (file) => truncateSync(file, 0)],
  ['garbage in the header', (file) => overwrite(file, 0, Buffer.from('this is not sqlite!!'))],
  ['garbage in a page', (file) => overwrite(file, 2 * 4096, randomBytes(4096))],
];

describe('recovery from a damaged database', () => {
  for (const [name, damage] of damages) {
    it(`${name}: restores the newest good backup, keeps the damaged file and says how old the data is`, async () => {
      const dataDir = await dataDirWithBackup();
      const live = path.join(dataDir, 'ce-player.sqlite');
      damage(live);
      const { db, notices } = await openTestDatabase(dataDir, { now: t0 + 28 * hour });
      expect(listLearnerProfiles(db).map((p) => p.displayName)).toEqual(['Before Backup']);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/damaged.*restored its most recent good backup, made about 3 hours ago/);
      expect(notices[0]).toContain(path.join(dataDir, 'corrupt'));
      expect(corruptFiles(dataDir).some((f) => /^ce-player-.*\.sqlite$/.test(f))).toBe(true);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const recovered = db
        .prepare("SELECT count(*) FROM audit_log WHERE action = 'database.recovered'")
        .pluck()
        .get();
      expect(recovered).toBe(1);
    });

    it(`${name} with no backup: starts fresh, keeps the damaged file and says so`, async () => {
      const { dataDir, db: first } = await openTestDatabase(makeTempDataDir(), { startupBackup: false });
      createLearnerProfile(first, { displayName: 'Lost' });
      first.close();
      const live = path.join(dataDir, 'ce-player.sqlite');
      damage(live);
      const damagedSize = statSync(live).size;
      const { db, notices } = await openTestDatabase(dataDir, { startupBackup: false });
      expect(listLearnerProfiles(db)).toEqual([]);
      expect(notices[0]).toMatch(
        /damaged and no usable backup was found.*started with empty records.*kept at/,
      );
      const kept = corruptFiles(dataDir).filter((f) => /^ce-player-.*\.sqlite$/.test(f));
      expect(kept).toHaveLength(1);
      expect(statSync(path.join(dataDir, 'corrupt', kept[0] ?? '')).size).toBe(damagedSize);
    });
  }

  it('skips a damaged backup (moving it aside) and restores the next good one', async () => {
    const dataDir = await dataDirWithBackup();
    const [newest, older] = listBackups(dataDir);
    overwrite(newest?.path ?? '', 0, Buffer.from('garbage garbage garbage'));
    overwrite(path.join(dataDir, 'ce-player.sqlite'), 0, Buffer.from('garbage garbage garbage'));
    const { db, notices } = await openTestDatabase(dataDir, { now: t0 + 28 * hour });
    // The older backup was made before any profile existed.
    expect(listLearnerProfiles(db)).toEqual([]);
    expect(notices[0]).toMatch(/made 1 days? ago|made about 28 hours ago/);
    expect(existsSync(newest?.path ?? '')).toBe(false);
    expect(existsSync(older?.path ?? '')).toBe(true);
    expect(corruptFiles(dataDir).filter((f) => f.startsWith('backup-'))).toHaveLength(1);
  });

  it('restores from backup when the live file has gone missing', async () => {
    const dataDir = await dataDirWithBackup();
    unlinkSync(path.join(dataDir, 'ce-player.sqlite'));
    const { db, notices } = await openTestDatabase(dataDir, { now: t0 + 28 * hour });
    expect(listLearnerProfiles(db).map((p) => p.displayName)).toEqual(['Before Backup']);
    expect(notices[0]).toMatch(/was missing, so CE Player restored/);
  });

  it('opens gracefully when the -wal file is missing after a crash, and says recent activity may be missing', async () => {
    const { dataDir, db } = await openTestDatabase(makeTempDataDir(), { startupBackup: false });
    createLearnerProfile(db, { displayName: 'Checkpointed' });
    db.pragma('wal_checkpoint(TRUNCATE)');
    createLearnerProfile(db, { displayName: 'Only In Wal' });
    // Snapshot the files while the connection is open, as a kill -9 would leave them.
    const crashDir = makeTempDataDir();
    for (const suffix of ['', '-shm']) {
      copyFileSync(
        path.join(dataDir, `ce-player.sqlite${suffix}`),
        path.join(crashDir, `ce-player.sqlite${suffix}`),
      );
    }
    db.close();
    const reopened = await openTestDatabase(crashDir, { startupBackup: false });
    expect(listLearnerProfiles(reopened.db).map((p) => p.displayName)).toEqual(['Checkpointed']);
    expect(reopened.notices).toEqual([expect.stringMatching(/recent-changes file\) was missing/)]);
    expect(reopened.db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(corruptFiles(crashDir)).toEqual([]);
  });

  it('says nothing about the -wal file after a clean shutdown', async () => {
    const { dataDir, db } = await openTestDatabase(makeTempDataDir(), { startupBackup: false });
    createLearnerProfile(db, { displayName: 'Clean' });
    db.close();
    const reopened = await openTestDatabase(dataDir, { startupBackup: false });
    expect(reopened.notices).toEqual([]);
  });

  it('never moves aside a healthy database that another process holds locked', async () => {
    const { dataDir, db } = await openTestDatabase(makeTempDataDir(), { startupBackup: false });
    createLearnerProfile(db, { displayName: 'Locked' });
    db.close();
    const holder = new Database(path.join(dataDir, 'ce-player.sqlite'));
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE; COMMIT');
    try {
      await expect(
        openLearnerDatabase(dataDir, { mountTable: '', startupBackup: false }),
      ).rejects.toMatchObject({
        code: 'storage',
        message: expect.stringContaining('in use by another copy'),
      });
      expect(corruptFiles(dataDir)).toEqual([]);
    } finally {
      holder.close();
    }
    const reopened = await openTestDatabase(dataDir, { startupBackup: false });
    expect(listLearnerProfiles(reopened.db).map((p) => p.displayName)).toEqual(['Locked']);
  }, 20_000);

  it('records the recovery in the audit log of the restored database', async () => {
    const dataDir = await dataDirWithBackup();
    overwrite(path.join(dataDir, 'ce-player.sqlite'), 0, Buffer.from('garbage garbage garbage'));
    const { db } = await openTestDatabase(dataDir, { now: t0 + 28 * hour });
    const entries = db
      .prepare("SELECT after_json FROM audit_log WHERE action = 'database.recovered'")
      .pluck()
      .all();
    expect(entries).toHaveLength(1);
    expect(JSON.parse(String(entries[0]))).toMatchObject({ keptAt: expect.stringContaining('corrupt') });
  });
});
