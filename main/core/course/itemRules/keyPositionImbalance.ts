import { CHANCE_LEVEL, chanceOfAtLeast, expectedCount } from './chanceTail';
import type { ItemRule } from './itemRule';
import { placeOfKey } from './itemRule';

/**
 * `key-position-imbalance`: in a quiz whose options are not shuffled, the key sits where the author wrote it. When
 * one position holds the key far more often than chance, a learner can score by position alone.
 */
export const keyPositionImbalance: ItemRule = {
  id: 'key-position-imbalance',
  check({ banks }, report) {
    for (const bank of banks) {
      if (bank.shuffleOptions) continue;
      const single = bank.items.filter((item) => item.question.type === 'single' && item.options.length > 1);
      const positions = single.map((item) => item.options.findIndex((o) => o.id === item.question.answer));
      const widest = Math.max(0, ...single.map((item) => item.options.length));
      for (let position = 0; position < widest; position++) {
        const chances = single.map((item) => (item.options.length > position ? 1 / item.options.length : 0));
        const holders = single.filter((_, index) => positions[index] === position);
        const [first] = holders;
        // Each position is a separate test, so the level is shared among them (Bonferroni).
        if (!first || holders.length < 3 || chanceOfAtLeast(holders.length, chances) >= CHANCE_LEVEL / widest)
          continue;
        report(
          placeOfKey(first, 'answer'),
          `${capitalized(bank.label)} does not shuffle its options, and the key is option ${position + 1} in ` +
            `${holders.length} of ${single.length} items (about ${expectedCount(chances).toFixed(1)} by chance); ` +
            'move keys to other positions or set shuffle_options: true.',
        );
      }
    }
  },
};

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
