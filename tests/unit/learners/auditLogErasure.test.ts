import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesHolding } from '../../support/filesHolding';
import { createBackup, listBackups } from '../../../main/core/db/databaseBackups';
import { openLearnerConnection } from '../../../main/core/db/openConnection';
import { coreWorld } from '../support/coreWorld';

/*
 * Issue 21, finding 7: after a learner deletes their profile, nothing they told CE Player may be left in the data
 * folder, the audit log included: not the licence number and e-mail written when the profile was made, not the
 * old and new values of their corrections, not the text of a note an import replaced. Checked, like the erasure
 * test, on the bytes of every file in the data folder: database, write-ahead log and backups.
 */
const hour = 60 * 60 * 1000;
const personal = {
  displayName: 'Bo Erasable',
  certificateName: 'Bonifacio Q. Erasable',
  licenseNumber: 'LIC-7719-QX',
  licenseState: 'Vermont-Erase',
  email: 'bo.first@erase.example',
};
const changedEmail = 'bo.second@erase.example';
const changedCredentials = 'LCSW-ERASE';
const bobsOwnNote = 'BOB-NOTE-THE-IMPORT-REPLACED-5521';

describe('the audit log of a deleted profile', () => {
  it('keeps nothing personal of it, in the database, its log or any backup', async () => {
    const world = await coreWorld();
    const where = { courseId: world.course.id, moduleId: world.course.modules[0]?.id ?? '' };
    const bob = await world.signUp(personal.displayName, personal);
    await world.ok('profiles.update', { email: changedEmail, credentials: changedCredentials }, bob);
    await world.ok('notes.save', { ...where, text: bobsOwnNote }, bob);

    // A newer note on the same module from Bob's second profile, imported into this one, replaces his.
    const laptop = await world.signUp('Bob on the laptop', { certificateName: personal.certificateName });
    world.clock.now += 60_000;
    await world.ok('notes.save', { ...where, text: 'Bob wrote this later' }, laptop);
    const records = await world.ok('records.export', { format: 'learner-records' }, laptop);
    await world.ok('records.import', { content: records.content }, bob);

    const connection = openLearnerConnection(path.join(world.dataDir, 'ce-player.sqlite'));
    expect((await createBackup(connection, world.dataDir, 'manual', world.clock.now + hour)).ok).toBe(true);
    connection.close();
    expect(listBackups(world.dataDir).length).toBeGreaterThanOrEqual(1);

    await world.ok('profiles.delete', { confirmName: personal.displayName }, bob);
    // The second profile, which prints the same name, goes too.
    await world.ok('profiles.delete', { confirmName: 'Bob on the laptop' }, laptop);

    for (const text of [...Object.values(personal), changedEmail, changedCredentials, bobsOwnNote]) {
      expect(filesHolding(world.dataDir, text), text).toEqual([]);
    }
  });
});
