import { z } from 'zod';
import { maxEvaluationTextLength } from '../../contract/limits';
import { freeText, idText, instant } from '../progress/progressInput';
import { recordObject } from '../records/parseRecords';
import { maxAttestedMinutes } from '../attestation/attestationInput';
import type { EvaluationSubmission } from './evaluationRecords';
import type { Attestation } from '../attestation/attestationRecords';

/*
 * Evaluation submissions and attestations as an exported records file holds them. The course may not be installed
 * where the file is imported, so only the shapes are checked here, not the course's items.
 */

const ratingOrText = 'must be a rating from 1 to 5 or text.';

const evaluationResponse = z.union(
  [
    z.number().int({ error: ratingOrText }).min(1, { error: ratingOrText }).max(5, { error: ratingOrText }),
    freeText(maxEvaluationTextLength),
  ],
  { error: ratingOrText },
);

/** An exported evaluation submission. */
export const exportedEvaluation = recordObject({
  courseId: idText,
  courseVersion: idText,
  submittedAt: instant,
  responses: z.record(idText, evaluationResponse, {
    error: (issue) =>
      issue.code === 'invalid_key' ? 'is not a usable item id (1 to 200 characters).' : 'is not an object.',
  }),
}) satisfies z.ZodType<EvaluationSubmission>;

/** An exported attestation. */
export const exportedAttestation = recordObject({
  courseId: idText,
  courseVersion: idText,
  claimedHours: z
    .number({ error: 'must be a number of hours.' })
    .refine((hours) => hours > 0 && Number.isInteger(hours * 4), {
      error: 'must be above 0 in steps of 0.25.',
    }),
  attestedMinutes: z
    .number({ error: 'must be a whole number of minutes.' })
    .refine((minutes) => Number.isInteger(minutes) && minutes >= 1 && minutes <= maxAttestedMinutes, {
      error: `must be a whole number of minutes from 1 to ${maxAttestedMinutes}.`,
    }),
  statement: freeText(2000),
  attestedAt: instant,
}) satisfies z.ZodType<Attestation>;
