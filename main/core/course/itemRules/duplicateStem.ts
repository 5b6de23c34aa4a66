import type { ItemRule, LintItem } from './itemRule';
import { placeOfKey } from './itemRule';

/** Stems sharing this share of their word triples (or more) are near duplicates. */
export const NEAR_DUPLICATE_SIMILARITY = 0.6;

/**
 * `duplicate-stem`: the same question asked twice, in a module quiz and again in the post-test or twice in one
 * bank, rewards memory of the earlier item rather than knowledge. Stems are compared without case, punctuation and
 * markup, across the whole course; near duplicates share most of their three-word sequences.
 */
export const duplicateStem: ItemRule = {
  id: 'duplicate-stem',
  check({ banks }, report) {
    const seen: { item: LintItem; words: string; triples: Set<string> }[] = [];
    for (const item of banks.flatMap((bank) => bank.items)) {
      const words = normalized(item.stem);
      const triples = wordTriples(words);
      const earlier = seen.find(
        (other) => other.words === words || similarity(other.triples, triples) >= NEAR_DUPLICATE_SIMILARITY,
      );
      if (earlier) {
        const how = earlier.words === words ? 'repeats' : 'nearly repeats';
        const where = placeOfKey(earlier.item, 'stem');
        report(
          placeOfKey(item, 'stem'),
          `The stem of question "${item.question.id}" ${how} the stem of "${earlier.item.question.id}" ` +
            `(${where.file} line ${where.line}); ask something new or remove one of them.`,
        );
      }
      seen.push({ item, words, triples });
    }
  },
};

function normalized(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function wordTriples(words: string): Set<string> {
  const list = words.split(' ');
  const triples = new Set<string>();
  for (let i = 0; i + 2 < list.length; i++) triples.add(`${list[i]} ${list[i + 1]} ${list[i + 2]}`);
  return triples;
}

/** Jaccard similarity; stems too short to have triples are compared only as a whole. */
function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const triple of a) if (b.has(triple)) shared++;
  return shared / (a.size + b.size - shared);
}
