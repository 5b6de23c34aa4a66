import type { LearnerAnswer } from '../../contract/attemptSchemas';
import type { Question } from '../course/courseTypes';

/*
 * Grading, done only in the core: single is right when the one chosen id is the key, multiple when the chosen
 * set equals the key set exactly (a partly right selection is wrong), true-false when the boolean matches.
 * An unanswered question is wrong.
 */

/** Whether `answer` (undefined when unanswered) is right for `question`. */
export function isAnswerCorrect(question: Question, answer: LearnerAnswer | undefined): boolean {
  if (answer === undefined) return false;
  if (question.type === 'true-false') return answer === question.answer;
  if (!Array.isArray(answer)) return false;
  if (question.type === 'single') return answer.length === 1 && answer[0] === question.answer;
  const chosen = new Set(answer);
  return chosen.size === question.answer.length && question.answer.every((id) => chosen.has(id));
}

/** The share of presented questions answered correctly, 0..1 (0 when nothing was presented). */
export function attemptScore(correctCount: number, presentedCount: number): number {
  return presentedCount === 0 ? 0 : correctCount / presentedCount;
}

/** The key in the shape of a learner answer; option ids follow the order the learner saw them in. */
export function correctAnswerOf(question: Question, optionOrder: readonly string[]): LearnerAnswer {
  if (question.type === 'true-false') return question.answer;
  const key = new Set(question.type === 'single' ? [question.answer] : question.answer);
  return optionOrder.filter((id) => key.has(id));
}

/**
 * The author's `why` for each option the learner chose, or for the key options when the learner chose nothing,
 * in the order shown. Options without a `why` give no feedback; true-false questions have none.
 */
export function optionFeedback(
  question: Question,
  answer: LearnerAnswer | undefined,
  optionOrder: readonly string[],
): { optionId: string; text: string }[] {
  if (question.type === 'true-false') return [];
  const chosen = Array.isArray(answer) && answer.length > 0 ? answer : correctAnswerOf(question, optionOrder);
  const picked = new Set(Array.isArray(chosen) ? chosen : []);
  const feedback: { optionId: string; text: string }[] = [];
  for (const id of optionOrder) {
    const why = question.options.find((option) => option.id === id)?.why;
    if (picked.has(id) && why) feedback.push({ optionId: id, text: why });
  }
  return feedback;
}
