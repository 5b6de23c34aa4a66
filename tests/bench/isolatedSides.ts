import { spawnSync } from 'node:child_process';

/*
 * Timing each side of a figure in processes of its own. In one process the two sides share V8's heap and JIT: a
 * side that leaves much garbage has part of it collected while the other side is being timed. A child process runs
 * the same bench file with CE_BENCH_SIDE set, times only that side, and prints its timings on one marked line.
 */

export type Side = 'floor' | 'subject';

const SIDE_VARIABLE = 'CE_BENCH_SIDE';
const TIMINGS_MARK = 'ce-bench-timings ';

/** The figure and side this process was started to time, or null in the bench's own process. */
export function requestedSide(): { figure: number; side: Side } | null {
  const match = /^(\d+):(floor|subject)$/.exec(process.env[SIDE_VARIABLE] ?? '');
  return match ? { figure: Number(match[1]), side: match[2] === 'floor' ? 'floor' : 'subject' } : null;
}

/** Prints a child's timings for the bench's own process to read. */
export function reportTimings(timings: readonly number[]): void {
  process.stdout.write(`${TIMINGS_MARK}${JSON.stringify(timings)}\n`);
}

/**
 * Runs a bench file (by default this one) again in a fresh process that times one side of one figure, and returns
 * its timings.
 */
export function timeInOwnProcess(figure: number, side: Side, script = process.argv[1]): number[] {
  if (!script) throw new Error('The bench file to run again is unknown.');
  const child = spawnSync(process.execPath, [...process.execArgv, script], {
    env: { ...process.env, [SIDE_VARIABLE]: `${figure}:${side}` },
    encoding: 'utf8',
  });
  const line = child.stdout.split('\n').find((text) => text.startsWith(TIMINGS_MARK));
  if (child.status !== 0 || line === undefined) {
    throw new Error(`Timing the ${side} of figure ${figure} in its own process failed:\n${child.stderr}`);
  }
  return JSON.parse(line.slice(TIMINGS_MARK.length)) as number[];
}
