/**
 * The calendar day of an instant on this computer's calendar (its time zone), as `YYYY-MM-DD`: the learner's day.
 * Every rule and record that names a day uses it, with the instant from the core's clock, so the day a course
 * expires and the day a certificate is dated are the same day for the same instant.
 */
export function calendarDay(instant: number): string {
  const date = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
