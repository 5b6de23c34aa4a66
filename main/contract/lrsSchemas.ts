import { z } from 'zod';

/*
 * Sending learning records to the provider's Learning Record Store: what the settings screen and the new-profile
 * form show. Never the LRS's key or secret.
 */

/** Record sync on this computer, and the signed-in learner's share of the queue. */
export const lrsStatusSchema = z.object({
  /**
   * off: no LRS is set up (nothing is queued or sent); paused: set up with sending turned off (records are queued);
   * idle, sending, retrying (the LRS could not be reached: it tries again by itself); stopped (it needs clinic IT).
   */
  state: z.enum(['off', 'paused', 'idle', 'sending', 'retrying', 'stopped']),
  /** Where records are sent: the LRS's host; null when off. */
  destination: z.string().nullable(),
  /** The signed-in learner's statements waiting to be sent; null with nobody signed in. */
  waiting: z.number().int().nullable(),
  /** The signed-in learner's statements the LRS would not take, held back for IT; null with nobody signed in. */
  heldBack: z.number().int().nullable(),
  /** When the LRS last took one of the learner's statements (Unix ms); null if never, or nobody signed in. */
  lastSentAt: z.number().nullable(),
  /** The last problem, in words; null when the last try worked. */
  lastError: z.string().nullable(),
  /** When the next try is due (Unix ms); null when none is planned. */
  nextAttemptAt: z.number().nullable(),
});

export type LrsStatus = z.infer<typeof lrsStatusSchema>;
