import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, test } from 'vitest';
import { CoreError } from '../../../main/core/coreError';
import { importCoursePackage } from '../../../main/core/library/courseImport';
import { coursesFolderNames, makeDataDir, validEntries } from './importFixtures';
import { buildZip } from './zipWriter';

const posix = process.platform !== 'win32' && fs.existsSync('/bin/sh');
let workerFile = '';

beforeAll(() => {
  if (!posix) return;
  workerFile = path.join(makeDataDir(), 'importWorker.cjs');
  buildSync({
    entryPoints: [path.join(__dirname, 'importWorker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: workerFile,
    logLevel: 'error',
  });
});

describe.skipIf(!posix)(
  'an I/O failure part-way through an import (file-size limit, like a full disk)',
  () => {
    test('throws a plain CoreError("storage") and removes the staging folder', () => {
      const dataDir = makeDataDir();
      const zipPath = path.join(makeDataDir(), 'course.zip');
      // The small package files fit under the limit; this asset does not.
      const big = { name: 'assets/scan.png', data: randomBytes(64 * 1024), method: 'stored' as const };
      fs.writeFileSync(zipPath, buildZip([...validEntries(), big]));
      // ulimit -f counts 512-byte blocks in POSIX sh: 32 blocks = 16 KiB per file.
      const run = spawnSync(
        '/bin/sh',
        ['-c', 'ulimit -f 32 && exec "$@"', 'sh', process.execPath, workerFile, dataDir, zipPath],
        {
          encoding: 'utf8',
          timeout: 20_000,
        },
      );
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual({
        thrown: {
          name: 'CoreError',
          code: 'storage',
          message:
            'A file of this course is too large for the disk that holds the data folder, so the course was not imported.',
        },
      });
      expect(coursesFolderNames(dataDir)).toEqual([]);
    });
  },
);

describe('a data directory that cannot hold courses', () => {
  test('a file where the courses folder should be gives CoreError("storage") naming the folder', () => {
    const dataDir = makeDataDir();
    fs.writeFileSync(path.join(dataDir, 'courses'), 'not a folder');
    const run = () =>
      importCoursePackage(dataDir, { kind: 'zip', fileName: 'course.zip', bytes: buildZip(validEntries()) });
    expect(run).toThrow(CoreError);
    expect(run).toThrow(
      expect.objectContaining({
        code: 'storage',
        message: expect.stringContaining(
          `could not be saved in the courses folder (${path.join(dataDir, 'courses')})`,
        ),
      }),
    );
    expect(fs.readFileSync(path.join(dataDir, 'courses'), 'utf8')).toBe('not a folder');
  });
});
