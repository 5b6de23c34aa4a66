/*
 * How long the sync worker waits before trying again while the LRS cannot be reached, times out or answers 5xx:
 * 1 s after the first failure, doubling after each one, never more than the sync interval (so an LRS back online is
 * reached within one interval), and each wait drawn between half and all of that, so that the workstations of a
 * clinic that lost the LRS together do not all come back in the same second.
 */

/** The wait after the first failure. */
export const firstRetryMs = 1000;

/** The wait before the next try after `failures` failures in a row (1 or more). */
export function retryDelayMs(
  failures: number,
  intervalMs: number,
  random: () => number = Math.random,
): number {
  const doubled = firstRetryMs * 2 ** Math.min(Math.max(failures, 1) - 1, 30);
  const ceiling = Math.min(intervalMs, doubled);
  return Math.round(ceiling * (0.5 + random() / 2));
}
