import type { ItemRule } from './itemRule';
import { placeOfKey } from './itemRule';

/**
 * `multiple-response`: "Select all that apply" items are scored all or nothing here, so one slip costs the whole
 * item, and they measure less reliably than single-best-answer items. Prefer type single.
 */
export const multipleResponse: ItemRule = {
  id: 'multiple-response',
  check({ banks }, report) {
    for (const item of banks.flatMap((bank) => bank.items)) {
      if (item.question.type !== 'multiple') continue;
      report(
        placeOfKey(item, 'type'),
        `Question "${item.question.id}" is type multiple, which is scored all or nothing; ` +
          'prefer a single-best-answer item.',
      );
    }
  },
};
