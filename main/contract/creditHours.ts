/**
 * Credit hours written the one way every screen and the certificate write them: at least one decimal and at most
 * two ("5.0", "4.5", "4.75"). Its own module, without zod, so the certificate code and cert:verify need no schemas.
 */
export function formatCreditHours(hours: number): string {
  const fixed = hours.toFixed(2);
  return fixed.endsWith('0') ? hours.toFixed(1) : fixed;
}
