import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { loadCoursePackage } from '../../../main/core/course/courseLoader';
import type { CourseLoadResult } from '../../../main/core/course/courseTypes';
import { generatedCourseArb } from './courseArbitraries';
import { makeTempDir, writeFiles } from './tempCoursePackage';

const RUNS = 100;
/** A generous bound per package: a slow machine stays far below it, a hang or a blow-up does not. */
const MAX_MS_PER_CASE = 2000;

const temp = makeTempDir('ce-course-prop-');
afterAll(() => temp.cleanup());
let caseNumber = 0;

/** Writes the files to a fresh folder and loads it, timing the load. */
function loadFiles(files: Record<string, string>, extra?: (dir: string) => void): CourseLoadResult {
  const dir = path.join(temp.dir, `case-${caseNumber++}`);
  fs.mkdirSync(dir);
  writeFiles(dir, files);
  extra?.(dir);
  const started = performance.now();
  const result = loadCoursePackage(dir);
  expect(performance.now() - started).toBeLessThan(MAX_MS_PER_CASE);
  expectWellFormed(result, files);
  fs.rmSync(dir, { recursive: true, force: true });
  return result;
}

/** A course only without errors; every problem names a package file, a real line and a readable message. */
function expectWellFormed(result: CourseLoadResult, files: Record<string, string>): void {
  const hasErrors = result.problems.some((p) => p.severity === 'error');
  expect(result.course === null).toBe(hasErrors);
  for (const problem of result.problems) {
    expect(problem.file).toMatch(
      /^(course\.yml|post-test\.yml|evaluation\.yml|references\.md|modules\/[^\\]+)$/,
    );
    expect(Number.isInteger(problem.line) && problem.line >= 1).toBe(true);
    expect(Number.isInteger(problem.column) && problem.column >= 1).toBe(true);
    expect(problem.message).toMatch(/\S/);
    expect(problem.message).not.toMatch(/undefined|\[object Object\]|NaN/);
    const text = files[problem.file];
    if (text !== undefined) expect(problem.line).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length);
  }
}

const validMinimal = path.resolve('tests/fixtures/courses/valid-minimal');
const textFiles = ['course.yml', 'modules/01-moments.md', 'modules/02-technique.md', 'post-test.yml'];
const baseFiles: Record<string, string> = Object.fromEntries(
  [...textFiles, 'evaluation.yml', 'references.md'].map((file) => [
    file,
    fs.readFileSync(path.join(validMinimal, file), 'utf8'),
  ]),
);
const copyAssets = (dir: string) =>
  fs.cpSync(path.join(validMinimal, 'assets'), path.join(dir, 'assets'), { recursive: true });

describe('generated valid courses', () => {
  test('load back to what was generated, without problems', () => {
    fc.assert(
      fc.property(generatedCourseArb, ({ files, expected }) => {
        const { course, problems } = loadFiles(files);
        expect(problems).toEqual([]);
        expect(course).toMatchObject({
          id: expected.id,
          title: expected.title,
          objectives: expected.objectives,
        });
        expect(
          course?.modules.map((m) => ({
            id: m.id,
            title: m.title,
            minutes: m.minutes,
            objectives: m.objectives,
            questions: m.questions,
            words: m.estimate.readingWords,
          })),
        ).toEqual(expected.modules);
        expect(course?.postTest ? { ...course.postTest, extensions: undefined } : null).toEqual(
          expected.postTest ? { ...expected.postTest, extensions: undefined } : null,
        );
        expect(course?.evaluation?.items ?? null).toEqual(expected.evaluation);
        expect(course?.estimate.totalMinutes).toBeCloseTo(expected.totalMinutes, 6);
      }),
      { numRuns: RUNS },
    );
  });
});

