import type { Preferences } from './usePreferences';

/** The text sizes a learner can choose, smallest first, with the words the screens use for them. */
export const fontSizeChoices: readonly { value: Preferences['fontSize']; label: string }[] = [
  { value: 'small', label: 'Small' },
  { value: 'medium', label: 'Medium' },
  { value: 'large', label: 'Large' },
  { value: 'extra-large', label: 'Extra large' },
];

/** The next size up (+1) or down (-1), or null at either end. */
export function stepFontSize(current: Preferences['fontSize'], step: 1 | -1): Preferences['fontSize'] | null {
  const index = fontSizeChoices.findIndex((choice) => choice.value === current);
  return fontSizeChoices[index + step]?.value ?? null;
}

/** The label of a size. */
export function fontSizeLabel(size: Preferences['fontSize']): string {
  return fontSizeChoices.find((choice) => choice.value === size)?.label ?? size;
}
