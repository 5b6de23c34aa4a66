import type { ItemRule } from './itemRule';
import { itemPlace } from './itemRule';

/**
 * `reference-missing`: every item should name the source that supports its key, so a reviewer can check it and a
 * learner can read further.
 */
export const referenceMissing: ItemRule = {
  id: 'reference-missing',
  check({ banks }, report) {
    for (const item of banks.flatMap((bank) => bank.items)) {
      if (item.question.reference !== null) continue;
      report(
        itemPlace(item),
        `Question "${item.question.id}" has no "reference"; name the source that supports its key.`,
      );
    }
  },
};
