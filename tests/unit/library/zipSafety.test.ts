import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { CourseImportResult } from '../../../main/core/library/courseImport';
import { importCoursePackage } from '../../../main/core/library/courseImport';
import { allPaths, makeDataDir, validEntries, validZip } from './importFixtures';
import type { ZipEntrySpec, ZipOptions } from './zipWriter';
import { buildZip, deflatedZeros } from './zipWriter';

const MiB = 1024 * 1024;

/** Imports a zip into a fresh data directory and checks nothing at all was left in it. */
function importRefused(bytes: Buffer, fileName = 'hostile.zip'): Extract<CourseImportResult, { ok: false }> {
  const dataDir = makeDataDir();
  const result = importCoursePackage(dataDir, { kind: 'zip', fileName, bytes });
  expect(allPaths(dataDir)).toEqual(['courses']);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result)}`);
  expect(result.reason).toBe('archive');
  return result;
}

/** The valid package plus `extra` entries: the package itself is fine, so only the extra entries can be refused. */
function refusedWith(extra: ZipEntrySpec[], options?: ZipOptions) {
  return importRefused(buildZip([...validEntries(), ...extra], options));
}

function problem(file: string, message: string | RegExp) {
  return {
    severity: 'error',
    file,
    line: 1,
    column: 1,
    message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message),
  };
}

describe('entries that would escape the package folder are refused, naming the entry', () => {
  test.each([
    ['../x', 'contains ".."'],
    ['a/../../x', 'contains ".."'],
    ['modules/../../../etc/cron.d/x', 'contains ".."'],
    ['/etc/x', 'is an absolute path'],
    ['C:\\x', 'is an absolute path'],
    ['C:/Windows/x', 'is an absolute path'],
    ['\\\\server\\share\\x', 'is an absolute path'],
    ['//server/share/x', 'is an absolute path'],
    ['assets\\..\\..\\x', 'contains a backslash'],
  ])('%s', (name, message) => {
    const result = refusedWith([{ name, data: 'escaped' }]);
    expect(result.problems).toEqual([problem(name, message)]);
  });

  test('NUL and other control characters are refused, and shown escaped', () => {
    const result = refusedWith([
      { name: 'course.yml\u0000.png', data: 'x' },
      { name: 'modules/a\nb.md', data: 'x' },
      { name: 'assets/\u001b[31mred.png', data: 'x' },
    ]);
    expect(result.problems).toEqual([
      problem('course.yml\\u0000.png', '"course.yml\\u0000.png" contains a control character'),
      problem('modules/a\\u000ab.md', 'contains a control character'),
      problem('assets/\\u001b[31mred.png', 'contains a control character'),
    ]);
  });

  test('names Windows cannot store are refused', () => {
    const result = refusedWith([
      { name: 'assets/a:stream.png', data: 'x' },
      { name: 'assets/con.png', data: 'x' },
      { name: 'assets/trailing. ', data: 'x' },
    ]);
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('a character that Windows does not allow'),
      expect.stringContaining('reserves for devices'),
      expect.stringContaining('ending in a dot or a space'),
    ]);
  });

  test('a name that is not UTF-8 is refused', () => {
    const result = refusedWith([{ name: '', nameBytes: Buffer.from([0x61, 0xff, 0xfe]), data: 'x' }]);
    expect(result.problems).toEqual([problem('hostile.zip', 'has a name that is not valid UTF-8')]);
  });
});

describe('entries that are not plain files are refused', () => {
  test('a symbolic link', () => {
    const result = refusedWith([
      { name: 'assets/passwd.png', data: '/etc/passwd', symlink: true, method: 'stored' },
    ]);
    expect(result.problems).toEqual([problem('assets/passwd.png', '"assets/passwd.png" is a symbolic link')]);
  });

  test.each([
    ['a named pipe', 0o010644],
    ['a character device', 0o020644],
    ['a socket', 0o140644],
  ])('%s', (_kind, unixMode) => {
    const result = refusedWith([{ name: 'assets/odd', data: '', unixMode }]);
    expect(result.problems).toEqual([problem('assets/odd', 'is not a regular file')]);
  });

  test('a folder entry with data, and a folder mode on a file name', () => {
    const result = refusedWith([
      { name: 'extra/', data: 'hidden data', method: 'stored' },
      { name: 'assets/dir', unixMode: 0o040755 },
    ]);
    expect(result.problems).toEqual([
      problem('extra/', 'is a folder entry but holds data'),
      problem('assets/dir', 'is marked as a folder but named like a file'),
    ]);
  });
});

describe('names that clash are refused', () => {
  test('the same name twice', () => {
    const result = refusedWith([{ name: 'course.yml', data: 'id: other' }]);
    expect(result.problems).toEqual([
      problem('course.yml', '"course.yml" has the same name as "course.yml".'),
    ]);
  });

  test('names that differ only in letter case (or Unicode form), as Windows and macOS disks see them', () => {
    const result = refusedWith([
      { name: 'Course.YML', data: 'id: other' },
      { name: 'assets/caf\u00e9.png', data: 'x' },
      { name: 'assets/cafe\u0301.png', data: 'y' },
      { name: 'Modules/extra.md', data: 'x' },
    ]);
    expect(result.problems).toEqual([
      problem('Course.YML', 'the same name as "course.yml" when letter case is ignored'),
      problem('assets/cafe\u0301.png', 'the same name as "assets/caf\u00e9.png" when letter case is ignored'),
      problem('Modules/extra.md', 'is in folder "Modules", which differs only in letter case from "modules"'),
    ]);
  });

  test('a file that other entries use as a folder', () => {
    const result = refusedWith([{ name: 'assets/figure.png/inner.png', data: 'x' }]);
    expect(result.problems).toEqual([
      problem('assets/figure.png', 'is a file, but other entries use it as a folder'),
    ]);
  });
});

describe('encryption and unknown methods are refused', () => {
  test('the encrypted flag', () => {
    const result = refusedWith([{ name: 'assets/secret.png', data: 'x', flags: 0x0001 }]);
    expect(result.problems).toEqual([problem('assets/secret.png', '"assets/secret.png" is encrypted')]);
  });

  test('AES encryption (method 99)', () => {
    const result = refusedWith([{ name: 'assets/aes.png', data: 'x', methodNumber: 99 }]);
    expect(result.problems).toEqual([problem('assets/aes.png', 'is encrypted')]);
  });

  test('bzip2 (method 12)', () => {
    const result = refusedWith([{ name: 'assets/b.png', data: 'x', methodNumber: 12 }]);
    expect(result.problems).toEqual([problem('assets/b.png', 'is compressed with method 12')]);
  });
});

describe('zip bombs and oversized content are refused without unpacking them', () => {
  const zeros = deflatedZeros(60);

  test('60 MiB of zeros, honestly declared, is refused by its compression ratio', () => {
    const started = performance.now();
    const result = refusedWith([{ name: 'assets/zeros.png', deflated: zeros }]);
    expect(result.problems).toEqual([
      problem('assets/zeros.png', 'expands more than 200 times when unpacked'),
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test('the same bomb with a header claiming 1,000 bytes is stopped at 1,000 bytes', () => {
    const started = performance.now();
    const heapBefore = process.memoryUsage().arrayBuffers;
    const result = refusedWith([{ name: 'assets/small.png', deflated: { ...zeros, size: 1000 } }]);
    expect(result.problems).toEqual([
      problem('assets/small.png', 'unpacks to more than the 1,000 bytes its header states'),
    ]);
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(20 * MiB);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test('a header claiming 40 MiB for 60 KB of deflate data is refused by its ratio before unpacking', () => {
    const result = refusedWith([{ name: 'assets/mid.png', deflated: { ...zeros, size: 40 * MiB } }]);
    expect(result.problems).toEqual([problem('assets/mid.png', 'expands more than 200 times')]);
  });

  test('a header claiming fewer bytes than the data holds', () => {
    const result = refusedWith([{ name: 'assets/short.png', data: randomBytes(5000), size: 4000 }]);
    expect(result.problems).toEqual([
      problem('assets/short.png', 'unpacks to more than the 4,000 bytes its header states'),
    ]);
  });

  test('a header claiming more bytes than the data holds', () => {
    const result = refusedWith([{ name: 'assets/long.png', data: randomBytes(5000), size: 6000 }]);
    expect(result.problems).toEqual([
      problem('assets/long.png', 'it unpacks to 5,000 bytes, but its header states 6,000 bytes'),
    ]);
  });

  test('one file over 50 MiB', () => {
    const packed = zlib.deflateRawSync(randomBytes(300 * 1024));
    const result = refusedWith([
      { name: 'assets/big.png', deflated: { data: packed, size: 51 * MiB, crc32: 0 } },
    ]);
    expect(result.problems).toEqual([problem('assets/big.png', 'is larger than 50 MiB once unpacked')]);
  });

  test('files over 200 MiB together', () => {
    const packed = zlib.deflateRawSync(randomBytes(300 * 1024));
    const big = Array.from({ length: 5 }, (_, i) => ({
      name: `assets/part-${i}.png`,
      deflated: { data: packed, size: 45 * MiB, crc32: 0 },
    }));
    const result = refusedWith(big);
    expect(result.problems).toEqual([
      problem('hostile.zip', /come to 22\d\.\d MiB once unpacked, more than the 200 MiB/),
    ]);
  });

  test('entries sharing compressed data (an overlapping zip bomb)', () => {
    const inner = buildZip([{ name: 'b.png', data: 'x'.repeat(100) }]);
    const innerLocal = inner.subarray(0, inner.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    const result = importRefused(
      buildZip([
        { name: 'a.png', data: innerLocal, method: 'stored' },
        { name: 'b.png', data: 'x'.repeat(100), centralOnlyAt: 30 + 'a.png'.length },
      ]),
    );
    expect(result.problems).toEqual([problem('b.png', 'overlaps the data of "a.png"')]);
  });

  test('more than 5,000 entries', () => {
    const many = Array.from({ length: 5001 }, (_, i) => ({
      name: `assets/${i}.png`,
      method: 'stored' as const,
    }));
    const result = importRefused(buildZip(many));
    expect(result.problems).toEqual([
      problem('hostile.zip', 'holds 5001 entries; a course package may hold at most 5000'),
    ]);
  });
});

describe('damaged and unsupported archives are refused', () => {
  test('a wrong checksum', () => {
    const result = refusedWith([{ name: 'assets/crc.png', data: 'some bytes', crc32: 1234 }]);
    expect(result.problems).toEqual([problem('assets/crc.png', 'its checksum (CRC-32) does not match')]);
  });

  test('corrupt deflate data', () => {
    const result = refusedWith([
      { name: 'assets/bad.png', deflated: { data: Buffer.from([0xff, 0xff, 0xff]), size: 10, crc32: 0 } },
    ]);
    expect(result.problems).toEqual([problem('assets/bad.png', 'its compressed data cannot be unpacked')]);
  });

  test('a truncated zip', () => {
    const bytes = validZip();
    const result = importRefused(bytes.subarray(0, Math.floor(bytes.length / 2)), 'half.zip');
    expect(result.problems).toEqual([
      problem('half.zip', '"half.zip" is not a zip file, or it is damaged or incomplete'),
    ]);
  });

  test.each([
    ['garbage', randomBytes(4096)],
    ['an empty file', Buffer.alloc(0)],
    ['a PDF', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n')],
  ])('%s', (_kind, bytes) => {
    const result = importRefused(bytes, 'junk.zip');
    expect(result.problems).toEqual([problem('junk.zip', 'is not a zip file')]);
  });

  test('a damaged central directory', () => {
    const bytes = Buffer.from(validZip());
    bytes.writeUInt32LE(0xdeadbeef, bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    const result = importRefused(bytes);
    expect(result.problems).toEqual([problem('hostile.zip', 'its central directory cannot be read')]);
  });

  test('a local header that disagrees with the central directory', () => {
    const bytes = Buffer.from(validZip());
    bytes.write('X', 30); // first byte of the first entry's local name
    const result = importRefused(bytes);
    expect(result.problems).toEqual([problem('assets/figure.png', 'its local header does not match')]);
  });

  test('a ZIP64 end locator', () => {
    const result = refusedWith([], { zip64Locator: true });
    expect(result.problems).toEqual([
      problem('hostile.zip', 'uses the ZIP64 extension, which CE Player does not accept'),
    ]);
  });

  test('ZIP64 sizes in an entry', () => {
    const zip64Extra = Buffer.alloc(20);
    zip64Extra.writeUInt16LE(0x0001, 0);
    zip64Extra.writeUInt16LE(16, 2);
    const result = refusedWith([
      { name: 'assets/a.png', data: 'x', size: 0xffffffff },
      { name: 'assets/b.png', data: 'x', centralExtra: zip64Extra },
    ]);
    expect(result.problems).toEqual([
      problem('assets/a.png', 'uses the ZIP64 extension'),
      problem('assets/b.png', 'uses the ZIP64 extension'),
    ]);
  });

  test('one part of a multi-disk archive', () => {
    const result = refusedWith([], { diskNumber: 1 });
    expect(result.problems).toEqual([
      problem('hostile.zip', 'is one part of a split (multi-disk) zip archive'),
    ]);
  });

  test('a zip with no files', () => {
    const result = importRefused(buildZip([{ name: 'empty/' }]), 'empty.zip');
    expect(result.problems).toEqual([problem('empty.zip', '"empty.zip" contains no files')]);
  });

  test('thousands of bad entries give a short list', () => {
    const bad = Array.from({ length: 300 }, (_, i) => ({ name: `../x${i}`, method: 'stored' as const }));
    const result = importRefused(buildZip(bad));
    expect(result.problems).toHaveLength(51);
    expect(result.problems[50]).toEqual(problem('hostile.zip', '250 more entries were refused'));
  });
});
