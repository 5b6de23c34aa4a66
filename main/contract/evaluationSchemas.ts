import { z } from 'zod';
import { maxEvaluationTextLength } from './limits';
import { idSchema } from './playerSchemas';

/* The course evaluation as it crosses the contract (`evaluation.*`): the form, and the learner's answers. */

export const evaluationItemViewSchema = z.object({
  id: z.string(),
  type: z.enum(['likert', 'choice', 'text']),
  prompt: z.string(),
  /** The choices of a `choice` item; empty for `likert` (answered 1 to 5) and `text`. */
  options: z.array(z.string()),
  required: z.boolean(),
});

export const evaluationViewSchema = z.object({
  title: z.string(),
  /** True when the course's completion rules require the evaluation before a certificate. */
  requiredForCertificate: z.boolean(),
  items: z.array(evaluationItemViewSchema),
  submitted: z
    .object({
      submittedAt: z.number(),
      responses: z.record(z.string(), z.union([z.number(), z.string()])),
    })
    .nullable(),
});

export const evaluationSubmitSchema = z
  .object({
    courseId: idSchema,
    responses: z
      .record(z.string().max(64), z.union([z.number(), z.string().max(maxEvaluationTextLength)]))
      .refine((answers) => Object.keys(answers).length <= 200, 'Too many answers.'),
  })
  .strict();

export type EvaluationView = z.infer<typeof evaluationViewSchema>;
