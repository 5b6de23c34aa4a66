import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  joinFromFile,
  readPackageText,
  resolvePackageFile,
  sha256Hex,
} from '../../../main/core/course/packageFiles';
import { makeTempDir, writeFiles } from './tempCoursePackage';

/*
 * A file reached through plain names is settled with one lstat per name; anything else (a symlink on the way, `..`,
 * a missing file) goes through realpath. Both must give what realpath and stat give.
 */
describe('resolving package files', () => {
  let temp: { dir: string; cleanup: () => void };
  let root: string;
  let outside: string;

  beforeEach(() => {
    temp = makeTempDir();
    root = path.join(fs.realpathSync(temp.dir), 'pkg');
    outside = path.join(fs.realpathSync(temp.dir), 'outside');
    writeFiles(root, { 'course.yml': 'id: x\n', 'modules/01.md': '# One\n', 'assets/a.png': 'png' });
    writeFiles(outside, { 'secret.md': 'secret\n' });
  });
  afterEach(() => temp.cleanup());

  test('a plain path names its file, with its real path', () => {
    expect(resolvePackageFile(root, 'modules/01.md')).toEqual({
      kind: 'inside',
      relPath: 'modules/01.md',
      absPath: path.join(root, 'modules', '01.md'),
    });
    expect(resolvePackageFile(root, 'modules/../course.yml')).toMatchObject({
      kind: 'inside',
      relPath: 'course.yml',
    });
  });

  test('missing files, folders and the package itself are not files', () => {
    expect(resolvePackageFile(root, 'modules/02.md')).toEqual({ kind: 'missing', relPath: 'modules/02.md' });
    expect(resolvePackageFile(root, 'course.yml/x')).toEqual({ kind: 'missing', relPath: 'course.yml/x' });
    expect(resolvePackageFile(root, 'modules')).toEqual({ kind: 'missing', relPath: 'modules' });
    expect(resolvePackageFile(root, '.')).toEqual({ kind: 'outside' });
    expect(resolvePackageFile(root, '../outside/secret.md')).toEqual({ kind: 'outside' });
  });

  test('a symlinked file or folder that leads outside the package is refused', () => {
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'modules', 'linked.md'));
    fs.symlinkSync(outside, path.join(root, 'elsewhere'));
    expect(resolvePackageFile(root, 'modules/linked.md')).toEqual({ kind: 'outside' });
    expect(resolvePackageFile(root, 'elsewhere/secret.md')).toEqual({ kind: 'outside' });
    expect(readPackageText(root, 'elsewhere/secret.md')).toEqual({
      kind: 'unreadable',
      reason: 'it lies outside the package folder',
    });
  });

  test('a symlink that stays inside the package resolves to its target', () => {
    fs.symlinkSync(path.join(root, 'modules'), path.join(root, 'chapters'));
    fs.symlinkSync('01.md', path.join(root, 'modules', 'first.md'));
    const target = path.join(root, 'modules', '01.md');
    expect(resolvePackageFile(root, 'chapters/01.md')).toMatchObject({ kind: 'inside', absPath: target });
    expect(resolvePackageFile(root, 'modules/first.md')).toMatchObject({ kind: 'inside', absPath: target });
  });
});

describe('reading package text', () => {
  let temp: { dir: string; cleanup: () => void };
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.cleanup());

  test('drops a byte-order mark, turns CR line ends into LF, and keeps the bytes for the hash', () => {
    const bytes = Buffer.from('\ufeffa\r\nb\rc\n', 'utf8');
    fs.writeFileSync(path.join(temp.dir, 'f.md'), bytes);
    const read = readPackageText(fs.realpathSync(temp.dir), 'f.md');
    expect(read).toMatchObject({ kind: 'text', text: 'a\nb\nc\n' });
    expect(read.kind === 'text' && sha256Hex(read.bytes)).toBe(
      createHash('sha256').update(bytes).digest('hex'),
    );
  });

  test.each([
    ['a lone continuation byte', [0x61, 0x80]],
    ['an overlong encoding', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a truncated sequence', [0xe2, 0x82]],
  ])('refuses text that is not UTF-8: %s', (_, bytes) => {
    fs.writeFileSync(path.join(temp.dir, 'f.md'), Buffer.from(bytes));
    expect(readPackageText(fs.realpathSync(temp.dir), 'f.md')).toEqual({
      kind: 'unreadable',
      reason: 'it is not valid UTF-8; save it with UTF-8 encoding',
    });
  });
});

describe('joining link targets', () => {
  test.each([
    ['modules/01.md', '02.md', 'modules/02.md'],
    ['modules/01.md', '../references.md', 'references.md'],
    ['modules/01.md', './a/../b.md', 'modules/b.md'],
    ['references.md', 'modules/01.md', 'modules/01.md'],
    ['modules/01.md', '../../x.md', '../x.md'],
    ['a', 'b\u0000c', 'b\u0000c'],
    ['a\u0000b', 'c', 'c'],
  ])('%j and %j give %j, the first time and again', (from, target, joined) => {
    expect(joinFromFile(from, target)).toBe(joined);
    expect(joinFromFile(from, target)).toBe(joined);
  });
});
