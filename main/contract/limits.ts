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

/** A profile text field, by the name the contract gives it. */
export type ProfileField = keyof typeof profileLimits;

/** The id pattern of course format 1, shared by courses, modules, questions, options and evaluation items. */
export const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The longest note on a module, in characters. */
export const maxNoteLength = 20_000;
/** The longest bookmark label, and the longest heading anchor a bookmark may name. */
export const maxBookmarkTextLength = 200;
/** The longest free-text answer to an evaluation item. */
export const maxEvaluationTextLength = 4000;
/** The largest file `certificates.verify` accepts, as base64 text (about 15 MB of file). */
export const maxVerifyBase64Length = 20_000_000;
/** The largest records file `records.import` accepts, as text. */
export const maxImportTextLength = 50_000_000;

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