/** Fragments that reach deep into the readers when spliced into a valid package. */
// prettier-ignore
const NOISE_PIECES = [
  '```question\n', '```\n', '---\n', '...\n', '](javascript:alert(1))', '![x](../../../etc/passwd)', 'x-note: 1\n',
  '*alias ', '&anchor ', 'answer: [a, z]\n', 'type: multiple\n', 'options: []\n', '- id: a\n', 'draw: 999\n',
  '[k](02-technique.md#nowhere)', '[r](../references.md#none)', '- [dup] x\n', 'format: 2\n', '\t', '    ',
  '<script>alert(1)</script>', '# Heading\n', 'hours: 99\n', 'objective: 9\n', '~~~question\n',
];
const noiseArb = fc.oneof(
  fc.string({
    unit: fc.constantFrom(...': -#\n[]{}"\'|>&*!`~\t\r\ufeff\u0000aZ0é'.split('')),
    maxLength: 20,
  }),
  fc.constantFrom(...NOISE_PIECES),
);

const mutationArb = fc.record({
  file: fc.constantFrom(...Object.keys(baseFiles)),
  kind: fc.constantFrom(
    'delete',
    'insert',
    'replace-line',
    'duplicate-line',
    'swap-lines',
    'truncate',
    'remove-file',
  ),
  at: fc.nat(),
  other: fc.nat(),
  length: fc.nat({ max: 40 }),
  text: noiseArb,
});
type Mutation = typeof mutationArb extends fc.Arbitrary<infer T> ? T : never;

function mutate(files: Map<string, string>, m: Mutation): void {
  const text = files.get(m.file);
  if (text === undefined) return;
  const at = text.length === 0 ? 0 : m.at % text.length;
  const lines = text.split('\n');
  const line = m.at % lines.length;
  const other = m.other % lines.length;
  if (m.kind === 'remove-file') files.delete(m.file);
  else if (m.kind === 'delete') files.set(m.file, text.slice(0, at) + text.slice(at + m.length));
  else if (m.kind === 'insert') files.set(m.file, text.slice(0, at) + m.text + text.slice(at));
  else if (m.kind === 'truncate') files.set(m.file, text.slice(0, at));
  else {
    if (m.kind === 'replace-line') lines[line] = m.text;
    if (m.kind === 'duplicate-line') lines.splice(line, 0, lines[line] ?? '');
    if (m.kind === 'swap-lines') [lines[line], lines[other]] = [lines[other] ?? '', lines[line] ?? ''];
    files.set(m.file, lines.join('\n'));
  }
}

describe('mutated packages', () => {
  test('give a course or problems, never an exception or a hang', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
        const files = new Map(Object.entries(baseFiles));
        mutations.forEach((m) => mutate(files, m));
        loadFiles(Object.fromEntries(files), copyAssets);
      }),
      { numRuns: RUNS },
    );
  });
});

const anyTextArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(...': -#\n[]{}"\'|>&*!`~\t?,.0aZ'.split('')), maxLength: 300 }),
  fc.array(noiseArb, { maxLength: 30 }).map((parts) => parts.join('')),
);

describe('random file contents', () => {
  test('give problems, never an exception or a hang', () => {
    fc.assert(
      fc.property(
        fc.record({
          course: fc.oneof(fc.constant(baseFiles['course.yml'] ?? ''), anyTextArb),
          moduleHead: anyTextArb,
          moduleBody: anyTextArb,
          postTest: fc.option(anyTextArb, { nil: undefined }),
          evaluation: fc.option(anyTextArb, { nil: undefined }),
          references: fc.option(anyTextArb, { nil: undefined }),
        }),
        (r) => {
          const files: Record<string, string> = {
            'course.yml': r.course,
            'modules/01-moments.md': `---\n${r.moduleHead}\n---\n${r.moduleBody}`,
            'modules/02-technique.md': r.moduleBody,
          };
          if (r.postTest !== undefined) files['post-test.yml'] = r.postTest;
          if (r.evaluation !== undefined) files['evaluation.yml'] = r.evaluation;
          if (r.references !== undefined) files['references.md'] = r.references;
          loadFiles(files);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
