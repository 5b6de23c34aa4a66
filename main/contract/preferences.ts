/*
 * The display preferences a learner can choose, written once for the schemas, the core and the screens. Like
 * limits.ts this module imports nothing, so the renderer can use it without pulling in zod.
 */

/** Reading text sizes a learner can choose, smallest first. */
export const fontSizes = ['small', 'medium', 'large', 'extra-large'] as const;
export type FontSize = (typeof fontSizes)[number];

/** Colour themes a learner can choose; `system` follows the operating system. */
export const themes = ['light', 'dark', 'system'] as const;
export type Theme = (typeof themes)[number];
