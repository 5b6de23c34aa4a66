import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCoursePackage } from '../../../main/core/course/courseLoader';
import { importCoursePackage } from '../../../main/core/library/courseImport';
import { CourseLibrary } from '../../../main/core/library/courseLibrary';
import type { FolderFile } from '../../../main/core/library/folderFiles';
import {
  allPaths,
  coursesFolderNames,
  editEntry,
  makeDataDir,
  validEntries,
  validMinimalDir,
  validZip,
  versionZip,
} from './importFixtures';
import { buildZip, folderEntries } from './zipWriter';

const zip = (bytes: Buffer, fileName = 'course.zip') => ({ kind: 'zip' as const, fileName, bytes });

function importedLibrary(dataDir: string, bundledDir?: string): CourseLibrary {
  return new CourseLibrary([
    ...(bundledDir ? [{ dir: bundledDir, source: 'bundled' as const }] : []),
    { dir: path.join(dataDir, 'courses'), source: 'imported' },
  ]);
}

/** The files of a folder as a browser sends them for `<input webkitdirectory>`. */
function browserFiles(dir: string, chosenName: string): FolderFile[] {
  return folderEntries(dir, `${chosenName}/`).map((entry) => ({
    path: entry.name,
    bytes: entry.data as Buffer,
  }));
}

describe('importing a valid package', () => {
  test('a zip with the package at its root imports and then plays from the library', () => {
    const dataDir = makeDataDir();
    const result = importCoursePackage(dataDir, zip(validZip()));
    const folder = path.join(dataDir, 'courses', 'hand-hygiene-1.0.0');
    expect(result).toEqual({
      ok: true,
      alreadyPresent: false,
      courseId: 'hand-hygiene',
      version: '1.0.0',
      title: 'Hand Hygiene Refresher',
      folder,
      replacesVersion: null,
      signedBy: null,
      warnings: loadCoursePackage(validMinimalDir).problems,
    });
    expect(coursesFolderNames(dataDir)).toEqual(['hand-hygiene-1.0.0']);
    expect(allPaths(folder)).toEqual(allPaths(validMinimalDir));
    for (const file of ['course.yml', 'assets/figure.png', 'modules/01-moments.md']) {
      expect(fs.readFileSync(path.join(folder, file))).toEqual(
        fs.readFileSync(path.join(validMinimalDir, file)),
      );
    }
    const library = importedLibrary(dataDir);
    expect(library.list()).toMatchObject([
      { id: 'hand-hygiene', version: '1.0.0', source: 'imported', available: true },
    ]);
    expect(library.get('hand-hygiene').modules).toHaveLength(2);
  });

  test('a zip of the package folder (one top-level folder, macOS clutter, folder entries) imports', () => {
    const dataDir = makeDataDir();
    const entries = [
      { name: 'hand-hygiene/' },
      { name: 'hand-hygiene/modules/' },
      ...validEntries('hand-hygiene/'),
      { name: 'hand-hygiene/.DS_Store', data: 'finder data' },
      { name: '__MACOSX/hand-hygiene/._course.yml', data: 'resource fork' },
    ];
    const result = importCoursePackage(dataDir, zip(buildZip(entries)));
    expect(result).toMatchObject({ ok: true, courseId: 'hand-hygiene', version: '1.0.0' });
    const folder = path.join(dataDir, 'courses', 'hand-hygiene-1.0.0');
    expect(allPaths(folder)).toEqual(allPaths(validMinimalDir));
  });

  test('the files of a folder chosen in the browser import, without the chosen folder name', () => {
    const dataDir = makeDataDir();
    const result = importCoursePackage(dataDir, {
      kind: 'files',
      files: browserFiles(validMinimalDir, 'My Course'),
    });
    expect(result).toMatchObject({
      ok: true,
      courseId: 'hand-hygiene',
      folder: path.join(dataDir, 'courses', 'hand-hygiene-1.0.0'),
    });
    expect(allPaths(path.join(dataDir, 'courses', 'hand-hygiene-1.0.0'))).toEqual(allPaths(validMinimalDir));
  });

  test('a chosen folder that holds the package folder imports too', () => {
    const dataDir = makeDataDir();
    const files = browserFiles(validMinimalDir, 'Downloads/hand-hygiene');
    expect(importCoursePackage(dataDir, { kind: 'files', files })).toMatchObject({
      ok: true,
      courseId: 'hand-hygiene',
    });
  });
});

