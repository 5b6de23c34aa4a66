import { formatCreditHours } from '../../../main/contract/creditHours';
import { formatStudyDuration } from '../../../main/contract/studyDuration';

/** "1 h 5 min", "25 min": a duration for people, from minutes, written as the core's messages write it. */
export const formatMinutes = formatStudyDuration;

/** A score or pass mark the core gives as a fraction from 0 to 1, as a whole percentage: "75%". */
export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

const longDate: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };

/** An ISO date ("2026-11-01") as the learner's locale writes it, without shifting it across time zones. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.toLocaleDateString(undefined, longDate);
}

/** The local calendar day of a moment (Unix ms), written as `formatDate` writes a date: "December 6, 2026". */
export function formatDay(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, longDate);
}

/** A moment in Unix ms as a local date and time, the date written as `formatDate` writes one. */
export function formatDateTime(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
}

/** "1 question", "3 questions". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Credit hours as the screens and the certificate show them: "0.25 hours", "5.0 hours", "4.75 hours". */
export function formatHours(hours: number): string {
  return `${formatCreditHours(hours)} hours`;
}
