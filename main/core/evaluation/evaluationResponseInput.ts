import { maxEvaluationTextLength } from '../../contract/limits';
import { CoreError } from '../coreError';
import type { Evaluation, EvaluationItem } from '../course/courseTypes';

/** A stored evaluation answer: a likert rating 1-5, the chosen option of a choice item, or free text. */
export type EvaluationResponse = number | string;

function invalid(item: EvaluationItem, problem: string): CoreError {
  return new CoreError('invalid_input', `"${item.prompt}": ${problem}`);
}

// Blank text counts as no answer, so a required text item cannot be passed with spaces.
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function readItem(item: EvaluationItem, value: unknown): EvaluationResponse {
  if (item.type === 'likert') {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) {
      throw invalid(item, 'choose a rating from 1 to 5.');
    }
    return value;
  }
  if (item.type === 'choice') {
    if (typeof value !== 'string' || !item.options.includes(value)) {
      throw invalid(item, `choose one of: ${item.options.join(', ')}.`);
    }
    return value;
  }
  if (typeof value !== 'string') throw invalid(item, 'the answer must be text.');
  const text = value.trim();
  if (text.length > maxEvaluationTextLength) {
    throw invalid(item, `please shorten the answer to at most ${maxEvaluationTextLength} characters.`);
  }
  if (/(?![\n\r\t])\p{Cc}/u.test(text))
    throw invalid(item, 'the answer contains characters that cannot be saved.');
  return text;
}

/**
 * Checks a learner's evaluation answers against the course's evaluation: every key names an item, every
 * required item is answered, and each answer fits its item (likert a whole number 1-5, choice one of the
 * options, text up to 4000 characters). Messages name the item's prompt. Returns item id to answer, in item
 * order; optional items left blank are omitted.
 */
export function readEvaluationResponses(
  evaluation: Evaluation,
  responses: unknown,
): Map<string, EvaluationResponse> {
  if (typeof responses !== 'object' || responses === null || Array.isArray(responses)) {
    throw new CoreError('invalid_input', 'The evaluation answers must be a set of item answers.');
  }
  const given = responses as Record<string, unknown>;
  const known = new Set(evaluation.items.map((item) => item.id));
  for (const key of Object.keys(given)) {
    if (!known.has(key)) throw new CoreError('invalid_input', `The evaluation has no item "${key}".`);
  }
  const answers = new Map<string, EvaluationResponse>();
  for (const item of evaluation.items) {
    const value = Object.hasOwn(given, item.id) ? given[item.id] : undefined;
    if (isBlank(value)) {
      if (item.required) throw new CoreError('invalid_input', `Please answer "${item.prompt}".`);
      continue;
    }
    answers.set(item.id, readItem(item, value));
  }
  return answers;
}
