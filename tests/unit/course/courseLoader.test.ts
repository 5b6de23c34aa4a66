import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadCoursePackage } from '../../../main/core/course/courseLoader';
import { copyFixture, editFile, makeTempDir } from './tempCoursePackage';

const validMinimal = path.resolve('tests/fixtures/courses/valid-minimal');

describe('loading the valid-minimal package (the example in docs/course-authoring.md)', () => {
  const { course, problems } = loadCoursePackage(validMinimal);

  test('has no problems and camelCases the manifest', () => {
    expect(problems).toEqual([]);
    expect(course).toMatchObject({
      format: 1,
      id: 'hand-hygiene',
      version: '1.0.0',
      releaseDate: '2026-01-15',
      expiryDate: '2028-01-15',
      provider: { name: 'Example CE Provider', address: null, contact: 'ce@example.org' },
      credit: { hours: 0.25 },
      moduleFiles: ['modules/01-moments.md', 'modules/02-technique.md'],
      rootDir: fs.realpathSync(validMinimal),
    });
  });

  test('keeps x- keys and applies completion defaults', () => {
    expect(course?.extensions).toEqual({ 'x-internal-code': 'HH-2026' });
    expect(course?.completion).toEqual({
      modulePass: 0.8,
      postTestPass: 0.75,
      requireEvaluation: true,
      requireAttestation: true,
      minTimeFraction: 0.5,
    });
  });

  test('reads modules with questions taken out of the reading text', () => {
    const moments = course?.modules[0];
    expect(moments?.id).toBe('moments');
    expect(moments?.questions.map((q) => [q.id, q.type, q.answer])).toEqual([
      ['moments-q1', 'single', 'a'],
      ['moments-q2', 'true-false', false],
    ]);
    expect(moments?.markdown).not.toContain('```question');
    expect(moments?.markdown).not.toContain('moments-q1');
    expect(moments?.markdownStartLine).toBe(8);
    expect(moments?.headings.map((h) => [h.id, h.line])).toEqual([
      ['the-five-moments', 9],
      ['why-the-moments-matter', 20],
    ]);
  });

  test('hashes each module file, so a changed module can be told apart', () => {
    const bytes = fs.readFileSync(path.join(validMinimal, 'modules/01-moments.md'));
    expect(course?.modules[0]?.contentHash).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  test('reads the post-test, the evaluation and the references', () => {
    expect(course?.postTest).toMatchObject({ draw: 2, shuffleOptions: true, maxAttempts: 3 });
    expect(course?.postTest?.questions.map((q) => q.id)).toEqual(['post-1', 'post-2', 'post-3']);
    expect(course?.evaluation?.items.map((i) => [i.id, i.type, i.required])).toEqual([
      ['objectives-met', 'likert', true],
      ['bias', 'choice', true],
      ['practice-change', 'text', false],
    ]);
    expect(course?.referenceKeys).toEqual(['who-2009', 'boyce-2002']);
    expect(course?.referencesMarkdown).toContain('[who-2009]');
  });

  test('estimates time from words and presented questions', () => {
    const words = course?.modules.map((m) => m.estimate.readingWords) ?? [];
    const expected = words.reduce((sum, w) => sum + w / 150, 0) + 4 * 1.85 + 2 * 1.85 + 5;
    expect(course?.estimate.totalMinutes).toBeCloseTo(expected, 9);
    expect(course?.estimate.presentedQuestions).toBe(6);
    expect(course?.estimate.evaluationMinutes).toBe(5);
  });
});

describe('loading edited packages', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let dir: string;
  beforeEach(() => {
    temp = makeTempDir();
    dir = copyFixture('valid-minimal', temp.dir);
  });
  afterEach(() => temp.cleanup());

  test('without completion and evaluation.yml, the defaults apply and require_evaluation is false', () => {
    editFile(dir, 'course.yml', 'completion:\n  module_pass: 0.8\n  post_test_pass: 0.75\n', '');
    editFile(dir, 'post-test.yml', 'draw: 2', 'draw: 3');
    fs.rmSync(path.join(dir, 'evaluation.yml'));
    const { course, problems } = loadCoursePackage(dir);
    expect(problems).toEqual([]);
    expect(course?.completion).toEqual({
      modulePass: 0.8,
      postTestPass: 0.75,
      requireEvaluation: false,
      requireAttestation: true,
      minTimeFraction: 0.5,
    });
    expect(course?.evaluation).toBeNull();
  });

  test('a module hash names the bytes that were loaded, even when the file changes afterwards', () => {
    const file = path.join(dir, 'modules/01-moments.md');
    const loaded = fs.readFileSync(file);
    const { course } = loadCoursePackage(dir);
    fs.appendFileSync(file, '\nA paragraph added after the course was loaded.\n');
    expect(course?.modules[0]?.contentHash).toBe(createHash('sha256').update(loaded).digest('hex'));
    expect(loadCoursePackage(dir).course?.modules[0]?.contentHash).not.toBe(course?.modules[0]?.contentHash);
  });

  test('reports every problem of every file at once, sorted by file and line', () => {
    editFile(dir, 'course.yml', 'title: Hand', 'titel: Hand');
    editFile(dir, 'modules/01-moments.md', 'answer: a\n', 'answer: z\n');
    editFile(dir, 'modules/02-technique.md', 'id: technique\n', 'id: Technique\n');
    editFile(dir, 'post-test.yml', 'draw: 2', 'draw: 9');
    const { course, problems } = loadCoursePackage(dir);
    expect(course).toBeNull();
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      'course.yml:1',
      'course.yml:4',
      'modules/01-moments.md:41',
      'modules/02-technique.md:2',
      'post-test.yml:1',
    ]);
    expect(problems[0]?.message).toMatch(/course.yml is missing the required key "title"/);
    expect(problems[1]?.message).toMatch(/Unknown key "titel".*Did you mean "title"/);
  });

  test('refuses an image that is a symlink to a file outside the package', () => {
    const outside = path.join(temp.dir, 'outside.png');
    fs.copyFileSync(path.join(dir, 'assets/figure.png'), outside);
    fs.rmSync(path.join(dir, 'assets/figure.png'));
    fs.symlinkSync(outside, path.join(dir, 'assets/figure.png'));
    const { course, problems } = loadCoursePackage(dir);
    expect(course).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'modules/02-technique.md',
        line: 11,
        message: expect.stringMatching(/outside/),
      }),
    ]);
  });

  test('accepts an image that is a symlink to another file inside the package', () => {
    fs.renameSync(path.join(dir, 'assets/figure.png'), path.join(dir, 'assets/real.png'));
    fs.symlinkSync('real.png', path.join(dir, 'assets/figure.png'));
    expect(loadCoursePackage(dir).problems).toEqual([]);
  });

  test('a question block inside a list is reported, not silently shown as code', () => {
    editFile(
      dir,
      'modules/02-technique.md',
      '```question\nid: technique-q2',
      '- item\n\n  ```question\n  id: technique-q2',
    );
    const { problems } = loadCoursePackage(dir);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'modules/02-technique.md',
        message: expect.stringMatching(/inside a list or quote/),
      }),
    );
  });

  test('an http: link is a warning (shown as plain text), not an error', () => {
    editFile(dir, 'modules/01-moments.md', '(../references.md#who-2009)', '(http://www.who.int)');
    const { course, problems } = loadCoursePackage(dir);
    expect(course).not.toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 27,
        message: expect.stringMatching(/use https:/),
      }),
    ]);
  });

  test('x- keys are allowed anywhere and kept on questions', () => {
    editFile(dir, 'modules/01-moments.md', 'id: moments-q1\n', 'id: moments-q1\nx-reviewed-by: KB\n');
    const { course, problems } = loadCoursePackage(dir);
    expect(problems).toEqual([]);
    expect(course?.modules[0]?.questions[0]?.extensions).toEqual({ 'x-reviewed-by': 'KB' });
  });

  test('option ids written as numbers are read as written, in options and answers alike', () => {
    editFile(dir, 'modules/02-technique.md', '  - id: a\n    text: Alcohol', '  - id: 1\n    text: Alcohol');
    editFile(
      dir,
      'modules/02-technique.md',
      '  - id: b\n    text: Soap and water\nanswer: a',
      '  - id: 2\n    text: Soap and water\nanswer: 1',
    );
    const { course, problems } = loadCoursePackage(dir);
    expect(problems).toEqual([]);
    expect(course?.modules[1]?.questions[1]).toMatchObject({
      answer: '1',
      options: [{ id: '1' }, { id: '2' }],
    });
  });

  test('a link to a heading of another module and to a reference key resolves', () => {
    editFile(dir, 'modules/02-technique.md', '(01-moments.md)', '(01-moments.md#why-the-moments-matter)');
    expect(loadCoursePackage(dir).problems).toEqual([]);
  });
});

describe('folders that are not packages', () => {
  test('a missing folder is one problem, not an exception', () => {
    const { course, problems } = loadCoursePackage('/nonexistent/course/folder');
    expect(course).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({ file: 'course.yml', message: expect.stringMatching(/does not exist/) }),
    ]);
  });

  test('a folder without course.yml says so', () => {
    const temp = makeTempDir();
    try {
      const { problems } = loadCoursePackage(temp.dir);
      expect(problems).toEqual([
        expect.objectContaining({
          file: 'course.yml',
          line: 1,
          message: expect.stringMatching(/course.yml is missing/),
        }),
      ]);
    } finally {
      temp.cleanup();
    }
  });
});
