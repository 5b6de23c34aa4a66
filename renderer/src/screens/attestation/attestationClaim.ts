/** The claim as the learner types it: two number boxes, kept as text while typing. */
export interface ClaimInput {
  minutes: string;
  hours: string;
}

/** A claim the contract can carry, or null while the boxes do not hold numbers it accepts. */
export function parseClaim(input: ClaimInput): { attestedMinutes: number; claimedHours: number } | null {
  if (input.minutes.trim() === '' || input.hours.trim() === '') return null;
  const attestedMinutes = Number(input.minutes);
  const claimedHours = Number(input.hours);
  // The contract's outer limits; the core checks the finer rules (quarter hours, the maximum, minutes).
  if (!Number.isInteger(attestedMinutes) || attestedMinutes < 0 || attestedMinutes > 1_000_000) return null;
  if (!Number.isFinite(claimedHours) || claimedHours < 0 || claimedHours > 1000) return null;
  return { attestedMinutes, claimedHours };
}
