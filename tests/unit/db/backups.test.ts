import { copyFileSync, existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  backupGenerations,
  createBackup,
  finishBackup,
  isBackupDue,
  listBackups,
  stalePartialAgeMs,
} from '../../../main/core/db/databaseBackups';
import {
  describeAge,
  describeWait,
  fileTimestamp,
  parseFileTimestamp,
} from '../../../main/core/db/fileTimestamp';
import { createLearnerProfile } from '../../../main/core/learners/learnerProfiles';
import { makeTempDataDir, openTestDatabase } from './testDataDir';

const day = 24 * 60 * 60 * 1000;
const t0 = Date.parse('2025-06-01T08:00:00Z');

function backupNames(dataDir: string): string[] {
  return readdirSync(path.join(dataDir, 'backups')).sort();
}

describe('backups', () => {
  it('timestamps in file names are Windows-safe and read back exactly', () => {
    expect(fileTimestamp(t0 + 123)).toBe('2025-06-01T08-00-00-123Z');
    expect(parseFileTimestamp(`ce-player-${fileTimestamp(t0 + 123)}.sqlite`)).toBe(t0 + 123);
    expect(parseFileTimestamp('ce-player-latest.sqlite')).toBeUndefined();
    expect(describeAge(3 * 60 * 60 * 1000)).toBe('about 3 hours');
    expect(describeAge(20_000)).toBe('less than a minute');
    expect(describeAge(3 * day)).toBe('3 days');
    expect(describeWait(30_000)).toBe('30 seconds');
    expect(describeWait(120_000)).toBe('2 minutes');
  });

  it('makes a start-up backup at most once a day', async () => {
    const dataDir = makeTempDataDir();
    (await openTestDatabase(dataDir, { now: t0 })).db.close();
    (await openTestDatabase(dataDir, { now: t0 + 1000 })).db.close();
    (await openTestDatabase(dataDir, { now: t0 + day - 1 })).db.close();
    expect(backupNames(dataDir)).toEqual([`ce-player-${fileTimestamp(t0)}.sqlite`]);
    (await openTestDatabase(dataDir, { now: t0 + day })).db.close();
    expect(backupNames(dataDir)).toHaveLength(2);
  });

  it('ignores a backup dated in the future when deciding whether one is due', () => {
    expect(isBackupDue([{ path: 'x', createdAt: t0 + 10 * day }], t0)).toBe(true);
    expect(isBackupDue([{ path: 'x', createdAt: t0 - 1000 }], t0)).toBe(false);
    expect(isBackupDue([], t0)).toBe(true);
  });

  it('makes verified, self-contained backups on demand that hold the data and are recorded in the audit log', async () => {
    const { db, dataDir } = await openTestDatabase(makeTempDataDir(), { now: t0, startupBackup: false });
    createLearnerProfile(db, { displayName: 'Backed Up' }, t0);
    const result = await createBackup(db, dataDir, 'certificate', t0 + 5000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.path).toBe(path.join(dataDir, 'backups', `ce-player-${fileTimestamp(t0 + 5000)}.sqlite`));
    expect(backupNames(dataDir)).toEqual([path.basename(result.path)]);
    const copy = new Database(result.path, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT display_name FROM learners').pluck().all()).toEqual(['Backed Up']);
    copy.close();
    const audit = db
      .prepare("SELECT after_json FROM audit_log WHERE action = 'database.backup'")
      .pluck()
      .get();
    expect(JSON.parse(String(audit))).toEqual({ file: path.basename(result.path), reason: 'certificate' });
  });

  it(`keeps only the newest ${backupGenerations} generations`, async () => {
    const { db, dataDir } = await openTestDatabase(makeTempDataDir(), { now: t0, startupBackup: false });
    for (let i = 0; i < backupGenerations + 3; i += 1) {
      const result = await createBackup(db, dataDir, 'manual', t0 + i * 1000);
      expect(result.ok).toBe(true);
    }
    const kept = listBackups(dataDir);
    expect(kept).toHaveLength(backupGenerations);
    expect(kept.map((b) => b.createdAt)).toEqual(
      Array.from({ length: backupGenerations }, (_, i) => t0 + (backupGenerations + 2 - i) * 1000),
    );
  });

  it('two backups in the same millisecond both survive under distinct names', async () => {
    const { db, dataDir } = await openTestDatabase(makeTempDataDir(), { startupBackup: false });
    const a = await createBackup(db, dataDir, 'manual', t0);
    const b = await createBackup(db, dataDir, 'manual', t0);
    expect(a.ok && b.ok && a.path !== b.path).toBe(true);
    expect(listBackups(dataDir)).toHaveLength(2);
  });

  it('deletes and reports a copy that fails integrity_check, keeping no bad backup', async () => {
    const { db, dataDir } = await openTestDatabase(makeTempDataDir(), { startupBackup: false });
    const good = await createBackup(db, dataDir, 'manual', t0);
    expect(good.ok).toBe(true);
    if (!good.ok) return;
    const partial = path.join(dataDir, 'backups', 'ce-player-2025-06-02T00-00-00-000Z.sqlite.partial');
    copyFileSync(good.path, partial);
    writeFileSync(partial, Buffer.alloc(4096, 7), { flag: 'r+' });
    const result = finishBackup(partial, partial.replace('.partial', ''));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.notice).toMatch(/failed its check and was removed.*records themselves are fine/);
    expect(existsSync(partial)).toBe(false);
    expect(existsSync(partial.replace('.partial', ''))).toBe(false);
    expect(listBackups(dataDir)).toHaveLength(1);
  });

  it('clears stale leftovers of an interrupted backup, but not a copy that may still be in progress', async () => {
    const { db, dataDir } = await openTestDatabase(makeTempDataDir(), { startupBackup: false });
    await createBackup(db, dataDir, 'manual', t0);
    const stale = path.join(dataDir, 'backups', 'ce-player-2025-01-01T00-00-00-000Z.sqlite.partial');
    const fresh = path.join(dataDir, 'backups', 'ce-player-2025-01-02T00-00-00-000Z.sqlite.partial');
    writeFileSync(stale, 'half a backup');
    writeFileSync(fresh, 'a backup being written');
    const old = (Date.now() - stalePartialAgeMs - 60_000) / 1000;
    utimesSync(stale, old, old);
    await createBackup(db, dataDir, 'manual', t0 + 1000);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(listBackups(dataDir)).toHaveLength(2);
  });

  it('overlapping backups of the same database both complete', async () => {
    const { db, dataDir } = await openTestDatabase(makeTempDataDir(), { startupBackup: false });
    const [a, b] = await Promise.all([
      createBackup(db, dataDir, 'certificate', t0),
      createBackup(db, dataDir, 'certificate', t0 + 1),
    ]);
    expect(a.ok && b.ok).toBe(true);
    expect(listBackups(dataDir)).toHaveLength(2);
  });
});
