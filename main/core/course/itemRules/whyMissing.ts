import type { ItemRule } from './itemRule';
import { locateInOption } from './itemRule';

/**
 * `why-missing`: the `why` of an option is the feedback a learner reads after choosing it. Without it a learner who
 * chose a distractor learns only that it was wrong.
 */
export const whyMissing: ItemRule = {
  id: 'why-missing',
  check({ banks }, report) {
    for (const item of banks.flatMap((bank) => bank.items)) {
      const missing = item.options.flatMap((option, index) => (option.why === null ? [index] : []));
      const [first] = missing;
      if (first === undefined) continue;
      const ids = missing.map((index) => item.options[index]?.id ?? '').join(', ');
      report(
        locateInOption(item, first, 'text'),
        `Question "${item.question.id}" has no "why" for option(s) ${ids}; say why each option is right or wrong.`,
      );
    }
  },
};
