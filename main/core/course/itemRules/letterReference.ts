import type { ItemRule, LintItem } from './itemRule';
import { locateIn, locateInOption } from './itemRule';

/*
 * Options are shuffled and shown without letters, so "option c" in an explanation points at nothing the learner
 * saw. These patterns find an option named by letter or by position.
 */
const OPTION_WORD = '(?:options?|answers?|choices?|responses?|alternatives?)';
/** Words after "option a" that show the "a" is a letter: a conjunction, or a verb whose subject it is. */
const LETTER_A_FOLLOWERS =
  '(?:and|or|is|are|was|were|would|could|can|cannot|might|may|must|should|does|do|did|has|have|had|fails?|' +
  'names?|describes?|states?|says?|gives?|suggests?|confuses?|reverses?|overstates?|understates?|ignores?|' +
  'misses|applies|refers?|reflects?|assumes?|lists?|mistakes?|omits?|adds?)';
const LETTER_REFERENCES = [
  // "option c", "Options b, c and d", "answer (b)"; "a" only where it cannot be the article ("answer a question").
  new RegExp(
    `\\b${OPTION_WORD}\\s+\\(?(?:[b-f]\\b|a(?=\\)|\\s*(?:[,.;:]|$)|\\s+${LETTER_A_FOLLOWERS}\\b))`,
    'gi',
  ),
  // "Option a ..." opening a sentence: there the "a" is a letter whatever follows.
  /(?<=^|[.!?]\s+)(?:Options?|Answers?|Choices?|Responses?)\s+a\b/g,
  // "(a)", "(c)" standing alone.
  /(?:^|(?<=[\s,;]))\([a-f]\)(?=[\s,.;:]|$)/gi,
  // "the first answer", "the last option".
  new RegExp(`\\b(?:first|second|third|fourth|fifth|sixth|last|final|top|bottom)\\s+${OPTION_WORD}\\b`, 'gi'),
  // "option 2", "choice three"; not "response one week later", so a pause or a verb must follow the number.
  new RegExp(
    `\\b${OPTION_WORD}\\s+(?:[1-6]|one|two|three|four|five|six)(?=\\s*(?:[,.;:)]|$)|\\s+${LETTER_A_FOLLOWERS}\\b)`,
    'gi',
  ),
];

/**
 * `letter-reference`: an explanation or `why` that names an option by letter or position ("option c", "(a)", "the
 * first answer") is wrong once the options are shuffled and shown unlettered. Name the option by its content.
 */
export const letterReference: ItemRule = {
  id: 'letter-reference',
  check({ banks }, report) {
    for (const item of banks.flatMap((bank) => bank.items)) {
      for (const phrase of letterPhrases(item.explanation)) {
        report(locateIn(item, 'explanation', phrase), message(item, phrase, 'explanation'));
      }
      item.options.forEach((option, index) => {
        for (const phrase of letterPhrases(option.why ?? '')) {
          report(
            locateInOption(item, index, 'why', phrase),
            message(item, phrase, `"why" of option ${option.id}`),
          );
        }
      });
    }
  },
};

/** Each place that names an option by letter or position, once, in the order written. */
function letterPhrases(text: string): string[] {
  const found = LETTER_REFERENCES.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => ({ at: match.index, phrase: match[0] })),
  ).sort((a, b) => a.at - b.at);
  let end = -1;
  return found.flatMap(({ at, phrase }) => {
    if (at < end) return [];
    end = at + phrase.length;
    return [phrase];
  });
}

function message(item: LintItem, phrase: string, where: string): string {
  return (
    `The ${where} of question "${item.question.id}" names an option by letter or position ("${phrase}"), but ` +
    'options are shuffled and shown without letters; name the option by what it says.'
  );
}
