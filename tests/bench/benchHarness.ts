import { performance } from 'node:perf_hooks';

/**
 * One benchmark figure: the subject and a bare floor doing the irreducible part of the same work, measured in the
 * same run so the ratio holds on any machine.
 */
export interface BenchFigure {
  name: string;
  subject: () => unknown;
  floorName: string;
  floor: () => unknown;
  /** The most the subject may cost, as a multiple of the floor. */
  maxRatio?: number;
  /** An absolute ceiling in milliseconds for the subject's median, where an issue sets one. */
  maxMs?: number;
  /**
   * The subject and floor time themselves and resolve to milliseconds (e.g. measured inside a browser page with
   * performance marks), so the harness's own overhead is not counted.
   */
  selfTimed?: boolean;
  runs?: number;
}

export interface BenchResult {
  name: string;
  floorName: string;
  subjectMs: number;
  floorMs: number;
  ratio: number;
  runs: number;
  withinLimits: boolean;
  limits: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function time(work: () => unknown, selfTimed = false): Promise<number> {
  const start = performance.now();
  const reported = await work();
  if (selfTimed) {
    if (typeof reported !== 'number') throw new Error('A self-timed figure must resolve to milliseconds.');
    return reported;
  }
  return performance.now() - start;
}

/**
 * Measures a figure: one warm-up of each side, then `runs` (at least 5) pairs of timings so that drift and noise
 * fall on both sides alike; reports the medians and their ratio. Which side goes first alternates from pair to
 * pair (floor first, then subject first, and so on). With a fixed order, each side always ran right after the
 * other and inherited its garbage and its JIT state: timing the bundled course's load that way gave 1.43x with the
 * floor first and 1.57x with the subject first (means of 25 processes each).
 */
export async function measure(figure: BenchFigure): Promise<BenchResult> {
  const runs = Math.max(5, figure.runs ?? 7);
  await time(figure.floor);
  await time(figure.subject);
  const subject: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    const floorFirst = i % 2 === 0;
    if (floorFirst) floor.push(await time(figure.floor, figure.selfTimed));
    subject.push(await time(figure.subject, figure.selfTimed));
    if (!floorFirst) floor.push(await time(figure.floor, figure.selfTimed));
  }
  const subjectMs = median(subject);
  const floorMs = median(floor);
  const ratio = subjectMs / floorMs;
  const limits = [
    figure.maxRatio === undefined ? '' : `ratio <= ${figure.maxRatio}`,
    figure.maxMs === undefined ? '' : `median <= ${figure.maxMs} ms`,
  ]
    .filter(Boolean)
    .join(', ');
  const withinLimits =
    (figure.maxRatio === undefined || ratio <= figure.maxRatio) &&
    (figure.maxMs === undefined || subjectMs <= figure.maxMs);
  return {
    name: figure.name,
    floorName: figure.floorName,
    subjectMs,
    floorMs,
    ratio,
    runs,
    withinLimits,
    limits,
  };
}

/** Prints results as a table, one figure per row. */
export function printResults(
  results: readonly BenchResult[],
  out: (line: string) => void = console.log,
): void {
  out('figure | median | floor | floor median | ratio | runs | limit');
  for (const r of results) {
    const verdict = r.limits ? `${r.limits}: ${r.withinLimits ? 'ok' : 'EXCEEDED'}` : '-';
    out(
      `${r.name} | ${r.subjectMs.toFixed(2)} ms | ${r.floorName} | ${r.floorMs.toFixed(2)} ms | ${r.ratio.toFixed(2)}x | ${r.runs} | ${verdict}`,
    );
  }
}

/**
 * Measures each figure in turn, prints the table, and sets a failing exit code when a figure breaks its limit.
 * Resolves when done, so a bench that started servers or browsers can stop them.
 */
export async function runBench(figures: readonly BenchFigure[]): Promise<void> {
  const results: BenchResult[] = [];
  for (const figure of figures) results.push(await measure(figure));
  printResults(results);
  process.exitCode = results.every((r) => r.withinLimits) ? 0 : 1;
}
