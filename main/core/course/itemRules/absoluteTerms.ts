import type { ItemRule } from './itemRule';
import { locateInOption } from './itemRule';

const ABSOLUTE = /\b(always|never|invariably|in all cases|under no circumstances)\b/i;

/**
 * `absolute-terms`: "always" and "never" are rarely true in clinical practice, so a learner rules out every option
 * that has them. When only distractors carry them, they give the key away.
 */
export const absoluteTerms: ItemRule = {
  id: 'absolute-terms',
  check({ banks }, report) {
    for (const item of banks.flatMap((bank) => bank.items)) {
      const question = item.question;
      if (question.type === 'true-false') continue;
      const keys = new Set(question.type === 'single' ? [question.answer] : question.answer);
      const keyHasOne = item.options.some((option) => keys.has(option.id) && ABSOLUTE.test(option.text));
      const index = item.options.findIndex((option) => !keys.has(option.id) && ABSOLUTE.test(option.text));
      const term = ABSOLUTE.exec(item.options[index]?.text ?? '')?.[0];
      if (keyHasOne || index === -1 || !term) continue;
      report(
        locateInOption(item, index, 'text', term),
        `In question "${question.id}" only distractors use absolute terms like "${term}", which marks them as ` +
          'wrong; qualify the distractors or word the key the same way.',
      );
    }
  },
};
