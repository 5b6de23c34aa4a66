import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleChildWorker } from '../../unit/support/childWorker';
import { makeTempFolder } from '../../support/tempFolder';
import { startGateway, type LrsGateway } from '../../support/lrs/lrsGateway';
import { eventually, expectAllDeliveredOnce, outboxRows } from './support/syncWorld';
import { startTestLrs, type TestLrs } from '../../support/lrs/testLrs';

/*
 * The workstation's process is killed with SIGKILL while it syncs, again and again: with a batch on its way to the
 * LRS, and with a batch the LRS stored but whose answer never came back. Started once more, it delivers everything,
 * and the LRS holds each statement exactly once.
 */
const projectRoot = path.resolve(import.meta.dirname, '../../..');
let lrs: TestLrs;
let gateway: LrsGateway;
let child = '';

beforeAll(async () => {
  lrs = await startTestLrs();
  gateway = await startGateway(lrs.port);
  child = bundleChildWorker(
    path.join(import.meta.dirname, 'support', 'syncChild.ts'),
    makeTempFolder('ce-sync-child-'),
  );
});
afterAll(async () => {
  await gateway?.close();
  await lrs?.stop();
});

interface Running {
  lines: string[];
  stderr: () => string;
  kill: () => Promise<NodeJS.Signals | null>;
}

function run(dataDir: string, coursesDir: string, generate: boolean): Running {
  const args = [child, dataDir, coursesDir, gateway.endpoint, generate ? 'generate' : 'sync'];
  const process_ = spawn(process.execPath, args, {
    env: { ...process.env, NODE_PATH: path.join(projectRoot, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  let buffered = '';
  process_.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    lines.push(...parts);
  });
  process_.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    process_.once('exit', (_code, signal) => resolve(signal)),
  );
  return {
    lines,
    stderr: () => stderr,
    kill: () => {
      process_.kill('SIGKILL');
      return exited;
    },
  };
}

describe('record sync under kill -9', () => {
  it('delivers every statement exactly once after the workstation is killed mid-sync, again and again', async () => {
    const dataDir = makeTempFolder('ce-sync-crash-');
    const coursesDir = makeTempFolder('ce-sync-courses-');
    fs.cpSync(path.resolve('tests/fixtures/courses/valid-minimal'), path.join(coursesDir, 'valid-minimal'), {
      recursive: true,
    });
    const kills = 6;
    for (let round = 0; round < kills; round += 1) {
      // Some batches go through; the next one is under way when the process dies.
      gateway.setMode({ kind: 'hold', after: round % 3 });
      const running = run(dataDir, coursesDir, round === 0);
      await gateway.whenHeld(1);
      expect(await running.kill()).toBe('SIGKILL');
      expect(running.stderr()).toBe('');
      if (round === 0) expect(running.lines).toContain('generated 3');
      // Half the time the LRS gets the batch after its sender died (stored, never acknowledged); half the time not.
      if (round % 2 === 0) gateway.release();
      else gateway.drop();
    }
    const queued = outboxRows(dataDir);
    expect(queued).toHaveLength(3 * 8);
    expect(queued.some((row) => row.delivered_at === null)).toBe(true);

    gateway.setMode({ kind: 'pass' });
    const last = run(dataDir, coursesDir, false);
    await eventually('every statement is delivered', () =>
      outboxRows(dataDir).every((row) => row.delivered_at),
    );
    await last.kill();
    expect(last.stderr()).toBe('');
    await expectAllDeliveredOnce(lrs, dataDir);
  });
});
