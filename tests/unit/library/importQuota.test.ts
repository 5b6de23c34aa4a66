import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { importCoursePackage } from '../../../main/core/library/courseImport';
import { CourseLibrary } from '../../../main/core/library/courseLibrary';
import { DEFAULT_IMPORT_LIMITS } from '../../../main/core/library/importLimits';
import { listPackageFolder } from '../../../main/core/library/packageFolderFiles';
import {
  allPaths,
  coursesFolderNames,
  editEntry,
  makeDataDir,
  validEntries,
  validZip,
  versionZip,
} from './importFixtures';
import { buildZip, deflatedZeros } from './zipWriter';

/*
 * Issue 21, finding 4: files under 1 MiB skipped the zip ratio check, so a 221 KB zip left 191 MiB on disk, and
 * new versions repeated it. The whole package is now held to a ratio, and imported courses to a quota.
 */
const MiB = 1024 * 1024;
const zip = (bytes: Buffer) => ({ kind: 'zip' as const, fileName: 'course.zip', bytes });

describe('a package that expands far more than its zip', () => {
  test('191 files of 1 MiB of zeros in a 221 KB zip are refused, and nothing is written', () => {
    const dataDir = makeDataDir();
    const zeros = deflatedZeros(1);
    const padding = Array.from({ length: 191 }, (_, i) => ({ name: `assets/pad-${i}.png`, deflated: zeros }));
    const bomb = buildZip([...validEntries(), ...padding]);
    expect(bomb.length).toBeLessThan(240 * 1024);
    const result = importCoursePackage(dataDir, zip(bomb));
    expect(result).toMatchObject({ ok: false, reason: 'archive' });
    if (!result.ok) {
      expect(result.problems).toEqual([
        expect.objectContaining({
          file: 'course.zip',
          message: expect.stringMatching(
            /^The files of "course\.zip" come to 191\.\d MiB once unpacked, more than 50 times the \d+,\d+ bytes of the zip file, which is how a zip bomb fills a disk\.$/,
          ),
        }),
      ]);
    }
    expect(allPaths(dataDir)).toEqual(['courses']);
  });

  test('an honest package under 1 MiB may compress as well as it likes', () => {
    const dataDir = makeDataDir();
    const repetitive = editEntry(
      validEntries(),
      'references.md',
      '# References',
      `# References\n\n${'x'.repeat(500_000)}`,
    );
    expect(importCoursePackage(dataDir, zip(buildZip(repetitive)))).toMatchObject({ ok: true });
  });
});

describe('the imported-courses quota', () => {
  test(`at most ${DEFAULT_IMPORT_LIMITS.maxVersionsPerCourse} versions of one course are kept; the next is refused by name`, () => {
    const dataDir = makeDataDir();
    const versions = ['1.0.0', '1.1.0', '1.2.0', '1.3.0', '1.4.0'];
    for (const version of versions) {
      expect(importCoursePackage(dataDir, zip(versionZip(version)))).toMatchObject({ ok: true, version });
    }
    const sixth = importCoursePackage(dataDir, zip(versionZip('1.5.0')));
    expect(sixth).toMatchObject({ ok: false, reason: 'quota' });
    if (!sixth.ok) {
      expect(sixth.problems[0]?.message).toBe(
        `The library already keeps 5 imported versions of "hand-hygiene" (${versions.join(', ')}), the most it keeps ` +
          `of one course. Ask clinic IT to remove imported versions that are no longer needed (in ${path.join(dataDir, 'courses')}).`,
      );
    }
    expect(coursesFolderNames(dataDir)).toEqual(versions.map((version) => `hand-hygiene-${version}`));
    // An identical copy of a kept version is still recognised: the quota refuses only what it would add.
    expect(importCoursePackage(dataDir, zip(versionZip('1.4.0')))).toMatchObject({
      ok: true,
      alreadyPresent: true,
    });
  });

  test('the total size of imported courses is checked before anything is unpacked', () => {
    const dataDir = makeDataDir();
    expect(importCoursePackage(dataDir, zip(validZip())).ok).toBe(true);
    const listing = listPackageFolder(
      path.join(dataDir, 'courses', 'hand-hygiene-1.0.0'),
      DEFAULT_IMPORT_LIMITS,
    );
    const used = listing.ok ? listing.totalBytes : 0;
    expect(used).toBeGreaterThan(1000);
    const limits = { maxImportedBytes: used + 1000 };
    const result = importCoursePackage(dataDir, zip(versionZip('2.0.0')), { limits });
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    if (!result.ok) {
      expect(result.problems[0]?.message).toMatch(
        /^Imported courses already take [\d,]+ bytes of the [\d,]+ bytes they may take on this computer, and this package needs [\d,]+ bytes more\./,
      );
    }
    expect(coursesFolderNames(dataDir)).toEqual(['hand-hygiene-1.0.0']);
  });

  test('the number of imported packages is limited', () => {
    const dataDir = makeDataDir();
    expect(importCoursePackage(dataDir, zip(validZip()))).toMatchObject({ ok: true });
    const other = buildZip(editEntry(validEntries(), 'course.yml', 'id: hand-hygiene', 'id: hand-care'));
    const result = importCoursePackage(dataDir, zip(other), { limits: { maxImportedPackages: 1 } });
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    if (!result.ok)
      expect(result.problems[0]?.message).toMatch(
        /already holds 1 imported course packages, the most it keeps/,
      );
  });
});

describe('an oversized package at start-up', () => {
  test('is listed as unavailable from its size alone, and the other courses load', () => {
    const dataDir = makeDataDir();
    expect(importCoursePackage(dataDir, zip(validZip()))).toMatchObject({ ok: true });
    const oversized = path.join(dataDir, 'courses', 'big-course');
    fs.cpSync(path.join(dataDir, 'courses', 'hand-hygiene-1.0.0'), oversized, { recursive: true });
    // A sparse file: 60 MiB stated, nothing written, so the test stays small.
    const fd = fs.openSync(path.join(oversized, 'assets', 'huge.png'), 'w');
    fs.ftruncateSync(fd, 60 * MiB);
    fs.closeSync(fd);
    const library = new CourseLibrary([{ dir: path.join(dataDir, 'courses'), source: 'imported' }]);
    const listed = library.list();
    expect(listed.map((course) => [course.folder.split(path.sep).pop(), course.available])).toEqual([
      ['big-course', false],
      ['hand-hygiene-1.0.0', true],
    ]);
    expect(listed[0]?.problems).toEqual([
      {
        severity: 'error',
        file: 'assets/huge.png',
        line: 1,
        column: 1,
        message: '"assets/huge.png" is larger than 50 MiB; one file of a course package may not be.',
      },
    ]);
  });
});
