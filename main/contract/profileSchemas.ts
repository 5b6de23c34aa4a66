import { z } from 'zod';

/*
 * Profiles as they cross the contract. Shapes and outer limits are checked here; the core checks the finer rules
 * (allowed characters, email shape) and answers with messages that name the field.
 */

export const learnerId = z.string().uuid('Choose a profile from the list.');

const text = (max: number) => z.string().max(max);
const optionalText = (max: number) => z.string().max(max).nullable().optional();

export const fontSizeSchema = z.enum(['small', 'medium', 'large', 'extra-large']);
export const themeSchema = z.enum(['light', 'dark', 'system']);

export const preferencesSchema = z.object({ fontSize: fontSizeSchema, theme: themeSchema });

export const learnerSummarySchema = z.object({
  id: z.string(),
  displayName: z.string(),
  hasPin: z.boolean(),
});

export const learnerProfileSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  certificateName: z.string(),
  credentials: z.string(),
  licenseNumber: z.string().nullable(),
  licenseState: z.string().nullable(),
  email: z.string().nullable(),
  preferences: preferencesSchema,
  hasPin: z.boolean(),
});

export const newProfileSchema = z
  .object({
    displayName: text(200),
    certificateName: text(400).optional(),
    credentials: text(200).optional(),
    licenseNumber: optionalText(200),
    licenseState: optionalText(200),
    email: optionalText(400),
    pin: z.string().max(64).optional(),
    preferences: preferencesSchema.partial().optional(),
  })
  .strict();

export const profilePatchSchema = z
  .object({
    displayName: text(200).optional(),
    certificateName: text(400).optional(),
    credentials: text(200).optional(),
    licenseNumber: optionalText(200),
    licenseState: optionalText(200),
    email: optionalText(400),
    preferences: preferencesSchema.partial().optional(),
  })
  .strict();

export type LearnerProfileView = z.infer<typeof learnerProfileSchema>;
export type LearnerSummaryView = z.infer<typeof learnerSummarySchema>;
