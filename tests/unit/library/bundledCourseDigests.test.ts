import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { recordBundledCourses } from '../../../main/core/library/bundledCourseDigests';
import { importCoursePackage } from '../../../main/core/library/courseImport';
import { CourseLibrary } from '../../../main/core/library/courseLibrary';
import { makeDataDir, validMinimalDir } from './importFixtures';
import { newProviderKey, signedMinimal } from './signingFixtures';
import { buildZip, folderEntries } from './zipWriter';

/*
 * Issue 21, finding 12: the build records each bundled package's files (scripts/build.mjs embeds the record in the
 * main-process bundle); at load a bundled package must match it, or it is refused and its id stays protected.
 */
function bundledCopy(): string {
  const dir = path.join(makeDataDir(), 'courses');
  fs.cpSync(validMinimalDir, path.join(dir, 'hand-hygiene'), { recursive: true });
  return dir;
}

const library = (dir: string, digests: ReturnType<typeof recordBundledCourses>, dataDir = makeDataDir()) =>
  new CourseLibrary([
    { dir, source: 'bundled', digests },
    { dir: path.join(dataDir, 'courses'), source: 'imported' },
  ]);

describe('the build records the bundled courses', () => {
  test('the shipped courses folder is recorded: id, version, signer and every file', () => {
    const [record] = recordBundledCourses(path.resolve('courses'));
    expect(record).toMatchObject({
      folder: 'ketamine-therapy',
      courseId: 'ketamine-therapy',
      provider: null,
    });
    expect(record?.files.map((file) => file.path)).toContain('course.yml');
    expect(record?.files.every((file) => /^[0-9a-f]{64}$/.test(file.sha256))).toBe(true);
  });

  test('a signed bundled course is recorded with its provider key', () => {
    const key = newProviderKey();
    const dir = path.join(makeDataDir(), 'courses');
    signedMinimal(dir, key);
    expect(recordBundledCourses(dir)).toMatchObject([{ courseId: 'hand-hygiene', provider: key.did }]);
  });

  test('a bundled course that cannot be recorded fails the build', () => {
    const dir = bundledCopy();
    fs.writeFileSync(path.join(dir, 'hand-hygiene', 'course.yml'), 'title: [unclosed\n');
    expect(() => recordBundledCourses(dir)).toThrow(/course\.yml cannot be read for its id and version/);
  });
});

describe('at load, a bundled package must match the record', () => {
  test('unchanged, it plays', () => {
    const dir = bundledCopy();
    expect(library(dir, recordBundledCourses(dir)).get('hand-hygiene').version).toBe('1.0.0');
  });

  test.each([
    [
      'edited',
      (dir: string) => fs.appendFileSync(path.join(dir, 'modules/01-moments.md'), '\n5 mg/kg rapid push.\n'),
      'modules/01-moments.md',
      'was changed',
    ],
    [
      'with a file added',
      (dir: string) => fs.writeFileSync(path.join(dir, 'assets/new.png'), 'x'),
      'assets/new.png',
      'was added',
    ],
    [
      'with a file removed',
      (dir: string) => fs.rmSync(path.join(dir, 'references.md')),
      'references.md',
      'is missing',
    ],
  ])('%s, it is refused naming the file, and its id stays protected', (_, edit, file, change) => {
    const dir = bundledCopy();
    const digests = recordBundledCourses(dir);
    edit(path.join(dir, 'hand-hygiene'));
    const dataDir = makeDataDir();
    const loaded = library(dir, digests, dataDir);
    expect(loaded.list()).toEqual([
      expect.objectContaining({
        id: 'hand-hygiene',
        available: false,
        problems: [
          {
            severity: 'error',
            file,
            line: 1,
            column: 1,
            message:
              `"${file}" ${change} after this copy of CE Player was built, so the bundled course "hand-hygiene" is ` +
              'not the one it shipped with. Reinstall CE Player to restore it; the other courses are not affected.',
          },
        ],
      }),
    ]);
    const forged = signedMinimal(makeDataDir(), newProviderKey(), { version: '9.0.0' });
    const result = importCoursePackage(
      dataDir,
      { kind: 'zip', fileName: 'forged.zip', bytes: buildZip(folderEntries(forged)) },
      { bundledDirs: [dir], protectedPackages: loaded.protectedPackages() },
    );
    expect(result).toMatchObject({ ok: false, reason: 'shadow' });
  });

  test('a package folder the build did not record is refused', () => {
    const dir = bundledCopy();
    const digests = recordBundledCourses(dir);
    fs.cpSync(validMinimalDir, path.join(dir, 'extra'), { recursive: true });
    const listed = library(dir, digests).list();
    expect(listed.map((course) => [course.folder.split(path.sep).pop(), course.available])).toEqual([
      ['extra', false],
      ['hand-hygiene', true],
    ]);
    expect(listed[0]?.problems[0]?.message).toMatch(
      /^The bundled courses folder holds "extra", which is not a course this copy of CE Player was built with\./,
    );
  });
});
