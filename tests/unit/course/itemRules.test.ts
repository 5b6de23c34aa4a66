import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCourseCheck } from '../../../main/cli/courseCheck';
import { loadCoursePackage } from '../../../main/core/course/courseLoader';
import { chanceOfAtLeast } from '../../../main/core/course/itemRules/chanceTail';
import { checkItemWriting, ITEM_RULES } from '../../../main/core/course/itemRules/itemRuler';

const fixture = (name: string) => path.resolve('tests/fixtures/courses', name);

function lint(name: string) {
  const { course, problems } = loadCoursePackage(fixture(name));
  if (!course) throw new Error(`${name} does not load: ${JSON.stringify(problems)}`);
  return { loadProblems: problems, itemProblems: checkItemWriting(course) };
}

/** One fixture per rule: valid-accredited with one flaw, which must give exactly this one warning, here. */
// prettier-ignore
const ruleFixtures = [
  { rule: 'all-none-of-the-above', file: 'modules/01-moments.md', line: 50, column: 11, message: /^Question "moments-q1" has the option "None of the above"/ },
  { rule: 'negative-lead-in', file: 'modules/02-technique.md', line: 59, column: 27, message: /lead-in of question "technique-q2" asks a negative question \("not"\) without emphasis/ },
  { rule: 'longest-option-key', file: 'modules/01-moments.md', line: 44, column: 11, message: /uniquely longest option in 3 of 3 items \(about 1.0 by chance\): moments-q1, moments-q2, moments-q3/ },
  { rule: 'key-position-imbalance', file: 'modules/01-moments.md', line: 52, column: 9, message: /does not shuffle its options, and the key is option 1 in 4 of 4 items/ },
  { rule: 'duplicate-stem', file: 'post-test.yml', line: 43, column: 11, message: /stem of question "post-3" repeats the stem of "technique-q2" \(modules\/02-technique.md line 59\)/ },
  { rule: 'mixed-option-form', file: 'modules/02-technique.md', line: 68, column: 11, message: /"technique-q2" mixes yes\/no answers with statements/ },
  { rule: 'absolute-terms', file: 'modules/01-moments.md', line: 47, column: 11, message: /only distractors use absolute terms like "Always"/ },
  { rule: 'why-missing', file: 'modules/02-technique.md', line: 46, column: 11, message: /"technique-q1" has no "why" for option\(s\) c/ },
  { rule: 'reference-missing', file: 'post-test.yml', line: 38, column: 5, message: /"post-3" has no "reference"/ },
  { rule: 'multiple-response', file: 'post-test.yml', line: 39, column: 11, message: /"post-3" is type multiple, which is scored all or nothing/ },
  { rule: 'objective-unassessed', file: 'course.yml', line: 44, column: 5, message: /No item assesses the objective "hand-audit" of the course/ },
  { rule: 'letter-reference', file: 'modules/02-technique.md', line: 50, column: 30, message: /explanation of question "technique-q1" names an option by letter or position \("option a"\)/ },
];

describe('item-writing rules', () => {
  test('every rule has a fixture, and the fixtures name every rule', () => {
    expect(ruleFixtures.map((f) => f.rule).sort()).toEqual(ITEM_RULES.map((rule) => rule.id).sort());
  });

  test('valid-accredited, the base of every rule fixture, has no item-writing flaw', () => {
    expect(lint('valid-accredited').itemProblems).toEqual([]);
  });

  test.each(ruleFixtures)('$rule: one warning with its rule id, file, line and column', (expected) => {
    const { loadProblems, itemProblems } = lint(`lint-${expected.rule}`);
    expect(loadProblems).toEqual([]);
    expect(itemProblems).toHaveLength(1);
    expect(itemProblems[0]).toMatchObject({
      severity: 'warning',
      rule: expected.rule,
      file: expected.file,
      line: expected.line,
      column: expected.column,
    });
    expect(itemProblems[0]?.message).toMatch(expected.message);
  });
});

describe('course:check with the item-writing rules', () => {
  function check(args: string[]) {
    const lines: string[] = [];
    return { code: runCourseCheck(args, (line) => lines.push(line)), lines };
  }

  test('a warning line ends with its rule id; warnings are counted by rule; exit 0', () => {
    const { code, lines } = check([path.join('tests/fixtures/courses', 'lint-why-missing')]);
    expect(code).toBe(0);
    expect(lines[0]).toBe(
      'tests/fixtures/courses/lint-why-missing/modules/02-technique.md:46:11: warning: Question "technique-q1" ' +
        'has no "why" for option(s) c; say why each option is right or wrong. (why-missing)',
    );
    expect(lines).toContain('  item-writing warnings by rule: why-missing 1');
    expect(lines.at(-1)).toBe('  OK with 1 warning(s)');
  });

  test('--strict fails on a warning, and passes a package without any', () => {
    expect(check(['--strict', fixture('lint-why-missing')]).code).toBe(1);
    expect(check(['--strict', fixture('module-minutes-off')]).code).toBe(1);
    expect(check(['--', '--strict', fixture('valid-accredited')]).code).toBe(0);
  });

  test('an unknown option is a usage error', () => {
    expect(check(['--stritc', fixture('valid-accredited')])).toEqual({
      code: 2,
      lines: [
        'Usage: npm run course:check -- [--strict] [--sign <key file>] <course folder> [<course folder> ...]',
        '       npm run course:check -- --new-key <key file>',
      ],
    });
  });
});

describe('the chance of a pattern across a bank', () => {
  test('is the tail of the Poisson binomial distribution', () => {
    expect(chanceOfAtLeast(0, [0.25, 0.5])).toBeCloseTo(1, 12);
    expect(chanceOfAtLeast(2, [0.25, 0.5])).toBeCloseTo(0.125, 12);
    expect(chanceOfAtLeast(1, [0.25, 0.5])).toBeCloseTo(1 - 0.75 * 0.5, 12);
    expect(chanceOfAtLeast(3, [1 / 3, 1 / 3, 1 / 3])).toBeCloseTo(1 / 27, 12);
    expect(chanceOfAtLeast(4, [0.5, 0.5])).toBe(0);
  });
});
