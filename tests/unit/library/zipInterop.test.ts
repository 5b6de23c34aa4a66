import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { importCoursePackage } from '../../../main/core/library/courseImport';
import { allPaths, makeDataDir, validEntries, validMinimalDir } from './importFixtures';
import type { ZipEntrySpec } from './zipWriter';
import { buildZip } from './zipWriter';

/** Zips as different tools write them must all import to the same files. */
function importsCleanly(entries: ZipEntrySpec[]): void {
  const dataDir = makeDataDir();
  const result = importCoursePackage(dataDir, {
    kind: 'zip',
    fileName: 'course.zip',
    bytes: buildZip(entries),
  });
  expect(result).toMatchObject({ ok: true, courseId: 'hand-hygiene' });
  expect(allPaths(path.join(dataDir, 'courses', 'hand-hygiene-1.0.0'))).toEqual(allPaths(validMinimalDir));
}

describe('zips as common tools write them', () => {
  test('stored (uncompressed) entries', () => {
    importsCleanly(validEntries().map((entry) => ({ ...entry, method: 'stored' as const })));
  });

  test('streaming writers: sizes and CRC in data descriptors (macOS, Java)', () => {
    importsCleanly(validEntries().map((entry) => ({ ...entry, dataDescriptor: true })));
  });

  test('Windows Explorer: DOS attributes, no Unix mode, folder entries marked 0x10', () => {
    importsCleanly([
      { name: 'hand-hygiene/', externalAttributes: 0x10 },
      ...validEntries('hand-hygiene/').map((entry) => ({ ...entry, externalAttributes: 0x20 })),
    ]);
  });

  test('"./" prefixes and doubled slashes are normalised', () => {
    importsCleanly([
      { name: './' },
      ...validEntries().map((entry) => ({ ...entry, name: `./${entry.name.replace('/', '//')}` })),
    ]);
  });

  test('an archive comment and an empty file', () => {
    const entries = [...validEntries(), { name: 'assets/empty.txt', data: '' }];
    const dataDir = makeDataDir();
    const result = importCoursePackage(dataDir, {
      kind: 'zip',
      fileName: 'c.zip',
      bytes: withComment(buildZip(entries), 'made by a tool'),
    });
    expect(result).toMatchObject({ ok: true });
    expect(allPaths(path.join(dataDir, 'courses', 'hand-hygiene-1.0.0'))).toContain('assets/empty.txt');
  });
});

function withComment(zip: Buffer, comment: string): Buffer {
  const text = Buffer.from(comment);
  const out = Buffer.concat([zip, text]);
  out.writeUInt16LE(text.length, zip.length - 2);
  return out;
}
