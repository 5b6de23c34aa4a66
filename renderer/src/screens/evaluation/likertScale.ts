import type { RadioChoice } from '../../ui/RadioGroup';

/** The five points of a likert item, as the evaluation asks them (1 to 5). */
export const likertChoices: readonly RadioChoice<number>[] = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Disagree' },
  { value: 3, label: 'Neither agree nor disagree' },
  { value: 4, label: 'Agree' },
  { value: 5, label: 'Strongly agree' },
];

/** A likert answer in words ("Agree (4 of 5)"). */
export function likertText(value: number): string {
  const choice = likertChoices.find((candidate) => candidate.value === value);
  return choice ? `${choice.label} (${value} of 5)` : String(value);
}
