import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  MAX_HEADINGS_PER_FILE,
  MAX_PACKAGE_TEXT_BYTES,
  MAX_TEXT_FILE_BYTES,
} from '../../../main/core/course/contentLimits';
import { loadCoursePackage } from '../../../main/core/course/courseLoader';
import { HeadingSlugger } from '../../../main/core/course/render/headingIds';
import { copyFixture, editFile, makeTempDir } from './tempCoursePackage';

/*
 * Issue 21, finding 4: a package's cost must grow linearly with its size and stay within the content limits.
 * Work is counted (Set lookups, the slugger's only loop), never timed.
 */
const cleanups: (() => void)[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function minimalCopy(): string {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  return copyFixture('valid-minimal', temp.dir);
}

/** How many Set lookups `run` makes: the slugger's work, and a bound on everything else's. */
function countSetLookups(run: () => void): number {
  const has = vi.spyOn(Set.prototype, 'has');
  run();
  const calls = has.mock.calls.length;
  has.mockRestore();
  return calls;
}

const FIRST_HEADING = '## Why the moments matter';

describe('heading ids grow linearly with the number of headings', () => {
  test('2,000 identical headings take a few lookups each, not one per earlier heading', () => {
    const slugger = new HeadingSlugger();
    let ids: string[] = [];
    const lookups = countSetLookups(() => {
      ids = Array.from({ length: 2000 }, () => slugger.next('Summary'));
    });
    expect(ids.slice(0, 3)).toEqual(['summary', 'summary-1', 'summary-2']);
    expect(new Set(ids).size).toBe(2000);
    expect(lookups).toBeLessThanOrEqual(3 * 2000); // was 2,001,999 (n²/2)
  });

  test('headings that already take the suffixes are stepped over once, not once per repeat', () => {
    const slugger = new HeadingSlugger(['summary-1']);
    const texts = [
      ...Array.from({ length: 1000 }, (_, i) => `Summary ${i + 2}`),
      ...Array.from({ length: 1000 }, () => 'Summary'),
    ];
    let ids: string[] = [];
    const lookups = countSetLookups(() => {
      ids = texts.map((text) => slugger.next(text));
    });
    expect(ids[1000]).toBe('summary');
    expect(ids[1001]).toBe('summary-1002');
    expect(new Set(ids).size).toBe(2000);
    expect(lookups).toBeLessThanOrEqual(5 * 2000);
  });
});

describe('a module with too many headings', () => {
  test('20,000 identical headings (the 4.8 KB attack) are refused, with linear work', () => {
    const dir = minimalCopy();
    editFile(dir, 'modules/01-moments.md', FIRST_HEADING, `${'## Same\n\n'.repeat(20_000)}${FIRST_HEADING}`);
    let result = loadCoursePackage(dir);
    const lookups = countSetLookups(() => {
      result = loadCoursePackage(dir);
    });
    expect(result.course).toBeNull();
    expect(result.problems).toContainEqual({
      severity: 'error',
      file: 'modules/01-moments.md',
      line: 1,
      column: 1,
      message: `This file has 20002 headings; a course file may have at most ${MAX_HEADINGS_PER_FILE}. Use fewer headings, or split the text into more modules.`,
    });
    // Both passes (quick, then with places) over 20,000 headings: linear is a few hundred thousand lookups;
    // the quadratic slugger made 200 million per pass.
    expect(lookups).toBeLessThan(40 * 20_000);
  });

  test(`${MAX_HEADINGS_PER_FILE} headings are allowed`, () => {
    const dir = minimalCopy();
    const more = Array.from({ length: MAX_HEADINGS_PER_FILE - 2 }, (_, i) => `## Part ${i}\n\n`).join('');
    editFile(dir, 'modules/01-moments.md', FIRST_HEADING, `${more}${FIRST_HEADING}`);
    const { course, problems } = loadCoursePackage(dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(course?.modules[0]?.headings).toHaveLength(MAX_HEADINGS_PER_FILE);
  });
});

describe('text sizes', () => {
  test('a text file over the limit is refused by its size, unread', () => {
    const dir = minimalCopy();
    const module = path.join(dir, 'modules/02-technique.md');
    fs.appendFileSync(module, `\n${'word '.repeat(MAX_TEXT_FILE_BYTES / 5)}\n`);
    const { course, problems } = loadCoursePackage(dir);
    expect(course).toBeNull();
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'modules/02-technique.md',
        message:
          'This module file cannot be read: it is larger than 1 MiB, the most one course text file may hold.',
      }),
    );
  });

  test('modules that are each small enough but together over the package budget are refused before reading', () => {
    const dir = minimalCopy();
    const manifest = path.join(dir, 'course.yml');
    const padding = `\n${'word '.repeat(180_000)}\n`; // 900,000 bytes, under the one-file limit
    const files = Array.from({ length: 5 }, (_, i) => `modules/extra-${i}.md`);
    for (const file of files) fs.writeFileSync(path.join(dir, file), padding);
    const listed = files.map((file) => `  - ${file}`).join('\n');
    fs.writeFileSync(
      manifest,
      fs
        .readFileSync(manifest, 'utf8')
        .replace('  - modules/02-technique.md', `  - modules/02-technique.md\n${listed}`),
    );
    const { course, problems } = loadCoursePackage(dir);
    expect(course).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'course.yml', line: 1 });
    expect(problems[0]?.message).toMatch(
      new RegExp(
        `come to 4\\.\\d MiB, more than the ${MAX_PACKAGE_TEXT_BYTES / 1024 / 1024} MiB one course may hold`,
      ),
    );
  });
});
