import { z } from 'zod';
import { exportedAttestation, exportedEvaluation } from '../evaluation/evaluationRecordsFormat';
import { describeValue, firstIssue } from '../issueText';
import { idText, instant, orNull } from '../progress/progressInput';
import { parseRecords, recordList, recordObject } from '../records/parseRecords';
import { attemptScore } from './gradeAttempt';

/** The `format` marker of exported quiz, evaluation and attestation records. */
export const attemptRecordsFormat = 'ce-player.attempt-records';
/** The layout version this build writes and reads. */
export const attemptRecordsFormatVersion = 1;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const fraction = z
  .number({ error: 'must be a number from 0 to 1.' })
  .refine((value) => value >= 0 && value <= 1, { error: 'must be a number from 0 to 1.' });

const trueFalseOrNull = z.boolean({ error: 'must be true, false or null.' }).nullable();

/** One presented question of an exported attempt, in the order shown. */
const exportedQuestion = recordObject({
  questionId: idText,
  optionOrder: recordList(idText).refine((ids) => new Set(ids).size === ids.length, {
    error: 'lists an option twice.',
  }),
  correct: trueFalseOrNull,
});

/** One saved answer of an exported attempt; the attempt checks that it fits its question. */
const exportedAnswer = recordObject({
  questionId: idText,
  answer: z.union([z.boolean(), z.array(z.string())], {
    error: 'must be true, false or a list of option ids.',
  }),
  answeredAt: instant,
});

const attemptFields = {
  id: z
    .string({ error: 'is not a UUID.' })
    .regex(uuidPattern, { error: 'is not a UUID.' })
    .transform((id) => id.toLowerCase()),
  courseId: idText,
  courseVersion: idText,
  kind: z.enum(['module', 'post-test'], { error: 'must be "module" or "post-test".' }),
  moduleId: z.unknown(),
  number: z
    .number({ error: 'must be a whole number from 1.' })
    .refine((n) => Number.isSafeInteger(n) && n >= 1, { error: 'must be a whole number from 1.' }),
  status: z.enum(['open', 'submitted'], { error: 'must be "open" or "submitted".' }),
  startedAt: instant,
  submittedAt: orNull(instant),
  score: orNull(fraction),
  passed: trueFalseOrNull,
  passMark: fraction,
  questions: recordList(exportedQuestion)
    .min(1, { error: 'are empty: an attempt presents at least one question.' })
    .refine((questions) => new Set(questions.map((q) => q.questionId)).size === questions.length, {
      error: 'present a question twice.',
    }),
  answers: recordList(exportedAnswer),
};

type Attempt = z.output<z.ZodObject<typeof attemptFields>>;

// Each answer is for a presented question, once, and fits its options: true or false for a true-false
// question, distinct option ids of that question otherwise.
function checkAnswers(attempt: Attempt, ctx: z.RefinementCtx): void {
  const questions = new Map(attempt.questions.map((q) => [q.questionId, q]));
  const answered = new Set<string>();
  attempt.answers.forEach(({ questionId, answer }, index) => {
    const question = questions.get(questionId);
    const at = (field: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: ['answers', index, field], message });
    if (!question) return at('questionId', 'names a question the attempt did not present.');
    if (answered.has(questionId)) return at('questionId', 'answers a question a second time.');
    answered.add(questionId);
    const fits =
      typeof answer === 'boolean'
        ? question.optionOrder.length === 0
        : answer.every((id) => question.optionOrder.includes(id)) && new Set(answer).size === answer.length;
    if (!fits) at('answer', `does not fit the options of question "${questionId}".`);
  });
}

// A submitted attempt must agree with itself: every question graded, the score from those grades, and passed from
// the score and pass mark. An open one has no result yet.
function checkGrade(attempt: Attempt, ctx: z.RefinementCtx): void {
  const at = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const { submittedAt, score, passed } = attempt;
  if (attempt.status === 'open') {
    if (submittedAt !== null || score !== null || passed !== null)
      at(['status'], 'is "open", but the attempt has a result.');
    if (attempt.questions.some((q) => q.correct !== null))
      at(['questions'], 'are graded, but the attempt is open.');
    return;
  }
  if (submittedAt === null || score === null || passed === null)
    return at(['status'], 'is "submitted", but the attempt has no result.');
  const ungraded = attempt.questions.findIndex((q) => q.correct === null);
  if (ungraded >= 0)
    return at(['questions', ungraded, 'correct'], 'is not graded, but the attempt was submitted.');
  const late = attempt.answers.findIndex((a) => a.answeredAt > submittedAt);
  if (late >= 0) at(['answers', late, 'answeredAt'], 'is after the attempt was submitted.');
  const graded = attemptScore(attempt.questions.filter((q) => q.correct).length, attempt.questions.length);
  if (Math.abs(graded - score) > 1e-9) at(['score'], 'does not match the graded questions.');
  if (passed !== graded >= attempt.passMark) at(['passed'], 'does not match the score and pass mark.');
}

// A module quiz attempt names its module; a post-test belongs to no module, whatever the file says.
function checkModule(attempt: Attempt, ctx: z.RefinementCtx): void {
  if (attempt.kind !== 'module') return;
  const moduleId = idText.safeParse(attempt.moduleId);
  if (!moduleId.success)
    ctx.addIssue({ code: 'custom', path: ['moduleId'], message: firstIssue(moduleId.error).message });
}

/** An attempt with everything needed to show it again: presented questions, answers and its grade. */
const exportedAttempt = recordObject(attemptFields)
  .superRefine((attempt, ctx) => {
    checkModule(attempt, ctx);
    checkAnswers(attempt, ctx);
    checkGrade(attempt, ctx);
  })
  .transform((attempt) => ({
    ...attempt,
    moduleId: attempt.kind === 'module' ? String(attempt.moduleId) : null,
  }));

/** One learner's attempts, evaluations and attestations as a JSON document. Times are Unix milliseconds. */
export const attemptRecordsSchema = recordObject({
  format: z.literal(attemptRecordsFormat, { error: 'is not that of CE Player quiz records.' }),
  formatVersion: z.literal(attemptRecordsFormatVersion, {
    error: (issue) =>
      `says quiz records format ${describeValue(issue.input)}, which this version cannot read.`,
  }),
  attempts: recordList(exportedAttempt),
  evaluations: recordList(exportedEvaluation),
  attestations: recordList(exportedAttestation),
});

export type AttemptRecords = z.output<typeof attemptRecordsSchema>;
export type ExportedAttempt = z.output<typeof exportedAttempt>;

/** Validates parsed JSON as exported attempt records, with a plain message naming the first bad field. */
export function readAttemptRecords(value: unknown): AttemptRecords {
  return parseRecords(attemptRecordsSchema, value);
}
