import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { measure, printResults, runBench } from '../../bench/benchHarness';
import type { BenchFigure } from '../../bench/benchHarness';
import { timeInOwnProcess } from '../../bench/isolatedSides';
import { makeTempFolder } from '../../support/tempFolder';

/*
 * The bench harness decides what docs/performance.md reports, so its arithmetic and its order are held here. The
 * figures are self-timed: each side reports the milliseconds it is given, so the medians are known in advance.
 */

/** A self-timed side that reports the given timings in turn (the first is the warm-up) and logs each call. */
function side(name: string, timings: number[], calls: string[]): () => Promise<number> {
  let next = 0;
  return () => {
    calls.push(name);
    return Promise.resolve(timings[next++ % timings.length] ?? 0);
  };
}

function figure(calls: string[], overrides: Partial<BenchFigure> = {}): BenchFigure {
  return {
    name: 'figure',
    floorName: 'floor',
    // Warm-up first, then five timings: medians 30 (subject) and 10 (floor).
    subject: side('subject', [999, 20, 30, 50, 30, 40], calls),
    floor: side('floor', [999, 10, 8, 12, 10, 9], calls),
    selfTimed: true,
    runs: 5,
    ...overrides,
  };
}

describe('bench harness', () => {
  test('reports the median of each side and their ratio, leaving out the warm-up', async () => {
    const result = await measure(figure([], { maxRatio: 3 }));
    expect(result).toMatchObject({ subjectMs: 30, floorMs: 10, ratio: 3, runs: 5, withinLimits: true });
    expect(result.limits).toBe('ratio <= 3');
  });

  test('a ratio or a median over its limit is not within limits, and prints EXCEEDED', async () => {
    const overRatio = await measure(figure([], { maxRatio: 2.9 }));
    const overMs = await measure(figure([], { maxRatio: 3, maxMs: 29 }));
    expect(overRatio.withinLimits).toBe(false);
    expect(overMs.withinLimits).toBe(false);
    expect(overMs.limits).toBe('ratio <= 3, median <= 29 ms');
    const lines: string[] = [];
    printResults([overRatio], (line) => lines.push(line));
    expect(lines[1]).toBe('figure | 30.00 ms | floor | 10.00 ms | 3.00x | 5 | ratio <= 2.9: EXCEEDED');
  });

  test('warms each side up once, then alternates which side of a pair goes first', async () => {
    const calls: string[] = [];
    await measure(figure(calls));
    expect(calls).toEqual([
      'floor',
      'subject',
      ...['floor', 'subject'],
      ...['subject', 'floor'],
      ...['floor', 'subject'],
      ...['subject', 'floor'],
      ...['floor', 'subject'],
    ]);
  });

  test('takes at least five timings a side, whatever a figure asks for', async () => {
    const calls: string[] = [];
    const result = await measure(figure(calls, { runs: 2 }));
    expect(result.runs).toBe(5);
    expect(calls.filter((call) => call === 'subject')).toHaveLength(6);
  });
});

describe('a bench started to time one side in its own process', () => {
  test('times only that side, after its warm-up, and prints the timings on one marked line', async () => {
    const calls: string[] = [];
    const printed: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((text) => {
      printed.push(String(text));
      return true;
    });
    vi.stubEnv('CE_BENCH_SIDE', '0:floor');
    try {
      await runBench([figure(calls)]);
    } finally {
      vi.unstubAllEnvs();
      write.mockRestore();
    }
    expect(calls).toEqual(['floor', 'floor', 'floor', 'floor', 'floor', 'floor']);
    expect(printed).toEqual(['ce-bench-timings [10,8,12,10,9]\n']);
  });
});

describe('timing a side in a process of its own', () => {
  const dir = makeTempFolder('ce-bench-harness-');

  /** A stand-in bench file that runs `body` with the side it was asked for in `asked`. */
  function benchFile(name: string, body: string): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, `const asked = process.env.CE_BENCH_SIDE;\n${body}\n`);
    return file;
  }

  test('starts the bench file with the figure and side, and reads the marked line among others', () => {
    const file = benchFile(
      'echo.mjs',
      "const [figure, side] = asked.split(':');\n" +
        "console.log('other output');\n" +
        "console.log('ce-bench-timings ' + JSON.stringify([Number(figure), side === 'subject' ? 1 : 0]));",
    );
    expect(timeInOwnProcess(3, 'subject', file)).toEqual([3, 1]);
    expect(timeInOwnProcess(0, 'floor', file)).toEqual([0, 0]);
  });

  test('a child that fails or prints no timings is an error that shows its stderr', () => {
    const failing = benchFile(
      'failing.mjs',
      "console.log('ce-bench-timings [1]');\nconsole.error('child stderr');\nprocess.exitCode = 1;",
    );
    const silent = benchFile('silent.mjs', "console.error('child stderr');");
    expect(() => timeInOwnProcess(0, 'floor', failing)).toThrow(
      /Timing the floor of figure 0 in its own process failed:\nchild stderr/,
    );
    expect(() => timeInOwnProcess(1, 'subject', silent)).toThrow(/figure 1 .*failed:\nchild stderr/);
  });
});
