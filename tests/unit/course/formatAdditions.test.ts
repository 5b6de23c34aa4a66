import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadCoursePackage } from '../../../main/core/course/courseLoader';
import { copyFixture, editFile, makeTempDir } from './tempCoursePackage';

/*
 * The keys this round adds to format 1 (disclosures, objective ids, item objectives and sections, a post-test
 * blueprint, per-quiz option shuffling and feedback policy): what the readers make of them, and the defaults a
 * package without them gets.
 */

const fixture = (name: string) => path.resolve('tests/fixtures/courses', name);

describe('valid-accredited: every new key, read', () => {
  const course = loadCoursePackage(fixture('valid-accredited')).course;

  test('people, mitigation and commercial support', () => {
    expect(course?.faculty).toEqual([]);
    expect(course?.people).toEqual([
      { name: 'A. Author', credentials: 'RN, MSN', roles: ['author', 'planner'], relationships: 'none' },
      {
        name: 'R. Reviewer',
        credentials: 'MD',
        roles: ['reviewer'],
        relationships: [{ company: 'Example Pharma Inc.', nature: 'Consultant (advisory board)' }],
      },
    ]);
    expect(course?.mitigation).toMatch(/^The reviewer's relationship was judged relevant/);
    expect(course?.commercialSupport).toEqual([{ supporter: 'Example Soap Co.', kind: 'in-kind' }]);
  });

  test('objective ids of the course and of each module, beside their texts', () => {
    expect(course?.objectiveIds).toEqual(['moments-named', 'rub-or-wash']);
    expect(course?.objectives).toEqual([
      'Name the five moments for hand hygiene.',
      'Choose between hand rub and hand washing.',
    ]);
    expect(course?.modules.map((m) => m.objectiveIds)).toEqual([['moments-list'], ['technique-choice']]);
  });

  test('module quiz settings: shuffle_options and feedback, with the defaults where unwritten', () => {
    expect(course?.modules.map((m) => [m.shuffleOptions, m.feedback])).toEqual([
      [false, 'always'],
      [true, 'always'],
    ]);
  });

  test('items name their objectives and the section to review; post-test items their module', () => {
    const [first] = course?.modules[0]?.questions ?? [];
    expect(first).toMatchObject({ objectives: ['moments-list'], section: 'the-five-moments', module: null });
    expect(course?.postTest?.questions.map((q) => [q.id, q.module, q.section])).toEqual([
      ['post-1', 'moments', 'the-five-moments'],
      ['post-2', 'moments', 'the-five-moments'],
      ['post-3', 'technique', 'rub-or-wash'],
      ['post-4', 'technique', 'rub-or-wash'],
    ]);
  });

  test('the blueprint by module: its groups with their items, and the draw is its total', () => {
    expect(course?.postTest).toMatchObject({
      draw: 2,
      feedback: 'after_last_attempt',
      blueprint: {
        by: 'module',
        groups: [
          { id: 'moments', draw: 1, questionIds: ['post-1', 'post-2'] },
          { id: 'technique', draw: 1, questionIds: ['post-3', 'post-4'] },
        ],
      },
    });
  });
});

describe('a package without the new keys', () => {
  test('keeps its meaning: no people, no ids, options shuffled, the default feedback policies', () => {
    const course = loadCoursePackage(fixture('valid-minimal')).course;
    expect(course).toMatchObject({ people: null, mitigation: null, commercialSupport: null });
    expect(course?.objectiveIds).toEqual([null, null]);
    expect(course?.modules.map((m) => [m.shuffleOptions, m.feedback])).toEqual([
      [true, 'always'],
      [true, 'always'],
    ]);
    expect(course?.postTest).toMatchObject({ draw: 2, blueprint: null, feedback: 'after_pass' });
    expect(course?.modules[0]?.questions[0]).toMatchObject({ objective: 1, objectives: [], section: null });
  });
});

describe('edited packages', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.cleanup());

  const errorsOf = (dir: string) =>
    loadCoursePackage(dir).problems.map((p) => `${p.severity} ${p.file}:${p.line}:${p.column} ${p.message}`);

  test('by objective, an item joins the first group that lists one of its objectives', () => {
    const dir = copyFixture('blueprint-by-objective', temp.dir);
    const course = loadCoursePackage(dir).course;
    expect(course?.postTest?.blueprint?.groups.map((g) => [g.id, g.questionIds])).toEqual([
      ['moments-named', ['post-1']],
      ['rub-or-wash', ['post-3']],
      ['moments-list', ['post-2']],
      ['technique-choice', ['post-4']],
    ]);
    editFile(
      dir,
      'post-test.yml',
      'objectives: [technique-choice]',
      'objectives: [technique-choice, rub-or-wash]',
    );
    expect(errorsOf(dir)).toEqual([
      'error post-test.yml:9:11 The blueprint draws 1 from the objective "technique-choice", but only 0 item(s) ' +
        'list "technique-choice" (and no earlier objective of the blueprint) in "objectives"; lower draw or add items.',
    ]);
  });

  test('an item in no blueprint group is never drawn: a warning', () => {
    const dir = copyFixture('valid-accredited', temp.dir);
    editFile(dir, 'post-test.yml', '  - module: technique\n    draw: 1\n', '');
    const result = loadCoursePackage(dir);
    expect(result.course?.postTest?.draw).toBe(1);
    expect(errorsOf(dir)).toEqual([
      'warning post-test.yml:36:5 Question "post-3" is in no blueprint group (the blueprint does not name its ' +
        'module), so no attempt draws it.',
      'warning post-test.yml:55:5 Question "post-4" is in no blueprint group (the blueprint does not name its ' +
        'module), so no attempt draws it.',
    ]);
  });

  test('"commercial_support: none" and "relationships" that state nothing usable', () => {
    const dir = copyFixture('valid-accredited', temp.dir);
    editFile(
      dir,
      'course.yml',
      'commercial_support:\n  - supporter: Example Soap Co.\n    kind: in-kind\n',
      'commercial_support: none\n',
    );
    expect(loadCoursePackage(dir).course?.commercialSupport).toBe('none');
    editFile(
      dir,
      'course.yml',
      '    roles: [author, planner]\n    relationships: none',
      '    roles: []\n    relationships: []',
    );
    editFile(
      dir,
      'course.yml',
      '    roles: [reviewer]\n    relationships:\n',
      '    roles: [reviewer]\n    x-was:\n',
    );
    editFile(
      dir,
      'course.yml',
      '    credentials: MD\n',
      '    credentials: MD\n    relationships: None reported\n',
    );
    expect(errorsOf(dir)).toEqual([
      'error course.yml:20:5 Person "A. Author" needs at least one role: author, faculty, planner, reviewer.',
      'error course.yml:21:5 "relationships" of person "A. Author" is an empty list; write "none" instead.',
      'error course.yml:24:20 "relationships" of person "R. Reviewer" must be "none" or a list of relationships ' +
        '(company and nature), not the text "None reported".',
    ]);
  });

  test('a module question may not name a module: only post-test items do', () => {
    const dir = copyFixture('valid-accredited', temp.dir);
    editFile(
      dir,
      'modules/02-technique.md',
      'section: rub-or-wash\nstem: Which',
      'module: technique\nstem: Which',
    );
    expect(errorsOf(dir)).toEqual([
      expect.stringMatching(
        /^error modules\/02-technique.md:58:1 Unknown key "module" in this question\. Known keys: .*objectives, section\./,
      ),
    ]);
  });
});
