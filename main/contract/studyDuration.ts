/**
 * A duration for people, from minutes: "1 h 5 min", "25 min", "2 h". Every screen and every core message that
 * states study time writes it this way, so the reader's "1 h 49 min still needed" and the course home's list of
 * what remains give the same number the same form. Its own module, without zod, like creditHours.ts.
 */
export function formatStudyDuration(minutes: number): string {
  const rounded = Math.round(minutes);
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
