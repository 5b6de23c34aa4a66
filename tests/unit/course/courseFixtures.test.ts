import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCoursePackage } from '../../../main/core/course/courseLoader';

const fixture = (name: string) => path.resolve('tests/fixtures/courses', name);

interface Expected {
  fixture: string;
  file: string;
  line: number;
  column: number;
  message: RegExp;
}

/** One package per error class; each must give exactly this one error, at this place. */
// prettier-ignore
const errorFixtures: Expected[] = [
  { fixture: 'yaml-syntax-error', file: 'course.yml', line: 4, column: 8, message: /^YAML syntax error: .*put text that contains ": " in quotes/ },
  { fixture: 'yaml-alias', file: 'evaluation.yml', line: 12, column: 13, message: /aliases like "\*met" are not supported/ },
  { fixture: 'unknown-key', file: 'course.yml', line: 10, column: 1, message: /^Unknown key "audiance" in course.yml. Did you mean "audience"\?.*"x-"/ },
  { fixture: 'unknown-key-crlf-bom', file: 'modules/02-technique.md', line: 5, column: 1, message: /^Unknown key "duration" in the module front matter/ },
  { fixture: 'missing-required-key', file: 'modules/01-moments.md', line: 30, column: 1, message: /^Question "moments-q1" is missing the required key "explanation"; add it/ },
  { fixture: 'mistyped-value', file: 'modules/02-technique.md', line: 4, column: 10, message: /^"minutes" in the module front matter must be a number, not the text "five"/ },
  { fixture: 'bad-id-pattern', file: 'modules/01-moments.md', line: 2, column: 5, message: /^"Five_Moments" is not a valid id .*lowercase letters/ },
  { fixture: 'duplicate-module-id', file: 'modules/02-technique.md', line: 2, column: 5, message: /module id "moments" is already used at modules\/01-moments.md line 2/ },
  { fixture: 'duplicate-question-id', file: 'post-test.yml', line: 22, column: 9, message: /question id "moments-q1" is already used at modules\/01-moments.md line 30/ },
  { fixture: 'duplicate-option-id', file: 'modules/02-technique.md', line: 53, column: 9, message: /option id "a" is already used at line 51/ },
  { fixture: 'duplicate-evaluation-id', file: 'evaluation.yml', line: 6, column: 9, message: /evaluation item id "objectives-met" is already used at line 3/ },
  { fixture: 'duplicate-reference-key', file: 'references.md', line: 4, column: 1, message: /reference key "who-2009" is already used at line 3/ },
  { fixture: 'answer-not-among-options', file: 'modules/01-moments.md', line: 41, column: 9, message: /answer "c" of question "moments-q1" is not one of its option ids \(a, b\)/ },
  { fixture: 'answer-shape-single', file: 'modules/02-technique.md', line: 55, column: 9, message: /type single, so "answer" must be one option id .*not a list/ },
  { fixture: 'answer-shape-multiple', file: 'modules/02-technique.md', line: 41, column: 9, message: /type multiple, so "answer" must be a list of option ids/ },
  { fixture: 'answer-shape-true-false', file: 'modules/01-moments.md', line: 51, column: 9, message: /"answer" in question "moments-q2" must be true or false, not the text "no"/ },
  { fixture: 'true-false-with-options', file: 'post-test.yml', line: 20, column: 5, message: /^Question "post-2" is true-false, so it has no options/ },
  { fixture: 'option-count', file: 'modules/01-moments.md', line: 35, column: 1, message: /^Question "moments-q1" has 1 option\(s\); write between 2 and 6/ },
  { fixture: 'objective-out-of-range', file: 'modules/01-moments.md', line: 32, column: 12, message: /"objective: 3" .* points past the 1 objective\(s\) of this module/ },
  { fixture: 'draw-larger-than-bank', file: 'post-test.yml', line: 1, column: 7, message: /"draw: 5" asks for more questions than post-test.yml has \(3\)/ },
  { fixture: 'module-file-missing', file: 'course.yml', line: 35, column: 5, message: /module file "modules\/03-audit.md" does not exist/ },
  { fixture: 'link-unknown-module', file: 'modules/01-moments.md', line: 26, column: 47, message: /Link "03-audit.md" is not allowed: no module in the course.yml modules list/ },
  { fixture: 'link-unknown-anchor', file: 'modules/01-moments.md', line: 26, column: 47, message: /modules\/02-technique.md has no heading with the id "rub-and-wash"/ },
  { fixture: 'link-unknown-reference', file: 'modules/01-moments.md', line: 27, column: 52, message: /references.md has no entry or heading with the key "who-2010". Did you mean "#who-2009"\?/ },
  { fixture: 'link-unsafe-scheme', file: 'modules/01-moments.md', line: 27, column: 52, message: /Link "javascript:alert\(1\)" is not allowed/ },
  { fixture: 'image-missing', file: 'modules/02-technique.md', line: 11, column: 26, message: /Image "..\/assets\/steps.png" not found: there is no file at assets\/steps.png/ },
  { fixture: 'image-outside-package', file: 'modules/02-technique.md', line: 11, column: 26, message: /lies outside the package/ },
  { fixture: 'invalid-date', file: 'course.yml', line: 11, column: 15, message: /"release_date" in course.yml is not a valid date: "2026-02-30"/ },
  { fixture: 'expiry-before-release', file: 'course.yml', line: 13, column: 14, message: /expiry_date 2025-12-31 is not after release_date 2026-01-15/ },
  { fixture: 'unsupported-format', file: 'course.yml', line: 1, column: 9, message: /^Unsupported format 2: this player reads course packages of format 1/ },
  { fixture: 'module-without-questions', file: 'modules/02-technique.md', line: 1, column: 1, message: /This module has no questions/ },
  { fixture: 'question-block-unclosed', file: 'modules/02-technique.md', line: 46, column: 1, message: /question block is never closed/ },
  { fixture: 'front-matter-missing', file: 'modules/01-moments.md', line: 1, column: 1, message: /must start with front matter/ },
  { fixture: 'not-utf8', file: 'modules/02-technique.md', line: 1, column: 1, message: /not valid UTF-8/ },
  { fixture: 'credit-hours-too-high', file: 'course.yml', line: 22, column: 10, message: /credit.hours 1 is more than .*estimate is 17.7 min, so at most 0.25 hours/ },
  { fixture: 'credit-hours-step', file: 'course.yml', line: 22, column: 10, message: /in steps of 0.25 .*not 0.3/ },
  { fixture: 'pass-mark-out-of-range', file: 'course.yml', line: 30, column: 16, message: /"module_pass" must be between 0 and 1/ },
  { fixture: 'post-test-pass-without-post-test', file: 'course.yml', line: 31, column: 3, message: /post_test_pass is set, but the package has no post-test.yml/ },
  { fixture: 'require-evaluation-without-evaluation', file: 'course.yml', line: 32, column: 23, message: /require_evaluation is true, but the package has no evaluation.yml/ },
  { fixture: 'person-without-relationships', file: 'course.yml', line: 18, column: 5, message: /^Person "A. Author" must state "relationships": .* or "none"/ },
  { fixture: 'mitigation-missing', file: 'course.yml', line: 25, column: 5, message: /lists a financial relationship, so course.yml needs "mitigation"/ },
  { fixture: 'faculty-and-people', file: 'course.yml', line: 20, column: 1, message: /has both "faculty" and "people"; use "people" only/ },
  { fixture: 'person-role-unknown', file: 'course.yml', line: 24, column: 23, message: /role of person "R. Reviewer" must be one of author, faculty, planner, reviewer, not the text "speaker"/ },
  { fixture: 'commercial-support-kind', file: 'course.yml', line: 33, column: 11, message: /"kind" of a commercial supporter must be one of: educational grant, in-kind/ },
  { fixture: 'objective-id-duplicate', file: 'modules/02-technique.md', line: 6, column: 9, message: /objective id "rub-or-wash" is already used at course.yml line 42/ },
  { fixture: 'objective-unknown', file: 'modules/01-moments.md', line: 62, column: 14, message: /names the objective "moment-list", which no objective of the course has. Did you mean "moments-list"\?/ },
  { fixture: 'section-unknown', file: 'modules/02-technique.md', line: 58, column: 10, message: /"section: rub-or-wsh" in question "technique-q2" is not a heading id of its module; did you mean "rub-or-wash"\?/ },
  { fixture: 'post-test-module-unknown', file: 'post-test.yml', line: 59, column: 13, message: /"module: techniqe" in question "post-4" is not a module id of this course; did you mean "technique"\?/ },
  { fixture: 'blueprint-with-draw', file: 'post-test.yml', line: 1, column: 1, message: /has both "draw" and "blueprint"; keep one/ },
  { fixture: 'blueprint-group-too-large', file: 'post-test.yml', line: 3, column: 11, message: /blueprint draws 3 from the module "moments", but only 2 item\(s\) have "module: moments"/ },
  { fixture: 'blueprint-item-without-module', file: 'post-test.yml', line: 38, column: 5, message: /^Question "post-3" needs "module": the post-test blueprint is by module/ },
  { fixture: 'blueprint-mixed-kinds', file: 'post-test.yml', line: 4, column: 5, message: /Every group of the blueprint must name a module; a bank uses one kind of group only/ },
  { fixture: 'image-without-alt', file: 'modules/02-technique.md', line: 12, column: 5, message: /^Image "..\/assets\/figure.png" has no alt text; describe it in the square brackets/ },
  { fixture: 'svg-unsafe', file: 'assets/moments.svg', line: 7, column: 9, message: /^This SVG image is not allowed: it has an event attribute onmouseover, which would run code. It is shown by modules\/01-moments.md line 23/ },
  { fixture: 'feedback-unknown', file: 'post-test.yml', line: 8, column: 11, message: /"feedback" in post-test.yml must be one of always, after_pass, after_last_attempt, not "never"/ },
];

