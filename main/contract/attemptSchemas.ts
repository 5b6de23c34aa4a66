import { z } from 'zod';
import { idSchema } from './playerSchemas';

/*
 * Quiz and post-test attempts as the renderer sees them. Before an attempt is submitted, a question carries only
 * its stem and options in the order shown. Once it is submitted, `result` says whether each answer was right and
 * where to review; the answer key, each option's feedback and the explanation are in it only when the
 * assessment's feedback policy allows (`revealed: true`). Grading happens in the core. Question text is inline
 * markdown rendered to HTML by the core (raw HTML off); the plain `stem` and `text` carry the same words.
 */

export const attemptIdSchema = z.string().uuid();

/** single: one option id; multiple: option ids; true-false: a boolean. */
export const learnerAnswerSchema = z.union([z.array(z.string().max(64)).max(6), z.boolean()]);

export const startAttemptSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('module'), courseId: idSchema, moduleId: idSchema }).strict(),
  z.object({ kind: z.literal('post-test'), courseId: idSchema }).strict(),
]);

/** When a submitted attempt may show its key: on every attempt, once passed, or once no attempt is left. */
export const feedbackPolicySchema = z.enum(['always', 'after_pass', 'after_last_attempt']);

/** Where to review a question: the module it draws on and, when the author named one, its section (heading). */
const reviewSchema = z.object({
  moduleId: z.string(),
  moduleTitle: z.string(),
  sectionId: z.string().nullable(),
  sectionTitle: z.string().nullable(),
});

const graded = { correct: z.boolean(), review: reviewSchema.nullable() };

/*
 * A union on `revealed`: parsing a result that says `revealed: false` keeps only its own fields, so the contract
 * drops a key the core put there by mistake (the second wall; see docs/architecture.md).
 */
const questionResultSchema = z.discriminatedUnion('revealed', [
  z.object({
    revealed: z.literal(true),
    ...graded,
    correctAnswer: learnerAnswerSchema,
    explanation: z.string(),
    explanationHtml: z.string(),
    /** Feedback for each option the learner chose (or for the key, when the learner chose nothing). */
    feedback: z.array(z.object({ optionId: z.string(), text: z.string(), html: z.string() })),
    reference: z.string().nullable(),
  }),
  z.object({ revealed: z.literal(false), ...graded }),
]);

export const attemptQuestionSchema = z.object({
  id: z.string(),
  type: z.enum(['single', 'multiple', 'true-false']),
  stem: z.string(),
  stemHtml: z.string(),
  options: z.array(z.object({ id: z.string(), text: z.string(), html: z.string() })),
  answer: learnerAnswerSchema.nullable(),
  result: questionResultSchema.optional(),
});

/** A post-test's result for the items of one module, after submission. */
const moduleResultSchema = z.object({
  moduleId: z.string(),
  title: z.string(),
  correct: z.number().int(),
  total: z.number().int(),
});

export const attemptViewSchema = z.object({
  attemptId: z.string(),
  kind: z.enum(['module', 'post-test']),
  courseId: z.string(),
  courseVersion: z.string(),
  moduleId: z.string().nullable(),
  title: z.string(),
  number: z.number().int(),
  status: z.enum(['open', 'submitted']),
  passMark: z.number(),
  questions: z.array(attemptQuestionSchema),
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
  attemptsUsed: z.number().int(),
  maxAttempts: z.number().int().nullable(),
  /** The assessment's feedback policy. */
  feedbackPolicy: feedbackPolicySchema,
  /** Whether this attempt's results show the key, each option's feedback and the explanations. */
  keyRevealed: z.boolean(),
  /** Submitted post-test: correct answers per module, in course order (items that name a module). Else empty. */
  moduleResults: z.array(moduleResultSchema),
});

export type AttemptView = z.infer<typeof attemptViewSchema>;
export type AttemptQuestion = z.infer<typeof attemptQuestionSchema>;
export type QuestionResult = z.infer<typeof questionResultSchema>;
export type LearnerAnswer = z.infer<typeof learnerAnswerSchema>;
export type FeedbackPolicyName = z.infer<typeof feedbackPolicySchema>;
