import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditImportedBeats } from '../../../main/core/progress/importedHeartbeatCredit';
import { creditForGap, fullCreditGapMs } from '../../../main/core/progress/timeOnTask';

/*
 * Imported heartbeats never credit time twice: whatever beats are already here (credited by the live rule) and
 * whatever beats a file brings, every credited millisecond lies in the 30 s before some beat, and no millisecond
 * is credited twice.
 */

/** Beats credited as the live channel credits them, each against the one before. */
function liveBeats(times: number[]): { receivedAt: number; creditedMs: number }[] {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted.map((receivedAt, i) => ({
    receivedAt,
    creditedMs: creditForGap(i === 0 ? undefined : receivedAt - (sorted[i - 1] as number)),
  }));
}

/** The length of the union of the 30 s windows before each beat, clipped to start at the first beat. */
function windowsMeasure(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const first = sorted[0] ?? 0;
  let measure = 0;
  let reached = first;
  for (const time of sorted) {
    const from = Math.max(reached, time - fullCreditGapMs, first);
    if (time > from) measure += time - from;
    reached = Math.max(reached, time);
  }
  return measure;
}

const times = (max: number) => fc.array(fc.integer({ min: 0, max }), { maxLength: 60 });

describe('credit of imported heartbeats', () => {
  it('never credits a millisecond twice, nor one more than 30 s before a beat', () => {
    fc.assert(
      fc.property(times(900_000), times(900_000), (here, there) => {
        const recorded = liveBeats(here);
        const credits = creditImportedBeats(
          recorded,
          there.map((receivedAt) => ({ receivedAt })),
        );
        for (const credit of credits) {
          expect(credit).toBeGreaterThanOrEqual(0);
          expect(credit).toBeLessThanOrEqual(fullCreditGapMs);
        }
        const total = [...recorded.map((beat) => beat.creditedMs), ...credits].reduce((a, b) => a + b, 0);
        expect(total).toBeLessThanOrEqual(windowsMeasure([...here, ...there]));
      }),
      { numRuns: 300 },
    );
  });

  it('credits a file of its own by the live rule, as if its beats had arrived here', () => {
    fc.assert(
      fc.property(times(900_000), (there) => {
        const credits = creditImportedBeats(
          [],
          there.map((receivedAt) => ({ receivedAt })),
        );
        const live = liveBeats(there).reduce((sum, beat) => sum + beat.creditedMs, 0);
        expect(credits.reduce((a, b) => a + b, 0)).toBe(live);
      }),
      { numRuns: 300 },
    );
  });
});
