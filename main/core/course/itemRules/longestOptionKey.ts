import { CHANCE_LEVEL, chanceOfAtLeast, expectedCount } from './chanceTail';
import type { ItemRule, LintItem } from './itemRule';
import { locateInOption } from './itemRule';

/**
 * `longest-option-key`: test-wise learners pick the longest option, because the key is often the one an author
 * qualified most carefully. Reported once per quiz or post-test, when the key is the uniquely longest option in
 * more items than chance would make it (chance: one in the number of options).
 */
export const longestOptionKey: ItemRule = {
  id: 'longest-option-key',
  check({ banks }, report) {
    for (const bank of banks) {
      const single = bank.items.filter((item) => item.question.type === 'single' && item.options.length > 1);
      const longest = single.filter(keyIsUniquelyLongest);
      const chances = single.map((item) => 1 / item.options.length);
      const [first] = longest;
      if (!first || longest.length < 2 || chanceOfAtLeast(longest.length, chances) >= CHANCE_LEVEL) continue;
      report(
        locateInOption(first, keyIndex(first), 'text'),
        `In ${bank.label} the key is the uniquely longest option in ${longest.length} of ${single.length} items ` +
          `(about ${expectedCount(chances).toFixed(1)} by chance): ${longest.map((i) => i.question.id).join(', ')}; ` +
          'make the distractors as long and as specific as the key.',
      );
    }
  },
};

function keyIndex(item: LintItem): number {
  const question = item.question;
  return question.type === 'single' ? item.options.findIndex((option) => option.id === question.answer) : -1;
}

function keyIsUniquelyLongest(item: LintItem): boolean {
  const key = keyIndex(item);
  const keyLength = item.options[key]?.text.length ?? 0;
  return key !== -1 && item.options.every((option, index) => index === key || option.text.length < keyLength);
}
