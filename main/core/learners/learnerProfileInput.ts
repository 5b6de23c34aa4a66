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

const controlCharacters = /\p{Cc}/u;

/** Rules for each profile text field; labels are the words the learner sees. */
export const profileTextRules = {
  displayName: { label: 'Profile name', max: 60 },
  certificateName: { label: 'Name on certificates', max: 120 },
  credentials: {
    label: 'Credentials',
    max: 60,
    pattern: /^[\p{L}\p{N} .,\-/()&']*$/u,
    patternHint: "letters, numbers, spaces and . , - / ( ) & '",
  },
  licenseNumber: {
    label: 'License number',
    max: 40,
    pattern: /^[\p{L}\p{N} .\-/#]+$/u,
    patternHint: 'letters, numbers, spaces and . - / #',
  },
  licenseState: { label: 'License state or region', max: 60 },
  email: {
    label: 'Email',
    max: 254,
    pattern: /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/,
    patternHint: 'an address like name@example.org',
  },
} as const satisfies Record<string, TextRule>;

/** Validates one text field: a string, trimmed, no control characters, within its length and pattern. */
export function readProfileText(value: unknown, rule: TextRule, required: boolean): string {
  if (typeof value !== 'string') throw new CoreError('invalid_input', `${rule.label} must be text.`);
  const text = value.normalize('NFC').trim();
  if (required && text.length === 0) throw new CoreError('invalid_input', `${rule.label} cannot be empty.`);
  if ([...text].length > rule.max) {
    throw new CoreError('invalid_input', `${rule.label} can be at most ${rule.max} characters.`);
  }
  if (controlCharacters.test(text)) {
    throw new CoreError('invalid_input', `${rule.label} cannot contain line breaks or control characters.`);
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
