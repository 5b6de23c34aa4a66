import { questionTextRuns } from '../render/questionText';
import type { TextRun } from '../render/questionText';
import type { ItemRule } from './itemRule';
import { locateIn } from './itemRule';

/** The end of a sentence inside the stem: the lead-in is what follows the last one. */
const SENTENCE_END = /[.!?:]\s+(?=\S)/g;
/** EXCEPT and LEAST in a lead-in always turn the question around. */
const EXCEPT_LEAST = /\b(except|least)\b/gi;
/**
 * NOT turns the question around where it belongs to the question's own verb ("Which drug should not be given?"),
 * not where it sits in a clause about something else ("... for hands that are not soiled?").
 */
const QUESTION_NOT = new RegExp(
  '\\b(?:which|what|who|whom|where|when|how)\\b' +
    '(?:(?!\\b(?:that|who|which|whose|where|when|if|unless|because|although|while)\\b)[^.?!])*?' +
    '\\b(?:is|are|was|were|does|do|did|would|should|could|can|will|may|might|must|has|have|had)\\s+not\\b',
  'gi',
);

/**
 * `negative-lead-in`: a lead-in that asks for the option that is NOT, EXCEPT or LEAST true is easily misread. Ask
 * positively; where a negative is needed, make it stand out: `**NOT**`, or the word in capitals.
 */
export const negativeLeadIn: ItemRule = {
  id: 'negative-lead-in',
  check({ banks }, report) {
    for (const item of banks.flatMap((bank) => bank.items)) {
      const runs = questionTextRuns(item.question.stem);
      for (const { word, at } of negativeWords(runs)) {
        if (word === word.toUpperCase() || isEmphasized(runs, at)) continue;
        report(
          locateIn(item, 'stem', word),
          `The lead-in of question "${item.question.id}" asks a negative question ("${word}") without ` +
            `emphasis; ask positively, or write **${word.toUpperCase()}** so no learner misses it.`,
        );
      }
    }
  },
};

/** The negative words of the stem's last sentence, with their offsets in the whole stem's text. */
function negativeWords(runs: readonly TextRun[]): { word: string; at: number }[] {
  const text = runs.map((run) => run.text).join('');
  let leadIn = 0;
  for (const end of text.trimEnd().matchAll(SENTENCE_END)) leadIn = end.index + end[0].length;
  const leadInText = text.slice(leadIn);
  return [
    ...[...leadInText.matchAll(EXCEPT_LEAST)].map((m) => ({ word: m[0], at: leadIn + m.index })),
    ...[...leadInText.matchAll(QUESTION_NOT)].map((m) => ({
      word: m[0].slice(-3),
      at: leadIn + m.index + m[0].length - 3,
    })),
  ].sort((a, b) => a.at - b.at);
}

function isEmphasized(runs: readonly TextRun[], at: number): boolean {
  let start = 0;
  for (const run of runs) {
    if (at < start + run.text.length) return run.emphasized;
    start += run.text.length;
  }
  return false;
}
