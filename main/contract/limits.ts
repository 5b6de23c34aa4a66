/*
 * Limits that the contract's schemas, the core and the screens share, each written once. This module imports
 * nothing (zod included), so the renderer can use a limit without pulling zod's runtime into its bundle.
 */

/** The longest each profile text may be, in characters (code points) after normalising (`normalizeProfileText`). */
export const profileLimits = {
  displayName: 60,
  certificateName: 120,
  credentials: 60,
  licenseNumber: 40,
  licenseState: 60,
  email: 254,
} as const;

/**
 * A profile text as it is stored and compared: NFKC (full-width letters become plain ones, a non-breaking space a
 * space), outer spaces trimmed, and each run of spaces one space, so that two names that look the same are the
 * same text.
 */
export function normalizeProfileText(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/gu, ' ');
}

/** The length the profile limits count: characters (code points) of the normalised text. */
export function profileTextLength(text: string): number {
  return [...normalizeProfileText(text)].length;
}
