import { describe, expect, it } from 'vitest';
import { runPinReset } from '../../../main/cli/pinReset';
import type { PinResetContext } from '../../../main/cli/pinReset';
import { defaultMachineConfig } from '../../../main/core/config/machineConfig';
import type { MachineConfig } from '../../../main/core/config/machineConfig';
import { listAuditEntries } from '../../../main/core/db/auditLog';
import type { LearnerDb } from '../../../main/core/db/learnerDatabase';
import { openLearnerConnection } from '../../../main/core/db/openConnection';
import { dataDirLayout } from '../../../main/core/db/databaseFiles';
import { createLearnerProfile } from '../../../main/core/learners/learnerProfiles';
import { verifyProfilePin } from '../../../main/core/learners/profilePin';
import { saveModuleNote } from '../../../main/core/notes/moduleNotes';
import { makeTempDataDir, openTestDatabase } from '../db/testDataDir';

const t0 = 1_700_000_000_000;
const note = { courseId: 'ket', courseVersion: '1', moduleId: 'm1', text: 'kept through the reset' };

/** A data folder with two PIN-protected learners, Alice locked out by wrong PINs; the database closed again. */
async function lockedOutAlice(): Promise<{ dataDir: string; aliceId: string; bobId: string }> {
  const { db, dataDir } = await openTestDatabase();
  const alice = createLearnerProfile(db, { displayName: 'Alice Moreau', pin: '2468' }, t0);
  const bob = createLearnerProfile(db, { displayName: 'Bob', pin: '1357' }, t0);
  saveModuleNote(db, alice.id, note, t0);
  for (let i = 0; i < 4; i++) expect(() => verifyProfilePin(db, alice.id, '0000', t0 + i)).toThrow();
  expect(() => verifyProfilePin(db, alice.id, '2468', t0 + 10)).toThrow(/wait/);
  db.close();
  return { dataDir, aliceId: alice.id, bobId: bob.id };
}

function context(config: Partial<MachineConfig> = {}): PinResetContext {
  const machine = {
    config: { ...defaultMachineConfig, ...config },
    warnings: [],
    file: '/etc/ce-player/config.json',
    source: 'machine' as const,
  };
  return { machine, env: {}, now: t0 + 60_000 };
}

async function reset(args: string[], config: Partial<MachineConfig> = {}) {
  const lines: string[] = [];
  const code = await runPinReset(args, (line) => lines.push(line), context(config));
  return { code, output: lines.join('\n') };
}

function openRecords(dataDir: string) {
  return openLearnerConnection(dataDirLayout(dataDir).databasePath);
}

/** Runs `look` on the folder's records as another connection would, and closes them. */
function withRecords<T>(dataDir: string, look: (db: LearnerDb) => T): T {
  const db = openRecords(dataDir);
  try {
    return look(db);
  } finally {
    db.close();
  }
}

describe('npm run pin:reset (clinic IT)', () => {
  it('removes a forgotten PIN and its lockout, by the profile name in any case, keeping the records', async () => {
    const { dataDir, aliceId, bobId } = await lockedOutAlice();
    // As when CE Player is open on the same folder.
    const app = openRecords(dataDir);
    app.prepare('BEGIN').run();
    app.prepare('SELECT count(*) FROM learners').get(); // a reader in the middle of a transaction
    const result = await reset(['--', 'alice moreau', '--data-dir', dataDir]);
    app.prepare('COMMIT').run();
    app.close();
    expect(result).toEqual({
      code: 0,
      output: expect.stringContaining('The PIN of "Alice Moreau" was removed'),
    });

    withRecords(dataDir, (db) => {
      expect(verifyProfilePin(db, aliceId, undefined, t0 + 61_000).hasPin).toBe(false);
      expect(db.prepare('SELECT body FROM module_notes WHERE learner_id = ?').pluck().get(aliceId)).toBe(
        note.text,
      );
      expect(() => verifyProfilePin(db, bobId, undefined, t0 + 61_000)).toThrow(/protected by a PIN/);
      expect(listAuditEntries(db, aliceId).at(-1)).toMatchObject({
        actor: 'it',
        action: 'pin.reset.removed',
      });
    });
  });

  it('sets a temporary PIN instead, which a machine that requires PINs insists on', async () => {
    const { dataDir, aliceId } = await lockedOutAlice();
    const refused = await reset(['Alice Moreau', `--data-dir=${dataDir}`], { requirePin: true });
    expect(refused).toEqual({
      code: 1,
      output: expect.stringContaining('Give a temporary PIN with --temporary-pin'),
    });

    const done = await reset(['Alice Moreau', '--temporary-pin', '9090', '--data-dir', dataDir], {
      requirePin: true,
    });
    expect(done).toEqual({ code: 0, output: expect.stringContaining('now has the temporary PIN you gave') });
    withRecords(dataDir, (db) => {
      expect(verifyProfilePin(db, aliceId, '9090', t0 + 61_000).hasPin).toBe(true);
      expect(listAuditEntries(db, aliceId).at(-1)).toMatchObject({
        actor: 'it',
        action: 'pin.reset.temporary',
      });
    });
  });

  it('refuses what it cannot do plainly, changing nothing', async () => {
    const { dataDir } = await lockedOutAlice();
    const snapshot = () =>
      withRecords(dataDir, (db) =>
        db.prepare('SELECT * FROM learners LEFT JOIN pin_throttle ON learner_id = id ORDER BY id').all(),
      );
    const before = snapshot();
    expect(await reset(['Alicia', '--data-dir', dataDir])).toEqual({
      code: 1,
      output: 'No profile is named "Alicia" here. The profiles are: "Alice Moreau", "Bob".',
    });
    expect(await reset(['Alice Moreau', '--temporary-pin', '12', '--data-dir', dataDir])).toEqual({
      code: 1,
      output: 'A PIN must be 4 to 12 digits (0-9).',
    });
    const empty = makeTempDataDir();
    expect(await reset(['Alice Moreau', '--data-dir', empty])).toEqual({
      code: 2,
      output: `There are no CE Player records in ${empty}. Name the learner's data folder with --data-dir.`,
    });
    for (const args of [[], ['Alice', 'Bob'], ['Alice', '--pin', '1'], ['Alice', '--temporary-pin']]) {
      const usage = await reset([...args, '--data-dir', dataDir]);
      expect(usage.code).toBe(2);
      expect(usage.output).toContain('Usage: npm run pin:reset --');
    }
    expect(snapshot()).toEqual(before);
  });
});
