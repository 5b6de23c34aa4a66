import { fontSizes, themes, type FontSize, type Theme } from '../../../main/contract/preferences';

/** The words the screens use for each text size: a size missing here, or one the contract lacks, fails to compile. */
const fontSizeLabels = {
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
  'extra-large': 'Extra large',
} as const satisfies Record<FontSize, string>;

/** The words the screens use for each theme. */
const themeLabels = {
  light: 'Light',
  dark: 'Dark',
  system: 'Same as this computer',
} as const satisfies Record<Theme, string>;

/** The text sizes a learner can choose, smallest first, with the words the screens use for them. */
export const fontSizeChoices: readonly { value: FontSize; label: string }[] = fontSizes.map((value) => ({
  value,
  label: fontSizeLabels[value],
}));

/** The themes a learner can choose, with the words the screens use for them. */
export const themeChoices: readonly { value: Theme; label: string }[] = themes.map((value) => ({
  value,
  label: themeLabels[value],
}));

/** The next size up (+1) or down (-1), or null at either end. */
export function stepFontSize(current: FontSize, step: 1 | -1): FontSize | null {
  return fontSizes[fontSizes.indexOf(current) + step] ?? null;
}

/** The label of a size. */
export function fontSizeLabel(size: FontSize): string {
  return fontSizeLabels[size];
}
