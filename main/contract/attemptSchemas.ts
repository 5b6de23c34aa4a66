import { z } from 'zod';
import { idSchema } from './playerSchemas';

/*
 * Quiz and post-test attempts as the renderer sees them. Before an attempt is submitted, a question carries only
 * its stem and options in the order shown; `result` (with the answer key, explanations and feedback) is present
 * only on submitted attempts. Grading happens in the core.
 */

export const attemptIdSchema = z.string().uuid();

/** single: one option id; multiple: option ids; true-false: a boolean. */
export const learnerAnswerSchema = z.union([z.array(z.string().max(64)).max(6), z.boolean()]);

export const startAttemptSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('module'), courseId: idSchema, moduleId: idSchema }).strict(),
  z.object({ kind: z.literal('post-test'), courseId: idSchema }).strict(),
]);

const questionResultSchema = z.object({
  correct: z.boolean(),
  correctAnswer: learnerAnswerSchema,
  explanation: z.string(),
  /** Feedback for each option the learner chose (or for the key, when the learner chose nothing). */
  feedback: z.array(z.object({ optionId: z.string(), text: z.string() })),
  reference: z.string().nullable(),
});

export const attemptQuestionSchema = z.object({
  id: z.string(),
  type: z.enum(['single', 'multiple', 'true-false']),
  stem: z.string(),
  options: z.array(z.object({ id: z.string(), text: z.string() })),
  answer: learnerAnswerSchema.nullable(),
  result: questionResultSchema.optional(),
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
});

export type AttemptView = z.infer<typeof attemptViewSchema>;
export type AttemptQuestion = z.infer<typeof attemptQuestionSchema>;
export type LearnerAnswer = z.infer<typeof learnerAnswerSchema>;
