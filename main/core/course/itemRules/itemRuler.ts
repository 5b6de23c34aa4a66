import type { CoursePackage, CourseProblem, Question } from '../courseTypes';
import { questionPlainText } from '../render/questionText';
import { absoluteTerms } from './absoluteTerms';
import { allNoneOfTheAbove } from './allNoneOfTheAbove';
import { duplicateStem } from './duplicateStem';
import type { ItemBank, ItemRule, LintItem } from './itemRule';
import { readCourseSources } from './itemSources';
import type { CourseSources } from './itemSources';
import { keyPositionImbalance } from './keyPositionImbalance';
import { letterReference } from './letterReference';
import { longestOptionKey } from './longestOptionKey';
import { mixedOptionForm } from './mixedOptionForm';
import { multipleResponse } from './multipleResponse';
import { negativeLeadIn } from './negativeLeadIn';
import { objectiveUnassessed } from './objectiveUnassessed';
import { referenceMissing } from './referenceMissing';
import { whyMissing } from './whyMissing';

/** Every item-writing rule, in the order its warnings are made. */
export const ITEM_RULES: readonly ItemRule[] = [
  allNoneOfTheAbove,
  negativeLeadIn,
  longestOptionKey,
  keyPositionImbalance,
  duplicateStem,
  mixedOptionForm,
  absoluteTerms,
  whyMissing,
  referenceMissing,
  multipleResponse,
  objectiveUnassessed,
  letterReference,
];

/**
 * Runs every item-writing rule over a loaded course. Each flaw is a warning with its rule's id: warnings never stop
 * a course from loading; `course:check --strict` fails on them.
 */
export function checkItemWriting(course: CoursePackage): CourseProblem[] {
  const sources = readCourseSources(course);
  const context = { course, banks: itemBanks(course, sources), sources };
  const problems: CourseProblem[] = [];
  for (const rule of ITEM_RULES) {
    rule.check(context, (place, message) =>
      problems.push({ severity: 'warning', ...place, message, rule: rule.id }),
    );
  }
  return problems;
}

function itemBanks(course: CoursePackage, sources: CourseSources): ItemBank[] {
  const banks: ItemBank[] = course.modules.map((module) =>
    bank(
      module.id,
      `the quiz of module "${module.id}"`,
      module.shuffleOptions,
      module.file,
      module.questions,
    ),
  );
  const postTest = course.postTest;
  if (postTest) {
    banks.push(
      bank('post-test', 'the post-test', postTest.shuffleOptions, 'post-test.yml', postTest.questions),
    );
  }
  return banks;

  function bank(
    name: string,
    label: string,
    shuffle: boolean,
    file: string,
    questions: Question[],
  ): ItemBank {
    const made: ItemBank = { name, label, shuffleOptions: shuffle, items: [] };
    made.items = questions.map((question): LintItem => ({
      question,
      bank: made,
      file,
      stem: questionPlainText(question.stem),
      explanation: questionPlainText(question.explanation),
      options:
        question.type === 'true-false'
          ? []
          : question.options.map((option) => ({
              id: option.id,
              text: questionPlainText(option.text),
              why: option.why === null ? null : questionPlainText(option.why),
            })),
      source: sources.items.get(question.id) ?? null,
    }));
    return made;
  }
}
