import { z } from 'zod';
import { profileLimits, profileTextLength, type ProfileField } from './limits';
import { fontSizes, themes } from './preferences';

/*
 * Profiles as they cross the contract. Shapes and lengths (limits.ts, the same as the core's) are checked here;
 * the core checks the finer rules (allowed characters, look-alike names, email shape) and answers with messages
 * that name the field.
 */

export const learnerId = z.string().uuid('Choose a profile from the list.');

/** The words each field goes by in messages, as the screens label it. */
export const profileFieldLabels: Record<ProfileField, string> = {
  displayName: 'Profile name',
  certificateName: 'Name on certificates',
  credentials: 'Credentials',
  licenseNumber: 'License number',
  licenseState: 'License state or region',
  email: 'Email',
};

// Measured as the core measures it (limits.ts), so the contract and the core refuse exactly the same texts.
const text = (field: ProfileField) =>
  z.string().refine((value) => profileTextLength(value) <= profileLimits[field], {
    error: `${profileFieldLabels[field]} can be at most ${profileLimits[field]} characters.`,
  });
const optionalText = (field: ProfileField) => text(field).nullable().optional();

export const fontSizeSchema = z.enum(fontSizes);
export const themeSchema = z.enum(themes);

/** A PIN as typed; the core checks that a new one is 4 to 12 digits. */
export const pinInputSchema = z.string().max(64);

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
    displayName: text('displayName'),
    certificateName: text('certificateName').optional(),
    credentials: text('credentials').optional(),
    licenseNumber: optionalText('licenseNumber'),
    licenseState: optionalText('licenseState'),
    email: optionalText('email'),
    pin: pinInputSchema.optional(),
    preferences: preferencesSchema.partial().optional(),
  })
  .strict();

export const profilePatchSchema = z
  .object({
    displayName: text('displayName').optional(),
    certificateName: text('certificateName').optional(),
    credentials: text('credentials').optional(),
    licenseNumber: optionalText('licenseNumber'),
    licenseState: optionalText('licenseState'),
    email: optionalText('email'),
    preferences: preferencesSchema.partial().optional(),
  })
  .strict();

export type LearnerProfileView = z.infer<typeof learnerProfileSchema>;
export type LearnerSummaryView = z.infer<typeof learnerSummarySchema>;
