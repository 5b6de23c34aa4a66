import type { ItemRule } from './itemRule';
import { locateInOption } from './itemRule';

const ABOVE = /\b(all|none|both|neither) of the (above|previous|preceding)\b/i;

/**
 * `all-none-of-the-above`: "All of the above" rewards a learner who spots two right options, "None of the above"
 * tests only what is wrong; and in a shuffled quiz "the above" is not above anything.
 */
export const allNoneOfTheAbove: ItemRule = {
  id: 'all-none-of-the-above',
  check({ banks }, report) {
    for (const item of banks.flatMap((bank) => bank.items)) {
      item.options.forEach((option, index) => {
        const found = ABOVE.exec(option.text);
        if (!found) return;
        report(
          locateInOption(item, index, 'text', found[0]),
          `Question "${item.question.id}" has the option "${found[0]}"; write a specific option instead.`,
        );
      });
    }
  },
};
