import type { LearnerDb } from '../db/learnerDatabase';
import { creditForGap, fullCreditGapMs, idleGapMs } from './timeOnTask';

/*
 * Heartbeats from another installation earn time by the same rule as live ones (`creditForGap`, timeOnTask.ts),
 * never by the credit the file states. The rule measures each beat against the learner's previous beat, across
 * everything they studied, so imported beats are placed on one timeline with the beats already here:
 *
 * - each imported beat gets creditForGap(its time - the previous beat's time, here or imported), so beats at one
 *   instant earn nothing and beats far apart earn nothing;
 * - a beat credits the time just before it; any part of that time already credited to a beat recorded here (two
 *   machines running at once) is not credited again.
 *
 * So the imported credit never exceeds the time that passed that no beat here already accounts for.
 */

/** A heartbeat already recorded for the learner: when it was received and what it credits. */
interface RecordedBeat {
  receivedAt: number;
  creditedMs: number;
}

function lastIndexAtOrBefore(beats: readonly RecordedBeat[], time: number): number {
  let low = 0;
  let high = beats.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((beats[middle] as RecordedBeat).receivedAt <= time) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

// How much of (start, end] the credited spans of the recorded beats already cover. A beat credits the span just
// before it, at most fullCreditGapMs long, so only beats received in (start, end + fullCreditGapMs) can overlap.
function alreadyCredited(beats: readonly RecordedBeat[], start: number, end: number): number {
  const spans: [number, number][] = [];
  for (let i = lastIndexAtOrBefore(beats, start) + 1; i < beats.length; i++) {
    const beat = beats[i] as RecordedBeat;
    if (beat.receivedAt >= end + fullCreditGapMs) break;
    const from = Math.max(start, beat.receivedAt - beat.creditedMs);
    const to = Math.min(end, beat.receivedAt);
    if (to > from) spans.push([from, to]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reached = start;
  for (const [from, to] of spans) {
    if (to <= reached) continue;
    covered += to - Math.max(from, reached);
    reached = to;
  }
  return covered;
}

/**
 * The credit each imported beat earns, in the order given, by the rule above. `recorded` are the learner's beats
 * already here around the imported ones' times, oldest first; `imported` are new beats (none of them here yet).
 */
export function creditImportedBeats(
  recorded: readonly RecordedBeat[],
  imported: readonly { receivedAt: number }[],
): number[] {
  const order = imported
    .map((_, index) => index)
    .sort(
      (a, b) =>
        (imported[a] as { receivedAt: number }).receivedAt -
          (imported[b] as { receivedAt: number }).receivedAt || a - b,
    );
  const credits = new Array<number>(imported.length).fill(0);
  let previousImported: number | undefined;
  for (const index of order) {
    const time = (imported[index] as { receivedAt: number }).receivedAt;
    const here = lastIndexAtOrBefore(recorded, time);
    const previousHere = here >= 0 ? (recorded[here] as RecordedBeat).receivedAt : undefined;
    const previous =
      previousHere === undefined
        ? previousImported
        : Math.max(previousHere, previousImported ?? previousHere);
    const credit = creditForGap(previous === undefined ? undefined : time - previous);
    credits[index] = credit === 0 ? 0 : credit - alreadyCredited(recorded, time - credit, time);
    previousImported = time;
  }
  return credits;
}

/** The learner's recorded beats that can bear on beats imported between `from` and `to`, oldest first. */
export function recordedBeatsAround(
  db: LearnerDb,
  learnerId: string,
  from: number,
  to: number,
): RecordedBeat[] {
  return db
    .prepare(
      `SELECT received_at AS receivedAt, credited_ms AS creditedMs FROM heartbeats
       WHERE learner_id = ? AND received_at BETWEEN ? AND ? ORDER BY received_at`,
    )
    .all(learnerId, from - idleGapMs, to + fullCreditGapMs) as RecordedBeat[];
}
