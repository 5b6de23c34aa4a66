import { performance } from 'node:perf_hooks';
import { reportTimings, requestedSide, timeInOwnProcess } from './isolatedSides';

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
  /**
   * Compare costs per unit (e.g. per module): each side's median is divided by its units before the ratio is taken,
   * so linear work sits at 1x however much larger the subject is. Both default to 1.
   */
  subjectUnits?: number;
  floorUnits?: number;
  /**
   * Time each side in processes of its own (`runs` timings in each, after a warm-up), this many processes per side,
   * alternating sides: for a subject that leaves much more garbage than its floor, which in one process the floor
   * would partly collect while being timed.
   */
  ownProcesses?: number;
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
 * Measures a figure and reports the medians of both sides and their ratio. In one process: one warm-up of each side,
 * then `runs` (at least 5) pairs of timings so that drift and noise fall on both sides alike, and which side goes
 * first alternates from pair to pair. With a fixed order, each side always ran right after the other and inherited
 * its garbage and its JIT state: timing the bundled course's load that way gave 1.43x with the floor first and
 * 1.57x with the subject first (means of 25 processes each). With `ownProcesses`, each side is timed in processes
 * of its own instead, and all their timings are pooled.
 */
export async function measure(figure: BenchFigure, index = 0): Promise<BenchResult> {
  const { subject, floor } = figure.ownProcesses
    ? timeInOwnProcesses(index, figure.ownProcesses)
    : await timeInOneProcess(figure, runsOf(figure));
  return judge(figure, subject, floor);
}

/** How many timings a side gets (in each process, with ownProcesses): at least 5. */
function runsOf(figure: BenchFigure): number {
  return Math.max(5, figure.runs ?? 7);
}

async function timeInOneProcess(
  figure: BenchFigure,
  runs: number,
): Promise<{ subject: number[]; floor: number[] }> {
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
  return { subject, floor };
}

/** All timings of each side over its own processes; which side starts alternates, as pairs do in one process. */
function timeInOwnProcesses(index: number, processes: number): { subject: number[]; floor: number[] } {
  const subject: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < processes; i++) {
    if (i % 2 === 0) floor.push(...timeInOwnProcess(index, 'floor'));
    subject.push(...timeInOwnProcess(index, 'subject'));
    if (i % 2 === 1) floor.push(...timeInOwnProcess(index, 'floor'));
  }
  return { subject, floor };
}

/** One side alone, as a child process started by timeInOwnProcess times it: a warm-up, then `runs` timings. */
async function timeOneSide(work: () => unknown, runs: number, selfTimed = false): Promise<number[]> {
  await time(work);
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) timings.push(await time(work, selfTimed));
  return timings;
}

function judge(figure: BenchFigure, subject: number[], floor: number[]): BenchResult {
  const subjectMs = median(subject) / (figure.subjectUnits ?? 1);
  const floorMs = median(floor) / (figure.floorUnits ?? 1);
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
    runs: subject.length,
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
  const side = requestedSide();
  if (side) {
    // A child started by timeInOwnProcess: time one side of one figure and report.
    const figure = figures[side.figure];
    if (!figure) throw new Error(`This bench has no figure ${side.figure}.`);
    const work = side.side === 'floor' ? figure.floor : figure.subject;
    reportTimings(await timeOneSide(work, runsOf(figure), figure.selfTimed));
    return;
  }
  const results: BenchResult[] = [];
  for (const [index, figure] of figures.entries()) results.push(await measure(figure, index));
  printResults(results);
  process.exitCode = results.every((r) => r.withinLimits) ? 0 : 1;
}
