import { z } from 'zod';
import { idSchema } from './playerSchemas';

/*
 * The attestation as it crosses the contract (`attestation.*`): the learner's claim of study time and credit, and
 * the exact words attested to.
 */

const hoursSchema = z.number().min(0).max(1000);
const minutesSchema = z.number().int().min(0).max(1_000_000);

export const attestationViewSchema = z.object({
  /** The course's designated maximum credit hours. */
  maxHours: z.number(),
  /** Study time recorded on this course (all its versions), in minutes. */
  recordedMinutes: z.number(),
  /** The recorded study the course asks for before the learner may attest, in minutes. */
  requiredMinutes: z.number(),
  estimatedMinutes: z.number(),
  /** True when the course's completion rules require the attestation before a certificate. */
  requiredForCertificate: z.boolean(),
  /** A claim the form can offer (it fills nothing in by itself): the recorded minutes, and the hours they allow. */
  suggested: z.object({ claimedHours: z.number(), attestedMinutes: z.number().int() }),
  /**
   * The most minutes the learner may attest without confirming that they spent the rest away from CE Player: the
   * recorded study plus what the course allows beyond it (a quarter of its estimated time).
   */
  confirmAboveMinutes: z.number().int(),
  /**
   * The exact words the learner attests to: the recorded statement once attested; before that, the statement for
   * the claim given in the request (or the suggested claim).
   */
  statement: z.string(),
  attested: z
    .object({ claimedHours: z.number(), attestedMinutes: z.number().int(), attestedAt: z.number() })
    .nullable(),
});

export const attestationGetSchema = z
  .object({
    courseId: idSchema,
    /** Optional: the claim the learner is typing, so the statement shown is the one they would attest to. */
    claimedHours: hoursSchema.optional(),
    attestedMinutes: minutesSchema.optional(),
  })
  .strict();

export const attestationSubmitSchema = z
  .object({
    courseId: idSchema,
    claimedHours: hoursSchema,
    attestedMinutes: minutesSchema,
    /** The learner confirmed spending the minutes beyond `confirmAboveMinutes` on the course away from CE Player. */
    confirmedUnrecordedTime: z.boolean().optional(),
  })
  .strict();

export type AttestationView = z.infer<typeof attestationViewSchema>;
