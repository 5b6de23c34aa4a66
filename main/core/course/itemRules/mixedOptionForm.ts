import type { ItemRule } from './itemRule';
import { locateInOption } from './itemRule';

// An answer of the yes/no kind is the word alone or the word and a pause ("No, because ..."). "No trial has ..."
// or "No change; ..." begins a statement, so a determiner is not flagged. "Partly" belongs to the same kind.
const YES_NO = /^(yes|no|partly)\s*(?:[,;:.!\u2013\u2014-]|$)/i;

/**
 * `mixed-option-form`: options should be of one kind. A "Yes", "No" or "Partly" among statements stands out, and a learner
 * can rule options in or out by their form instead of their content.
 */
export const mixedOptionForm: ItemRule = {
  id: 'mixed-option-form',
  check({ banks }, report) {
    for (const item of banks.flatMap((bank) => bank.items)) {
      const yesNo = item.options.map((option) => YES_NO.test(option.text.trim()));
      const first = yesNo.indexOf(true);
      if (first === -1 || yesNo.every(Boolean)) continue;
      report(
        locateInOption(item, first, 'text'),
        `Question "${item.question.id}" mixes yes/no answers with statements; write every option in the same form.`,
      );
    }
  },
};
