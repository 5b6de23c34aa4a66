import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { runCourseCheck } from '../../../main/cli/courseCheck';
import { loadCoursePackage } from '../../../main/core/course/courseLoader';
import { checkItemWriting } from '../../../main/core/course/itemRules/itemRuler';
import { makeTempDir } from './tempCoursePackage';

const fixture = (name: string) => path.join('tests/fixtures/courses', name);

function check(dirs: string[]): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = runCourseCheck(dirs, (line) => lines.push(line));
  return { code, lines };
}

describe('runCourseCheck', () => {
  test('a valid package: exit 0 and a summary with each estimate beside what the author wrote', () => {
    const { code, lines: all } = check([fixture('valid-minimal')]);
    const course = loadCoursePackage(fixture('valid-minimal')).course;
    expect(code).toBe(0);
    // The item-writing warnings come first (see itemRules.test.ts); then the summary.
    const lines = all.slice(all.findIndex((line) => line.startsWith('hand-hygiene 1.0.0')));
    expect(lines[0]).toBe(
      'hand-hygiene 1.0.0: Hand Hygiene Refresher (tests/fixtures/courses/valid-minimal)',
    );
    expect(lines[1]).toBe(
      `  modules: 2, reading words: ${course?.estimate.readingWords}, module questions: 4, ` +
        'post-test: 2 drawn from 3, evaluation: yes',
    );
    expect(lines).toContain(
      `  moments        5.0  ${course?.modules[0]?.estimate.minutes.toFixed(1).padStart(8)}`,
    );
    expect(lines).toContain(
      `  total estimate: ${course?.estimate.totalMinutes.toFixed(1)} min ` +
        `(${((course?.estimate.totalMinutes ?? 0) / 60).toFixed(2)} h); credit hours: 0.25`,
    );
    const itemWarnings = course ? checkItemWriting(course).length : 0;
    expect(itemWarnings).toBeGreaterThan(0);
    expect(lines.at(-1)).toBe(`  OK with ${itemWarnings} warning(s)`);
  });

  test('warnings are printed as path:line:col: warning: message and keep exit 0', () => {
    const { code, lines } = check([fixture('module-minutes-off')]);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(
      /^tests\/fixtures\/courses\/module-minutes-off\/modules\/01-moments.md:4:10: warning: minutes: 12 differs.*[^)]$/,
    );
    const course = loadCoursePackage(fixture('module-minutes-off')).course;
    expect(lines.at(-1)).toBe(`  OK with ${1 + (course ? checkItemWriting(course).length : 0)} warning(s)`);
  });

  test('errors: exit 1, one line per problem, no summary', () => {
    const { code, lines } = check([fixture('answer-not-among-options')]);
    expect(code).toBe(1);
    expect(lines).toEqual([
      'tests/fixtures/courses/answer-not-among-options/modules/01-moments.md:41:9: error: The answer "c" of ' +
        'question "moments-q1" is not one of its option ids (a, b); use one of those.',
    ]);
  });

  test('several folders: each is checked, and one failure fails the run', () => {
    const { code, lines } = check(['--', fixture('valid-minimal'), fixture('unsupported-format')]);
    expect(code).toBe(1);
    expect(lines).toContain(
      'hand-hygiene 1.0.0: Hand Hygiene Refresher (tests/fixtures/courses/valid-minimal)',
    );
    expect(lines.at(-1)).toMatch(/unsupported-format\/course.yml:1:9: error: Unsupported format 2/);
  });

  test('no folder: usage and exit 2', () => {
    expect(check([])).toEqual({
      code: 2,
      lines: [
        'Usage: npm run course:check -- [--strict] [--sign <key file>] <course folder> [<course folder> ...]',
        '       npm run course:check -- --new-key <key file>',
      ],
    });
  });
});

describe('courseCheckMain bundled with esbuild, as npm run course:check runs it', () => {
  test('sets the exit code from the check', () => {
    const temp = makeTempDir();
    try {
      const outfile = path.join(temp.dir, 'courseCheck.cjs');
      buildSync({
        entryPoints: ['main/cli/courseCheckMain.ts'],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        outfile,
        logLevel: 'silent',
      });
      const ok = spawnSync(process.execPath, [outfile, fixture('valid-minimal')], { encoding: 'utf8' });
      expect(ok.status).toBe(0);
      expect(ok.stdout).toContain('  OK');
      const bad = spawnSync(process.execPath, [outfile, fixture('option-count')], { encoding: 'utf8' });
      expect(bad.status).toBe(1);
      expect(bad.stdout).toMatch(/option-count\/modules\/01-moments.md:35:1: error: /);
    } finally {
      temp.cleanup();
    }
  });
});
