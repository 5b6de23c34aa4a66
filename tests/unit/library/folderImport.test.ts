import { describe, expect, test } from 'vitest';
import type { CourseImportResult } from '../../../main/core/library/courseImport';
import { importCoursePackage } from '../../../main/core/library/courseImport';
import type { FolderFile } from '../../../main/core/library/folderFiles';
import type { ImportLimits } from '../../../main/core/library/importLimits';
import { allPaths, makeDataDir, validEntries } from './importFixtures';

function validFiles(folder = 'chosen'): FolderFile[] {
  return validEntries(`${folder}/`).map((entry) => ({ path: entry.name, bytes: entry.data as Buffer }));
}

function refused(
  files: FolderFile[],
  limits?: Partial<ImportLimits>,
): Extract<CourseImportResult, { ok: false }> {
  const dataDir = makeDataDir();
  const result = importCoursePackage(dataDir, { kind: 'files', files }, { limits });
  expect(allPaths(dataDir)).toEqual(['courses']);
  if (result.ok) throw new Error('expected a refusal');
  expect(result.reason).toBe('archive');
  return result;
}

describe('a chosen folder follows the same rules as a zip', () => {
  test.each([
    ['chosen/../../x', 'contains ".."'],
    ['/etc/passwd', 'is an absolute path'],
    ['C:\\Users\\x', 'is an absolute path'],
    ['chosen/a\\b.png', 'contains a backslash'],
    ['chosen/a\u0000.png', 'contains a control character'],
    ['chosen/course.yml', 'has the same name as "chosen/course.yml"'],
    ['chosen/COURSE.yml', 'when letter case is ignored'],
    ['other/x.md', 'is not inside the chosen folder "chosen"'],
    ['loose.md', 'is not a file inside the chosen folder'],
  ])('%s is refused', (badPath, message) => {
    const result = refused([...validFiles(), { path: badPath, bytes: Buffer.from('x') }]);
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 1, column: 1, message: expect.stringContaining(message) }),
    ]);
  });

  test('too many files', () => {
    const result = refused(validFiles(), { maxEntries: 3 });
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'chosen',
        message: '"chosen" holds 7 files; a course package may hold at most 3.',
      }),
    ]);
  });

  test('one file over the size limit', () => {
    const result = refused(validFiles(), { maxEntryBytes: 900 });
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        file: 'chosen/course.yml',
        message: expect.stringContaining('is larger than 900 bytes'),
      }),
    );
  });

  test('all files over the total limit', () => {
    const result = refused(validFiles(), { maxTotalBytes: 2000 });
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'chosen',
        message: expect.stringContaining('more than the 2,000 bytes'),
      }),
    ]);
  });

  test('no files at all', () => {
    const result = refused([]);
    expect(result.problems).toEqual([
      expect.objectContaining({ message: '"the chosen folder" contains no files.' }),
    ]);
  });
});
