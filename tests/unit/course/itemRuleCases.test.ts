import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadCoursePackage } from '../../../main/core/course/courseLoader';
import { checkItemWriting } from '../../../main/core/course/itemRules/itemRuler';
import { copyFixture, editFile, makeTempDir } from './tempCoursePackage';

/*
 * The text rules on wording they must and must not flag, written into one item of a copy of valid-accredited (whose
 * items have no flaw): technique-q2's stem and technique-q1's explanation.
 */

let temp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  temp = makeTempDir();
});
afterAll(() => temp.cleanup());

let copies = 0;
function rulesFor(edit: { stem?: string; explanation?: string; optionC?: string }): string[] {
  const dir = copyFixture('valid-accredited', `${temp.dir}/${copies++}`);
  if (edit.stem !== undefined) {
    editFile(
      dir,
      'modules/02-technique.md',
      'stem: Which is the routine choice for hands that are not visibly soiled?',
      `stem: ${JSON.stringify(edit.stem)}`,
    );
  }
  if (edit.explanation !== undefined) {
    editFile(
      dir,
      'modules/02-technique.md',
      '  Spores survive alcohol, so only washing removes them from the hands.',
      `  ${edit.explanation}`,
    );
  }
  if (edit.optionC !== undefined) {
    editFile(
      dir,
      'modules/02-technique.md',
      'text: An antiseptic wipe',
      `text: ${JSON.stringify(edit.optionC)}`,
    );
  }
  const course = loadCoursePackage(dir).course;
  if (!course) throw new Error('the edited package does not load');
  return checkItemWriting(course).map((problem) => problem.rule ?? '');
}

describe('negative-lead-in', () => {
  test.each([
    ['Which drug should not be given before the session?', ['negative-lead-in']],
    ['All of these are contraindications except which one?', ['negative-lead-in']],
    ['Which finding is least likely after a single dose?', ['negative-lead-in']],
    ['Which drug should **not** be given before the session?', []],
    ['Which drug should NOT be given before the session?', []],
    ['Which is the routine choice for hands that are not visibly soiled?', []],
    ['The patient did not respond to two antidepressants. Which step comes next?', []],
  ])('%s', (stem, rules) => {
    expect(rulesFor({ stem })).toEqual(rules);
  });
});

describe('letter-reference', () => {
  test.each([
    ['Option c is wrong because alcohol spares spores.', ['letter-reference']],
    ['Options a, c and d miss the spores.', ['letter-reference']],
    ['Option a misreads the guideline.', ['letter-reference']],
    ['Unlike (b), washing removes spores.', ['letter-reference']],
    ['The first answer ignores the spores.', ['letter-reference']],
    ['Choice 2 ignores the spores.', ['letter-reference']],
    ['Washing is the answer a clinician should give; alcohol spares spores.', []],
    ['Each option names a method; only washing removes spores.', []],
    ['Spores (a resting form) survive alcohol, so only washing removes them.', []],
    ['The trial measured response one week after a single wash.', []],
  ])('%s', (explanation, rules) => {
    expect(rulesFor({ explanation })).toEqual(rules);
  });
});

describe('mixed-option-form', () => {
  test.each([
    ['Yes', ['mixed-option-form']],
    ['No, only when soiled', ['mixed-option-form']],
    ['Partly', ['mixed-option-form']],
    ['No trial has compared the two methods', []],
    ['No change to the routine', []],
    ['Nothing but gloves', []],
  ])('%s', (optionC, rules) => {
    expect(rulesFor({ optionC })).toEqual(rules);
  });
});