describe('refusing an invalid package', () => {
  test("the validator's problems are returned and nothing is left behind", () => {
    const dataDir = makeDataDir();
    const fixture = path.resolve('tests/fixtures/courses/missing-required-key');
    const result = importCoursePackage(dataDir, zip(buildZip(folderEntries(fixture))));
    const expected = loadCoursePackage(fixture).problems;
    expect(expected.some((p) => p.severity === 'error')).toBe(true);
    expect(result).toEqual({ ok: false, reason: 'package', problems: expected });
    expect(coursesFolderNames(dataDir)).toEqual([]);
  });

  test('a broken module is reported with its file and line', () => {
    const dataDir = makeDataDir();
    const entries = editEntry(validEntries(), 'modules/01-moments.md', 'type: single', 'type: singel');
    const result = importCoursePackage(dataDir, zip(buildZip(entries)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('package');
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        file: 'modules/01-moments.md',
        message: expect.stringContaining('singel'),
      }),
    );
    expect(coursesFolderNames(dataDir)).toEqual([]);
  });

  test('a zip without course.yml is refused by the validator', () => {
    const dataDir = makeDataDir();
    const result = importCoursePackage(dataDir, zip(buildZip([{ name: 'notes.txt', data: 'hello' }])));
    expect(result).toMatchObject({
      ok: false,
      reason: 'package',
      problems: [expect.objectContaining({ file: 'course.yml' })],
    });
    expect(coursesFolderNames(dataDir)).toEqual([]);
  });
});

