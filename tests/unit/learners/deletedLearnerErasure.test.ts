import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesHolding } from '../../support/filesHolding';
import { listAuditEntries } from '../../../main/core/db/auditLog';
import { createBackup, listBackups } from '../../../main/core/db/databaseBackups';
import { openLearnerConnection } from '../../../main/core/db/openConnection';
import { openSqlite } from '../../../main/core/db/sqliteDatabase';
import { verifyDatabaseFile } from '../../../main/core/db/verifyDatabaseFile';
import { coreWorld } from '../support/coreWorld';
import { unreachableLrs } from '../lrs/unreachableLrs';

/*
 * "Deleting removes this profile with all its records from this computer": checked on the bytes of every file in
 * the data folder, the live database, its write-ahead log and every backup, not only on what queries return. Record
 * sync is on, so the outbox holds each learner's statements for the LRS too: those go with the profile.
 */
const aliceNote = 'ALICE-ERASE-THIS-NOTE-4471';
const bobNote = 'BOB-KEEPS-THIS-NOTE-9902';
const hour = 60 * 60 * 1000;

function notesIn(file: string): string[] {
  const db = openSqlite(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT body FROM module_notes ORDER BY body').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('deleting a profile', () => {
  it('erases its records from the database, its log and every backup, keeping everyone else’s', async () => {
    const world = await coreWorld({ lrs: unreachableLrs });
    const alice = await world.signUp('Alice');
    const bob = await world.signUp('Bob');
    const where = { courseId: world.course.id, moduleId: world.course.modules[0]?.id ?? '' };
    await world.ok('notes.save', { ...where, text: aliceNote }, alice);
    await world.ok('notes.save', { ...where, text: bobNote }, bob);
    await world.ok('progress.markOpened', where, alice);
    await world.ok('progress.markOpened', where, bob);
    const queued = (learnerId: string | null) => {
      const db = openSqlite(path.join(world.dataDir, 'ce-player.sqlite'), {
        readonly: true,
        fileMustExist: true,
      });
      try {
        return db
          .prepare('SELECT statement_id FROM lrs_outbox WHERE learner_id = ?')
          .pluck()
          .all(learnerId) as string[];
      } finally {
        db.close();
      }
    };
    const [aliceStatement] = queued(alice.learnerId);
    const [bobStatement] = queued(bob.learnerId);
    if (!aliceStatement || !bobStatement) throw new Error('record sync queued nothing');

    // Two backups that hold both notes (the one made at start-up holds none), and one that cannot be read.
    const databasePath = path.join(world.dataDir, 'ce-player.sqlite');
    const connection = openLearnerConnection(databasePath);
    for (const at of [world.clock.now + hour, world.clock.now + 2 * hour]) {
      expect((await createBackup(connection, world.dataDir, 'manual', at)).ok).toBe(true);
    }
    connection.close();
    const [newest] = listBackups(world.dataDir);
    if (!newest) throw new Error('no backup');
    const damaged = path.join(path.dirname(newest.path), 'ce-player-2026-06-01T10-00-00-000Z.sqlite');
    const damagedBytes = fs.readFileSync(newest.path);
    damagedBytes.fill(0x5a, 0, 100); // the header: SQLite no longer reads it as a database, but the note is there
    fs.writeFileSync(damaged, damagedBytes);
    expect(listBackups(world.dataDir)).toHaveLength(4);
    expect(filesHolding(world.dataDir, aliceNote).length).toBeGreaterThanOrEqual(3);
    expect(filesHolding(world.dataDir, aliceStatement).length).toBeGreaterThanOrEqual(3);

    const aliceId = alice.learnerId ?? '';
    await world.ok('profiles.delete', { confirmName: 'Alice' }, alice);

    expect(filesHolding(world.dataDir, aliceNote)).toEqual([]);
    expect(filesHolding(world.dataDir, aliceStatement), 'her statements for the LRS').toEqual([]);
    expect(filesHolding(world.dataDir, bobStatement).length).toBeGreaterThanOrEqual(3);
    const backups = listBackups(world.dataDir);
    expect(backups.map((backup) => backup.path)).not.toContain(damaged);
    expect(backups).toHaveLength(3);
    for (const backup of backups) expect(verifyDatabaseFile(backup.path).ok).toBe(true);
    expect(backups.slice(0, 2).map((backup) => notesIn(backup.path))).toEqual([[bobNote], [bobNote]]);
    expect(filesHolding(world.dataDir, bobNote).length).toBeGreaterThanOrEqual(3);
    expect(await world.ok('profiles.list', {}, bob)).toEqual([
      expect.objectContaining({ displayName: 'Bob' }),
    ]);

    const audit = openSqlite(databasePath, { readonly: true, fileMustExist: true });
    try {
      const entries = listAuditEntries(audit, aliceId).map((entry) => [entry.action, entry.after]);
      expect(entries).toContainEqual(['backups.erased', { cleaned: 3, removed: 1, left: 0 }]);
    } finally {
      audit.close();
    }
  });
});
