import { spawn } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listLearnerProfiles } from '../../../main/core/learners/learnerProfiles';
import { makeTempDataDir, openTestDatabase } from '../../unit/db/testDataDir';
import { bundleChildWorker } from '../../unit/support/childWorker';

const kills = 60;
const projectRoot = path.resolve(__dirname, '../../..');
let workerFile = '';

beforeAll(() => {
  workerFile = bundleChildWorker(path.join(__dirname, 'crashWorker.ts'), makeTempDataDir());
});

interface RunOutput {
  acks: string[];
  stderr: string;
  signal: NodeJS.Signals | null;
}

/** Runs the worker and SIGKILLs it at a random moment: sometimes during start-up, mostly while writing. */
function runAndKill(dataDir: string, run: number): Promise<RunOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [workerFile, dataDir, String(run)], {
      env: { ...process.env, NODE_PATH: path.join(projectRoot, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const killLater = (ms: number) => {
      timer ??= setTimeout(() => child.kill('SIGKILL'), ms);
    };
    // One run in eight is killed blind during start-up (open, recovery check, migrations, backup).
    if (run % 8 === 3) killLater(Math.random() * 250);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (stdout.startsWith('ready\n')) killLater(5 + Math.random() * 120);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const safety = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      clearTimeout(safety);
      // Only complete lines are acknowledgements; a half-written last line was never promised.
      const lines = stdout.split('\n');
      lines.pop();
      resolve({ acks: lines.filter((line) => line !== 'ready'), stderr, signal });
    });
  });
}

describe('crash safety under kill -9', () => {
  it(`keeps every acknowledged write, all or nothing, across ${kills} SIGKILLs`, async () => {
    const dataDir = makeTempDataDir();
    const ackedBeats = new Set<string>();
    const ackedGroups = new Set<string>();
    let killedWhileWriting = 0;

    for (let run = 0; run < kills; run += 1) {
      const output = await runAndKill(dataDir, run);
      expect(output.stderr).toBe('');
      expect(output.signal).toBe('SIGKILL');
      for (const ack of output.acks) {
        const [kind, id] = ack.split(' ');
        if (kind === 'S' && id) ackedBeats.add(id);
        else if (kind === 'M' && id) ackedGroups.add(id);
        else throw new Error(`unexpected worker output: ${ack}`);
      }
      if (output.acks.length > 0) killedWhileWriting += 1;

      const { db, notices } = await openTestDatabase(dataDir, { startupBackup: false });
      // A kill must never look like damage: no recovery, no missing-WAL notice.
      expect(notices).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(listLearnerProfiles(db).length).toBeLessThanOrEqual(1);

      const beats = new Set(db.prepare('SELECT beat_id FROM heartbeats').pluck().all() as string[]);
      expect(
        [...ackedBeats].filter((beat) => !beats.has(beat)),
        'acknowledged heartbeats missing',
      ).toEqual([]);

      const bookmarkCounts = db
        .prepare('SELECT module_id AS grp, count(*) AS n FROM bookmarks GROUP BY module_id')
        .all() as { grp: string; n: number }[];
      const notes = new Set(db.prepare('SELECT module_id FROM module_notes').pluck().all() as string[]);
      const present = new Set(bookmarkCounts.map((g) => g.grp));
      const partial = bookmarkCounts.filter((group) => group.n !== 5 || !notes.has(group.grp));
      expect(partial, 'a multi-row write is all or nothing').toEqual([]);
      expect(
        [...notes].filter((group) => !present.has(group)),
        'notes without their bookmarks',
      ).toEqual([]);
      expect(
        [...ackedGroups].filter((group) => !present.has(group)),
        'acknowledged groups missing',
      ).toEqual([]);
      db.close();
    }

    // The test is only meaningful if most kills landed in the middle of writing.
    expect(killedWhileWriting).toBeGreaterThanOrEqual(kills / 2);
    expect(ackedBeats.size).toBeGreaterThan(kills);
    expect(ackedGroups.size).toBeGreaterThan(kills);
  }, 120_000);
});