describe('versions already in the library', () => {
  test('importing the same package twice says it is already present and writes nothing', () => {
    const dataDir = makeDataDir();
    const first = importCoursePackage(dataDir, zip(validZip()));
    const before = fs.statSync(path.join(dataDir, 'courses', 'hand-hygiene-1.0.0', 'course.yml')).mtimeMs;
    const again = importCoursePackage(dataDir, zip(validZip('hand-hygiene/'), 'copy.zip'));
    expect(again).toMatchObject({ ok: true, alreadyPresent: true, folder: first.ok ? first.folder : '' });
    expect(coursesFolderNames(dataDir)).toEqual(['hand-hygiene-1.0.0']);
    expect(fs.statSync(path.join(dataDir, 'courses', 'hand-hygiene-1.0.0', 'course.yml')).mtimeMs).toBe(
      before,
    );
  });

  test('the same version with other content is a conflict, and the imported copy is untouched', () => {
    const dataDir = makeDataDir();
    importCoursePackage(dataDir, zip(validZip()));
    const changed = editEntry(
      validEntries(),
      'modules/01-moments.md',
      'Hands carry most',
      'Hands carry many',
    );
    const result = importCoursePackage(dataDir, zip(buildZip(changed)));
    expect(result).toEqual({
      ok: false,
      reason: 'conflict',
      problems: [
        {
          severity: 'error',
          file: 'course.yml',
          line: 3,
          column: 1,
          message: expect.stringContaining(
            'Version 1.0.0 of the course "hand-hygiene" is already in the library',
          ),
        },
      ],
    });
    expect(coursesFolderNames(dataDir)).toEqual(['hand-hygiene-1.0.0']);
    expect(allPaths(path.join(dataDir, 'courses', 'hand-hygiene-1.0.0'))).toEqual(allPaths(validMinimalDir));
  });

  test('a folder made by hand under the target name is never overwritten', () => {
    const dataDir = makeDataDir();
    const taken = path.join(dataDir, 'courses', 'hand-hygiene-1.0.0');
    fs.mkdirSync(taken, { recursive: true });
    fs.writeFileSync(path.join(taken, 'notes.txt'), 'mine');
    const result = importCoursePackage(dataDir, zip(validZip()));
    expect(result).toMatchObject({
      ok: false,
      reason: 'conflict',
      problems: [
        {
          file: 'course.yml',
          message: expect.stringContaining('already holds a folder named "hand-hygiene-1.0.0"'),
        },
      ],
    });
    expect(allPaths(taken)).toEqual(['notes.txt']);
    expect(coursesFolderNames(dataDir)).toEqual(['hand-hygiene-1.0.0']);
  });

  test('a newer version is imported beside the older one, and both stay in the library', () => {
    const dataDir = makeDataDir();
    importCoursePackage(dataDir, zip(validZip()));
    const result = importCoursePackage(dataDir, zip(versionZip('1.1.0')));
    expect(result).toMatchObject({
      ok: true,
      alreadyPresent: false,
      version: '1.1.0',
      replacesVersion: '1.0.0',
    });
    expect(coursesFolderNames(dataDir)).toEqual(['hand-hygiene-1.0.0', 'hand-hygiene-1.1.0']);
    // The library offers the newest version and keeps the older one installed for the records made on it.
    const library = importedLibrary(dataDir);
    expect(library.list().map((c) => [c.id, c.version, c.available])).toEqual([
      ['hand-hygiene', '1.1.0', true],
    ]);
    expect(library.get('hand-hygiene').version).toBe('1.1.0');
    expect(library.findVersion('hand-hygiene', '1.0.0')?.version).toBe('1.0.0');
  });

  test('an older version is accepted with a warning and replaces nothing', () => {
    const dataDir = makeDataDir();
    importCoursePackage(dataDir, zip(versionZip('2.0.0')));
    const result = importCoursePackage(dataDir, zip(versionZip('1.5.0-beta.1')));
    expect(result).toMatchObject({ ok: true, version: '1.5.0-beta.1', replacesVersion: null });
    if (!result.ok) return;
    expect(result.warnings).toContainEqual({
      severity: 'warning',
      file: 'course.yml',
      line: 3,
      column: 1,
      message: expect.stringContaining('is older than version 2.0.0'),
    });
    expect(coursesFolderNames(dataDir)).toEqual(['hand-hygiene-1.5.0-beta.1', 'hand-hygiene-2.0.0']);
  });

  test('bundled courses count: an identical copy is already present, a newer unsigned one may not replace it', () => {
    const dataDir = makeDataDir();
    const bundledDir = path.join(makeDataDir(), 'bundled');
    fs.cpSync(validMinimalDir, path.join(bundledDir, 'hand-hygiene'), { recursive: true });
    const bundled = new CourseLibrary([{ dir: bundledDir, source: 'bundled' }]);
    const options = { bundledDirs: [bundledDir], protectedPackages: bundled.protectedPackages() };
    expect(importCoursePackage(dataDir, zip(validZip()), options)).toMatchObject({
      ok: true,
      alreadyPresent: true,
      folder: path.join(bundledDir, 'hand-hygiene'),
    });
    expect(coursesFolderNames(dataDir)).toEqual([]);
    expect(importCoursePackage(dataDir, zip(versionZip('1.0.1')), options)).toMatchObject({
      ok: false,
      reason: 'shadow',
      problems: [{ file: 'course.yml', line: 3, message: expect.stringMatching(/came with CE Player/) }],
    });
    expect(coursesFolderNames(dataDir)).toEqual([]);
    const library = importedLibrary(dataDir, bundledDir);
    expect(library.list().map((c) => [c.source, c.version])).toEqual([['bundled', '1.0.0']]);
  });
});

describe('staging folders', () => {
  test('the library never lists a staging folder, even one holding a valid package', () => {
    const dataDir = makeDataDir();
    const staging = path.join(dataDir, 'courses', '.staging-0123456789abcdef');
    fs.cpSync(validMinimalDir, staging, { recursive: true });
    expect(importedLibrary(dataDir).list()).toEqual([]);
    fs.cpSync(validMinimalDir, path.join(dataDir, 'courses', 'hand-hygiene'), { recursive: true });
    expect(
      importedLibrary(dataDir)
        .list()
        .map((c) => c.folder),
    ).toEqual([path.join(dataDir, 'courses', 'hand-hygiene')]);
  });

  test('staging folders older than an hour are removed at the start of an import; younger ones are kept', () => {
    const dataDir = makeDataDir();
    const courses = path.join(dataDir, 'courses');
    const stale = path.join(courses, '.staging-stale');
    const fresh = path.join(courses, '.staging-fresh');
    fs.mkdirSync(path.join(stale, 'modules'), { recursive: true });
    fs.writeFileSync(path.join(stale, 'modules', 'half.md'), 'half written');
    fs.mkdirSync(fresh);
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(stale, twoHoursAgo, twoHoursAgo);
    importCoursePackage(dataDir, zip(Buffer.from('not a zip')));
    expect(coursesFolderNames(dataDir)).toEqual(['.staging-fresh']);
  });
});
