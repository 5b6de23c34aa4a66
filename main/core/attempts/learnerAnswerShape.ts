import type { LearnerAnswer } from '../../contract/attemptSchemas';
import { CoreError } from '../coreError';
import type { Question } from '../course/courseTypes';

/**
 * Checks that an answer fits its question before it is saved: true-false takes a boolean, single exactly one
 * of the question's option ids, multiple any set of its option ids (none chosen is allowed, and grades as
 * wrong). Returns the answer to store.
 */
export function readLearnerAnswer(question: Question, answer: LearnerAnswer): LearnerAnswer {
  if (question.type === 'true-false') {
    if (typeof answer !== 'boolean')
      throw new CoreError('invalid_input', 'Answer this question with true or false.');
    return answer;
  }
  if (!Array.isArray(answer)) {
    throw new CoreError('invalid_input', 'Answer this question by choosing among its options.');
  }
  const known = new Set(question.options.map((option) => option.id));
  for (const optionId of answer) {
    if (!known.has(optionId)) {
      throw new CoreError('invalid_input', `"${optionId}" is not one of this question's options.`);
    }
  }
  if (new Set(answer).size !== answer.length) {
    throw new CoreError('invalid_input', 'Choose each option at most once.');
  }
  if (question.type === 'single' && answer.length !== 1) {
    throw new CoreError('invalid_input', 'Choose exactly one option for this question.');
  }
  return [...answer];
}
