import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../main/contract/channels';
import type { AppError } from '../../../main/contract/errors';
import { createCore } from '../../../main/core/app/createCore';
import { dispatchChannel } from '../../../main/core/app/dispatchChannel';
import { createSession } from '../../../main/core/app/session';
import { workerImportRunner } from '../../../main/core/library/courseImportRunner';
import { bundleChildWorker } from '../support/childWorker';
import { makeDataDir, validMinimalDir, validZip } from './importFixtures';
import { buildZip, folderEntries } from './zipWriter';

/*
 * Issue 21, finding 4: an import ran on the request path, so a slow package blocked every other request. Imports
 * now run in a worker thread (the real worker, bundled as the build bundles it), with a time and heap limit.
 */
let buildDir: string;
let workerScript: string;

beforeAll(() => {
  buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-import-worker-'));
  workerScript = bundleChildWorker(path.resolve('main/core/library/courseImportWorkerMain.ts'), buildDir);
});

afterAll(() => {
  fs.rmSync(buildDir, { recursive: true, force: true });
});

/** The bundled ketamine course under another id: a real, larger package whose check takes a while. */
function largeZip(): Buffer {
  const entries = folderEntries(path.resolve('courses/ketamine-therapy')).map((entry) =>
    entry.name === 'course.yml'
      ? { ...entry, data: String(entry.data).replace(/^id: .*$/m, 'id: ketamine-copy') }
      : entry,
  );
  return buildZip(entries);
}

describe('imports run in a worker thread', () => {
  test('other channels answer while an import is being checked', async () => {
    const root = makeDataDir();
    const bundled = path.join(root, 'bundled');
    fs.cpSync(validMinimalDir, path.join(bundled, 'hand-hygiene'), { recursive: true });
    const core = await createCore({
      dataDir: path.join(root, 'data'),
      bundledCoursesDir: bundled,
      shell: 'browser',
      appVersion: '0.0.0-test',
      courseImportWorker: workerScript,
      log: { error: () => undefined, info: () => undefined },
    });
    try {
      const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>, session = learner) =>
        (await dispatchChannel(core.handlers, channel, input, session, core.log)) as
          { ok: true; value: ChannelOutput<C> } | { ok: false; error: AppError };
      const learner = createSession();
      await call('profiles.create', { displayName: 'Importer' });
      let importDone = false;
      const importing = call('courses.import', {
        kind: 'zip',
        fileName: 'ketamine-copy.zip',
        dataBase64: largeZip().toString('base64'),
      }).then((result) => {
        importDone = true;
        return result;
      });
      const answers = await Promise.all([call('app.info', {}), call('courses.list', {})]);
      expect(answers.map((answer) => answer.ok)).toEqual([true, true]);
      expect(importDone).toBe(false);
      const second = await call('courses.import', {
        kind: 'zip',
        fileName: 'again.zip',
        dataBase64: validZip().toString('base64'),
      });
      expect(second).toMatchObject({
        ok: false,
        error: { code: 'conflict', message: expect.stringMatching(/Another course is being imported/) },
      });
      expect(importDone).toBe(false);

      expect(await importing).toMatchObject({ ok: true, value: { ok: true, courseId: 'ketamine-copy' } });
      const list = await call('courses.list', {});
      expect(list.ok && list.value.map((course) => course.id)).toEqual(['hand-hygiene', 'ketamine-copy']);
    } finally {
      core.close();
    }
  });

  test('an import that takes too long is stopped and refused, and nothing is placed', async () => {
    const dataDir = makeDataDir();
    const result = await workerImportRunner(workerScript).run({
      dataDir,
      source: { kind: 'zip', fileName: 'slow.zip', bytes: largeZip() },
      options: { limits: { maxImportMs: 1 } },
    });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) {
      expect(result.problems).toEqual([
        expect.objectContaining({
          file: 'slow.zip',
          message: expect.stringMatching(
            /^Checking this package took longer than 0 seconds, so it was stopped and nothing was imported\./,
          ),
        }),
      ]);
    }
    const placed = fs.existsSync(path.join(dataDir, 'courses'))
      ? fs.readdirSync(path.join(dataDir, 'courses')).filter((name) => !name.startsWith('.'))
      : [];
    expect(placed).toEqual([]);
  });

  test('an import whose worker runs out of heap is refused, and the app runs on', async () => {
    const result = await workerImportRunner(workerScript).run({
      dataDir: makeDataDir(),
      source: { kind: 'zip', fileName: 'hungry.zip', bytes: largeZip() },
      options: { limits: { maxImportHeapMb: 1 } },
    });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok)
      expect(result.problems[0]?.message).toMatch(/needed more than the 1 MiB of memory an import may use/);
  });

  test('a storage failure inside the worker reaches the caller as the same typed error', async () => {
    const dataDir = path.join(makeDataDir(), 'a-file');
    fs.writeFileSync(dataDir, 'not a folder');
    await expect(
      workerImportRunner(workerScript).run({
        dataDir,
        source: { kind: 'zip', fileName: 'c.zip', bytes: validZip() },
        options: {},
      }),
    ).rejects.toMatchObject({ name: 'CoreError', code: 'storage' });
  });
});
