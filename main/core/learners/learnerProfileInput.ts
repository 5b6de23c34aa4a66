import { normalizeProfileText, profileLimits } from '../../contract/limits';
import { profileFieldLabels } from '../../contract/profileSchemas';
import { CoreError } from '../coreError';

/** Reading text sizes a learner can choose. */
export const fontSizes = ['small', 'medium', 'large', 'extra-large'] as const;
export type FontSize = (typeof fontSizes)[number];

/** Colour themes a learner can choose; `system` follows the operating system. */
export const themes = ['light', 'dark', 'system'] as const;
export type Theme = (typeof themes)[number];

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
 * Validates one text field: a string, normalised (NFKC, trimmed, single spaces), with no control, invisible or
 * direction-changing characters, within its length and pattern.
 */
export function readProfileText(value: unknown, rule: TextRule, required: boolean): string {
  if (typeof value !== 'string') throw new CoreError('invalid_input', `${rule.label} must be text.`);
  if (hiddenCharacters.test(value.normalize('NFKC'))) {
    throw new CoreError(
      'invalid_input',
      `${rule.label} cannot contain line breaks, invisible characters or marks that change the direction of text.`,
    );
  }
  const text = normalizeProfileText(value);
  if (required && text.length === 0) throw new CoreError('invalid_input', `${rule.label} cannot be empty.`);
  if ([...text].length > rule.max) {
    throw new CoreError('invalid_input', `${rule.label} can be at most ${rule.max} characters.`);
  }
  if (rule.pattern && text.length > 0 && !rule.pattern.test(text)) {
    throw new CoreError(
      'invalid_input',
      `${rule.label} can contain only ${rule.patternHint ?? 'plain text'}.`,
    );
  }
  return text;
}

/** Validates an optional field: undefined stays undefined (no change), null or blank means "clear it". */
export function readOptionalProfileText(value: unknown, rule: TextRule): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const text = readProfileText(value, rule, false);
  return text.length === 0 ? null : text;
}

/** Validates a font size preference. */
export function readFontSize(value: unknown): FontSize {
  const found = fontSizes.find((size) => size === value);
  if (!found) throw new CoreError('invalid_input', `Text size must be one of: ${fontSizes.join(', ')}.`);
  return found;
}

/** Validates a theme preference. */
export function readTheme(value: unknown): Theme {
  const found = themes.find((theme) => theme === value);
  if (!found) throw new CoreError('invalid_input', `Theme must be one of: ${themes.join(', ')}.`);
  return found;
}
