import { z } from 'zod';

/** Every failure a channel can report. The renderer shows `message`; `code` lets it choose what to offer next. */
export const errorCodes = [
  'invalid_input',
  'unknown_channel',
  'not_signed_in',
  'not_found',
  'forbidden',
  'conflict',
  'course_invalid',
  'storage',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const appErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
});

/** The typed error every shell returns in place of a result. */
export type AppError = z.infer<typeof appErrorSchema>;
