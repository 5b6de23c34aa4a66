import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { runCourseCheck } from '../../../main/cli/courseCheck';
import { copyFixture, makeTempDir } from './tempCoursePackage';

/*
 * `course:check` signs packages with a provider key file (`--sign`), makes one (`--new-key`), and reports each
 * package's signature: valid and by whom, none, or invalid with the file that changed.
 */
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function temp(): string {
  const made = makeTempDir();
  cleanups.push(made.cleanup);
  return made.dir;
}

function check(args: string[]): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = runCourseCheck(
    args,
    (line) => lines.push(line),
    () => new Date('2026-12-06T10:00:00Z'),
  );
  return { code, lines };
}

describe('course:check and provider signatures', () => {
  test('a new key, a signed package, its report, and an edit caught by file name', () => {
    const dir = temp();
    const keyFile = path.join(dir, 'provider-key.pem');
    const created = check(['--new-key', keyFile]);
    expect(created.code).toBe(0);
    const did = /for (did:key:z6Mk\w+)\./.exec(created.lines[0] ?? '')?.[1] ?? '';
    expect(did).not.toBe('');
    expect(created.lines[1]).toMatch(/anyone who holds it can sign course packages as you/);

    const course = copyFixture('valid-minimal', dir);
    const unsigned = check([course]);
    expect(unsigned.code).toBe(0);
    expect(unsigned.lines).toContain('  signature: none (sign with --sign <key file>)');

    const signed = check(['--sign', keyFile, course]);
    expect(signed.code).toBe(0);
    expect(signed.lines).toContain(`  signed 7 files by ${did} in signature.json`);
    expect(signed.lines).toContain(`  signature: valid, by ${did} (signed 2026-12-06T10:00:00.000Z)`);
    expect(signed.lines.at(-1)).toMatch(/^ {2}OK( with \d+ warning\(s\))?$/);

    fs.appendFileSync(path.join(course, 'modules', '02-technique.md'), '\nA late edit.\n');
    const edited = check([course]);
    expect(edited.code).toBe(1);
    // The item-writing warnings of the fixture still print; the one error is the edit.
    expect(edited.lines.filter((line) => line.includes(': error: '))).toEqual([
      `${path.relative(process.cwd(), path.join(course, 'modules/02-technique.md'))}:1:1: error: ` +
        `"modules/02-technique.md" was changed after ${did} signed this package; a signed package must stay ` +
        'exactly as its provider signed it. Ask the provider for the package as they signed it.',
    ]);

    // The provider signs again after the edit: valid again.
    expect(check(['--sign', keyFile, course]).code).toBe(0);
    expect(check([course]).lines).toContain(
      `  signature: valid, by ${did} (signed 2026-12-06T10:00:00.000Z)`,
    );
  });

  test('a package with errors is not signed', () => {
    const dir = temp();
    const keyFile = path.join(dir, 'provider-key.pem');
    check(['--new-key', keyFile]);
    const course = copyFixture('option-count', dir);
    const result = check(['--sign', keyFile, course]);
    expect(result.code).toBe(1);
    expect(fs.existsSync(path.join(course, 'signature.json'))).toBe(false);
  });

  test('a key file that is not a key, an existing key file, and a bad command line', () => {
    const dir = temp();
    const notKey = path.join(dir, 'not-a-key.pem');
    fs.writeFileSync(notKey, 'hello');
    expect(check(['--sign', notKey, copyFixture('valid-minimal', dir)])).toEqual({
      code: 2,
      lines: [`${notKey} is not an Ed25519 private key in PEM form ("-----BEGIN PRIVATE KEY-----").`],
    });
    expect(check(['--new-key', notKey])).toEqual({
      code: 2,
      lines: [`The key file ${notKey} was not created: it exists already, and a key file is never replaced.`],
    });
    expect(check(['--sign']).code).toBe(2);
    expect(check(['--new-key', notKey, 'extra']).code).toBe(2);
    expect(check(['--unknown', 'x']).code).toBe(2);
  });
});
