import path from 'node:path';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { crc32, crc32Fallback } from '../../../main/core/library/crc32';
import { checkEntryPath } from '../../../main/core/library/entryPath';
import { compareVersions, highestVersion } from '../../../main/core/library/versionOrder';

describe('CRC-32', () => {
  test('the fallback agrees with zlib on known values and on random bytes', () => {
    expect(crc32Fallback(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32Fallback(Buffer.alloc(0))).toBe(0);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(crc32Fallback(bytes)).toBe(zlib.crc32(bytes) >>> 0);
        expect(crc32(bytes)).toBe(crc32Fallback(bytes));
      }),
    );
  });
});

describe('version order (semver precedence)', () => {
  test.each([
    ['1.0.0', '1.0.1', -1],
    ['1.10.0', '1.9.0', 1],
    ['2.0.0', '10.0.0', -1],
    ['1.0.0-beta', '1.0.0', -1],
    ['1.0.0-alpha', '1.0.0-alpha.1', -1],
    ['1.0.0-alpha.beta', '1.0.0-beta', -1],
    ['1.0.0-beta.2', '1.0.0-beta.11', -1],
    ['1.0.0-rc.1', '1.0.0-beta.11', 1],
    ['1.0.0-1', '1.0.0-alpha', -1],
    ['1.0.0+build.1', '1.0.0+build.2', 0],
  ])('%s against %s', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
    expect(compareVersions(b, a)).toBe(-expected || 0);
  });

  test('versions the validator accepts but strict semver refuses, and texts that are no version', () => {
    expect(compareVersions('1.0.0-beta.01', '1.0.0-beta.1')).toBe(0);
    expect(compareVersions('1.0.0-beta.02', '1.0.0-beta.10')).toBe(-1);
    expect(compareVersions('99999999999999999999.0.0', '0.0.1')).toBe(-1);
    expect(compareVersions('draft', '0.0.1')).toBe(-1);
    expect(compareVersions('draft', 'final')).toBe(-1);
    expect(highestVersion(['draft', '1.0.0', 'zzz'])).toBe('1.0.0');
  });

  test('the highest of several', () => {
    expect(highestVersion(['1.0.0', '1.2.0-rc.1', '1.1.9'])).toBe('1.2.0-rc.1');
    expect(highestVersion([])).toBeNull();
  });
});

describe('entry path rules', () => {
  const segment = fc.oneof(
    fc.constantFrom('..', '.', '', 'C:', 'a', 'modules', 'con', 'x.', '\\', '\u0000'),
    fc.string({ maxLength: 6 }),
  );
  const name = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc
      .tuple(
        fc.constantFrom('', '/', '\\', '//', 'C:\\'),
        fc.array(segment, { maxLength: 6 }),
        fc.constantFrom('/', '\\'),
      )
      .map(([start, parts, separator]) => start + parts.join(separator)),
  );

  test('an accepted path always stays inside the folder it is written to, on POSIX and on Windows', () => {
    fc.assert(
      fc.property(name, (raw) => {
        const checked = checkEntryPath(raw);
        if (!checked.ok) {
          expect(checked.message.length).toBeGreaterThan(0);
          return;
        }
        for (const flavour of [path.posix, path.win32]) {
          const root = flavour === path.posix ? '/data/courses/.staging-x' : 'C:\\data\\courses\\.staging-x';
          const target = flavour.resolve(root, ...checked.path.split('/'));
          const rel = flavour.relative(root, target);
          const outside = rel === '..' || rel.startsWith(`..${flavour.sep}`) || flavour.isAbsolute(rel);
          expect(outside).toBe(false);
          expect(rel === '').toBe(checked.path === '');
          expect(checked.path.split('/')).not.toContain('..');
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('normalisation', () => {
    expect(checkEntryPath('./modules//01.md')).toEqual({ ok: true, path: 'modules/01.md', folder: false });
    expect(checkEntryPath('assets/')).toEqual({ ok: true, path: 'assets', folder: true });
    expect(checkEntryPath('..hidden/x.md')).toEqual({ ok: true, path: '..hidden/x.md', folder: false });
    expect(checkEntryPath('.')).toMatchObject({ ok: false, message: '"." does not name a file.' });
  });
});