describe('error fixtures: one package per error class', () => {
  test.each(errorFixtures)('$fixture', (expected) => {
    const result = loadCoursePackage(fixture(expected.fixture));
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(result.course).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: expected.file, line: expected.line, column: expected.column });
    expect(errors[0]?.message).toMatch(expected.message);
  });
});

describe('warning fixtures', () => {
  test('module minutes more than 25% off the estimate: a warning, and the course still loads', () => {
    const result = loadCoursePackage(fixture('module-minutes-off'));
    expect(result.course).not.toBeNull();
    expect(result.problems).toEqual([
      {
        severity: 'warning',
        file: 'modules/01-moments.md',
        line: 4,
        column: 10,
        message: expect.stringMatching(
          /^minutes: 12 differs by more than 25% from the estimate of 4.6 min/,
        ) as string,
      },
    ]);
  });
});

describe('warning fixtures of the disclosures', () => {
  test('people without commercial_support: a warning, and the course still loads', () => {
    const result = loadCoursePackage(fixture('commercial-support-missing'));
    expect(result.course?.commercialSupport).toBeNull();
    expect(result.problems).toEqual([
      {
        severity: 'warning',
        file: 'course.yml',
        line: 17,
        column: 1,
        message: expect.stringMatching(
          /lists "people" but no "commercial_support"; write "commercial_support: none"/,
        ) as string,
      },
    ]);
  });
});

describe('clean fixtures', () => {
  test.each(['valid-minimal', 'valid-crlf-bom'])('%s loads without problems', (name) => {
    const result = loadCoursePackage(fixture(name));
    expect(result.problems).toEqual([]);
    expect(result.course?.id).toBe('hand-hygiene');
  });

  test.each(['valid-accredited', 'blueprint-by-objective'])(
    '%s (every key of this round) loads without problems',
    (name) => {
      const result = loadCoursePackage(fixture(name));
      expect(result.problems).toEqual([]);
      expect(result.course?.id).toBe('hand-hygiene-accredited');
    },
  );

  test('a BOM and CRLF line ends change neither the content nor the line numbers', () => {
    const lf = loadCoursePackage(fixture('valid-minimal')).course;
    const crlf = loadCoursePackage(fixture('valid-crlf-bom')).course;
    expect(crlf?.modules.map((m) => m.headings)).toEqual(lf?.modules.map((m) => m.headings));
    expect(crlf?.modules.map((m) => m.markdown)).toEqual(lf?.modules.map((m) => m.markdown));
    expect(crlf?.estimate).toEqual(lf?.estimate);
    expect(crlf?.modules[0]?.contentHash).not.toBe(lf?.modules[0]?.contentHash);
  });
});
