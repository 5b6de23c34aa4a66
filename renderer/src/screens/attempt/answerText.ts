import type { AttemptQuestion, LearnerAnswer } from '../../../../main/contract/attemptSchemas';

/** True when the learner has chosen something for the question. */
export function isAnswered(answer: LearnerAnswer | null | undefined): boolean {
  if (answer === null || answer === undefined) return false;
  return typeof answer === 'boolean' || answer.length > 0;
}

/** An answer in words: the chosen options' texts, "True" or "False", or "No answer". */
export function answerText(question: AttemptQuestion, answer: LearnerAnswer | null): string {
  if (!isAnswered(answer) || answer === null) return 'No answer';
  if (typeof answer === 'boolean') return answer ? 'True' : 'False';
  // In the order the options were shown, whatever order the ids come in.
  const shown = question.options.filter((option) => answer.includes(option.id)).map((option) => option.text);
  const unknown = answer.filter((id) => !question.options.some((option) => option.id === id));
  return [...shown, ...unknown].join('; ');
}

/** The words for one option, by id (true-false "options" are true and false). */
export function optionText(question: AttemptQuestion, optionId: string): string {
  if (question.type === 'true-false')
    return optionId === 'true' ? 'True' : optionId === 'false' ? 'False' : optionId;
  return question.options.find((option) => option.id === optionId)?.text ?? optionId;
}

/** "Quiz" or "Post-test", for headings. */
export function attemptKindLabel(kind: 'module' | 'post-test'): string {
  return kind === 'module' ? 'Quiz' : 'Post-test';
}
