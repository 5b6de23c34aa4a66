import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { createSession } from '../../../main/core/app/session';
import { mountTinyDisk, type TinyDisk } from '../../support/tinyDisk';
import { coreWorld } from '../support/coreWorld';

/*
 * Issue 21, finding 9: a data folder that turns read-only, or a disk that fills up, must be said in words (and
 * the screen then stops recording), never passed off as a generic "internal" error while study time is lost.
 * The data folder is a real tmpfs of its own: remounted read-only, or filled up.
 */
let disk: TinyDisk | null = null;
const protectedFiles: string[] = [];
afterEach(() => {
  for (const file of protectedFiles.splice(0)) execFileSync('chattr', ['-i', file]);
  disk?.unmount();
  disk = null;
});

async function worldOnTinyDisk(sizeKb: number) {
  disk = mountTinyDisk(sizeKb);
  const dataDir = path.join(disk.dir, 'data');
  fs.mkdirSync(dataDir);
  const first = await coreWorld({ dataDir });
  const learner = await first.signUp('Robin');
  const moduleId = first.course.modules[0]?.id ?? '';
  return { first, learner, dataDir, moduleId };
}

describe('a data folder that cannot be written', () => {
  it('says the records are read-only, in words, when study time cannot be recorded', async () => {
    // The database file write-protected (immutable, which stops root too): SQLite opens it read-only and the app
    // starts, so every recording must say what is wrong rather than fail as "internal".
    const { first, dataDir, moduleId } = await worldOnTinyDisk(4096);
    first.core.close();
    const database = path.join(dataDir, 'ce-player.sqlite');
    protectedFiles.push(database);
    execFileSync('chattr', ['+i', database]);
    const world = await coreWorld({ dataDir });
    const session = createSession();
    session.learnerId = (await world.ok('profiles.list', {}, session))[0]?.id ?? null;
    const error = await world.fail(
      'progress.heartbeat',
      { courseId: world.course.id, moduleId, beatId: 'beat-0001' },
      session,
    );
    expect(error.code).toBe('storage');
    expect(error.message).toMatch(/read-only/);
    expect(error.message).toMatch(/not being recorded/);
    const info = await world.ok('app.info', {}, session);
    expect(info.notices.join(' ')).toMatch(/cannot save/);
  });

  it('says the data folder is read-only, in words, when it cannot start at all', async () => {
    const { first, dataDir } = await worldOnTinyDisk(4096);
    first.core.close();
    disk?.makeReadOnly();
    await expect(coreWorld({ dataDir })).rejects.toThrow(/read-only/);
  });

  it('says the disk is full, in words, when a note cannot be saved', async () => {
    const { first, learner, moduleId } = await worldOnTinyDisk(4096);
    disk?.fill();
    const error = await first.fail(
      'notes.save',
      { courseId: first.course.id, moduleId, text: 'x'.repeat(20_000) },
      learner,
    );
    expect(error.code).toBe('storage');
    expect(error.message).toMatch(/full/);
  });
});
