import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { MAX_TEXT_FILE_BYTES, MAX_YAML_DEPTH } from '../../../main/core/course/contentLimits';
import { loadCoursePackage } from '../../../main/core/course/courseLoader';
import { ProblemSink } from '../../../main/core/course/problemSink';
import { readYamlQuickly } from '../../../main/core/course/quickYaml';
import { findExcessiveNesting } from '../../../main/core/course/yamlDepth';
import { readCourseIdentity } from '../../../main/core/library/presentCourses';
import { parseYaml } from '../../../main/core/course/yamlSource';
import { toPlainData } from '../../../main/core/course/yamlValues';
import { copyFixture, makeTempDir } from './tempCoursePackage';

/*
 * Issue 21, finding 4: a 4 MB flow list nested a million levels deep blocked the app for 35 s and ended in a stack
 * overflow inside `yaml`. Nesting past MAX_YAML_DEPTH is now refused with its place, before `yaml` builds a tree,
 * and the quick reader and `yaml` agree on where the limit lies.
 */
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const DEPTH_MESSAGE = new RegExp(`YAML is nested more than ${MAX_YAML_DEPTH} levels deep here`);

/** A copy of valid-minimal with `text` appended to (or replacing) one of its files, removed after the test. */
function minimalWith(file: string, text: string, how: 'replace' | 'append' = 'replace'): string {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  const dir = copyFixture('valid-minimal', temp.dir);
  if (how === 'append') fs.appendFileSync(path.join(dir, file), text);
  else fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

/** Reads a text the way the loader's second pass does (with places), and returns its problems. */
function readWithPlaces(text: string) {
  const sink = new ProblemSink();
  const parsed = parseYaml({ file: 'post-test.yml', text, firstLine: 1 }, sink);
  return { parsed, problems: sink.list() };
}

/** Nested texts of every kind the two readers know, `levels` collections deep. */
const shapes: Record<string, (levels: number) => string> = {
  'flow lists': (n) => `a: ${'['.repeat(n - 1)}x${']'.repeat(n - 1)}\n`,
  'flow mappings': (n) => `a: ${'{b: '.repeat(n - 1)}x${'}'.repeat(n - 1)}\n`,
  'indented mappings': (n) =>
    Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}k${i}:${i === n - 1 ? ' x' : ''}`).join('\n') +
    '\n',
  'lists of mappings': (n) =>
    Array.from({ length: Math.ceil(n / 2) }, (_, i) => `${'  '.repeat(i)}- k${i}:`).join('\n') + ' x\n',
  'compact lists': (n) => `${'- '.repeat(n)}x\n`,
};

describe('YAML nested past the limit', () => {
  test('the 1 MiB flow list of the attack is refused at the level past the limit, before yaml builds a tree', () => {
    const levels = MAX_TEXT_FILE_BYTES / 2 - 10;
    const text = `questions: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
    expect(findExcessiveNesting(text)).toEqual({ line: 1, column: 11 + MAX_YAML_DEPTH });
    const { parsed, problems } = readWithPlaces(text);
    expect(parsed).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'post-test.yml', line: 1, column: 11 + MAX_YAML_DEPTH });
    expect(problems[0]?.message).toMatch(DEPTH_MESSAGE);
  });

  test('a package whose post-test nests that deep loads with one problem, and lists the others', () => {
    const levels = 400_000;
    const dir = minimalWith(
      'post-test.yml',
      `draw: 1\nquestions: ${'['.repeat(levels)}${']'.repeat(levels)}\n`,
    );
    const { course, problems } = loadCoursePackage(dir);
    expect(course).toBeNull();
    const errors = problems.filter((problem) => problem.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({ file: 'post-test.yml', line: 2, column: 11 + MAX_YAML_DEPTH }),
    ]);
    expect(errors[0]?.message).toMatch(DEPTH_MESSAGE);
  });

  test('the 4 MB text of the attack is refused by its size, unread', () => {
    const levels = 2_000_000;
    const dir = minimalWith('post-test.yml', `questions: ${'['.repeat(levels)}${']'.repeat(levels)}\n`);
    const { problems } = loadCoursePackage(dir);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([
      expect.objectContaining({ file: 'post-test.yml', message: expect.stringMatching(/larger than 1 MiB/) }),
    ]);
  });

  test.each(Object.entries(shapes))(
    '%s: the limit is allowed by both readers, one level more by neither',
    (_, shape) => {
      const atLimit = shape(MAX_YAML_DEPTH);
      const withPlaces = readWithPlaces(atLimit);
      expect(withPlaces.problems).toEqual([]);
      const quick = readYamlQuickly(atLimit);
      if (quick) expect(toPlainData(quick.root ?? '')).toEqual(toPlainData(withPlaces.parsed?.root ?? ''));

      const past = shape(MAX_YAML_DEPTH + 1);
      expect(readYamlQuickly(past)).toBeNull();
      const refused = readWithPlaces(past);
      expect(refused.parsed).toBeNull();
      expect(refused.problems).toHaveLength(1);
      expect(refused.problems[0]?.message).toMatch(DEPTH_MESSAGE);
    },
  );

  test('brackets inside text, quotes, comments and block text are not nesting', () => {
    const text = [
      'stem: |',
      `  ${'[['.repeat(40)} a markdown block with brackets`,
      `title: "${'['.repeat(40)}"`,
      `note: '${'{'.repeat(40)}'`,
      `plain: text ${'['.repeat(40)} more`,
      `# ${'['.repeat(40)}`,
      'list: [a, b, [c, d]]',
      '',
    ].join('\n');
    expect(findExcessiveNesting(text)).toBeNull();
    expect(readWithPlaces(text).problems).toEqual([]);
  });

  test('course.yml nested too deep is never parsed by yaml when the library reads course ids', () => {
    const levels = 400_000;
    const dir = minimalWith('course.yml', `x-deep: ${'['.repeat(levels)}${']'.repeat(levels)}\n`, 'append');
    expect(readCourseIdentity(dir)).toBeNull();
  });
});
