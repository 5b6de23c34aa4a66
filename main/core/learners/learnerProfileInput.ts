import { z } from 'zod';
import { normalizeProfileText, profileLimits } from '../../contract/limits';
import { fontSizes, themes } from '../../contract/preferences';
import { profileFieldLabels } from '../../contract/profileSchemas';
import { CoreError } from '../coreError';
import { firstIssue } from '../issueText';

/*
 * A profile's fields as the core takes them, as zod schemas. The contract checks only their lengths; these add the
 * characters each field may hold and store every text normalised. Each message names its field in the words the
 * screens use, so it stands alone.
 */

interface TextRule {
  readonly label: string;
  readonly max: number;
  readonly pattern?: RegExp;
  readonly patternHint?: string;
}

// Controls, and the invisible format characters: zero-width spaces and joiners, and the marks and overrides that
// change the direction of text, which can make one name show as another. Also unassigned and private-use ones.
const hiddenCharacters = /[\p{C}\p{Zl}\p{Zp}]/u;

/** Rules for each profile text field; labels are the words the learner sees, limits the contract's (limits.ts). */
export const profileTextRules = {
  displayName: { label: profileFieldLabels.displayName, max: profileLimits.displayName },
  certificateName: { label: profileFieldLabels.certificateName, max: profileLimits.certificateName },
  credentials: {
    label: profileFieldLabels.credentials,
    max: profileLimits.credentials,
    pattern: /^[\p{L}\p{N} .,\-/()&']*$/u,
    patternHint: "letters, numbers, spaces and . , - / ( ) & '",
  },
  licenseNumber: {
    label: profileFieldLabels.licenseNumber,
    max: profileLimits.licenseNumber,
    pattern: /^[\p{L}\p{N} .\-/#]+$/u,
    patternHint: 'letters, numbers, spaces and . - / #',
  },
  licenseState: { label: profileFieldLabels.licenseState, max: profileLimits.licenseState },
  email: {
    label: profileFieldLabels.email,
    max: profileLimits.email,
    pattern: /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/,
    patternHint: 'an address like name@example.org',
  },
} as const satisfies Record<string, TextRule>;

/**
 * One text field: a string, normalised (NFKC, trimmed, single spaces), with no control, invisible or
 * direction-changing characters, within its length and pattern.
 */
export function profileText(rule: TextRule, required: boolean) {
  return z
    .string({ error: `${rule.label} must be text.` })
    .refine((value) => !hiddenCharacters.test(value.normalize('NFKC')), {
      error: `${rule.label} cannot contain line breaks, invisible characters or marks that change the direction of text.`,
      abort: true,
    })
    .transform(normalizeProfileText)
    .refine((text) => !required || text.length > 0, { error: `${rule.label} cannot be empty.`, abort: true })
    .refine((text) => [...text].length <= rule.max, {
      error: `${rule.label} can be at most ${rule.max} characters.`,
      abort: true,
    })
    .refine((text) => !rule.pattern || text.length === 0 || rule.pattern.test(text), {
      error: `${rule.label} can contain only ${rule.patternHint ?? 'plain text'}.`,
    });
}

/** An optional field: undefined stays undefined (no change), null or blank means "clear it" (null). */
function optionalProfileText(rule: TextRule) {
  return profileText(rule, false)
    .nullable()
    .optional()
    .transform((text) => (text === '' ? null : text));
}

const fontSize = z.enum(fontSizes, { error: `Text size must be one of: ${fontSizes.join(', ')}.` });
const theme = z.enum(themes, { error: `Theme must be one of: ${themes.join(', ')}.` });
const notAProfile = 'The profile must be given as a set of fields.';

/** A new profile, with the defaults filled in: no credentials, medium text, the system's theme. */
export const newProfileFields = z.object(
  {
    displayName: profileText(profileTextRules.displayName, true),
    /** Undefined: the display name. */
    certificateName: profileText(profileTextRules.certificateName, true).optional(),
    credentials: z.preprocess((value) => value ?? '', profileText(profileTextRules.credentials, false)),
    licenseNumber: optionalProfileText(profileTextRules.licenseNumber).transform((text) => text ?? null),
    licenseState: optionalProfileText(profileTextRules.licenseState).transform((text) => text ?? null),
    email: optionalProfileText(profileTextRules.email).transform((text) => text ?? null),
    preferences: z.preprocess(
      (value) => value ?? {},
      z.object({
        fontSize: z.preprocess((value) => value ?? 'medium', fontSize),
        theme: z.preprocess((value) => value ?? 'system', theme),
      }),
    ),
  },
  { error: notAProfile },
);

/** A correction to a profile: an omitted field stays as it is; null (or blank) clears an optional one. */
export const profilePatchFields = z.object(
  {
    displayName: profileText(profileTextRules.displayName, true).optional(),
    certificateName: profileText(profileTextRules.certificateName, true).optional(),
    credentials: profileText(profileTextRules.credentials, false).optional(),
    licenseNumber: optionalProfileText(profileTextRules.licenseNumber),
    licenseState: optionalProfileText(profileTextRules.licenseState),
    email: optionalProfileText(profileTextRules.email),
    preferences: z.object({ fontSize: fontSize.optional(), theme: theme.optional() }).nullish(),
  },
  { error: notAProfile },
);

/** Parses profile input, or fails with `invalid_input` and the message of its first problem. */
export function readProfileInput<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new CoreError('invalid_input', firstIssue(parsed.error).message);
  return parsed.data;
}

/** Validates one text field (see `profileText`). */
export function readProfileText(value: unknown, rule: TextRule, required: boolean): string {
  return readProfileInput(profileText(rule, required), value);
}
