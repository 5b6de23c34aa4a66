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

/** One option as the core rendered it, by id; an unknown id as escaped text. */
export function optionHtml(question: AttemptQuestion, optionId: string): string {
  const html = question.options.find((option) => option.id === optionId)?.html;
  return html ?? optionId.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** "Quiz" or "Post-test", for headings. */
export function attemptKindLabel(kind: 'module' | 'post-test'): string {
  return kind === 'module' ? 'Quiz' : 'Post-test';
}
