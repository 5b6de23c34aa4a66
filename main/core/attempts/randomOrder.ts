import { randomInt } from 'node:crypto';

/*
 * Random order for quiz presentation, from the operating system's cryptographic generator: a learner who retakes
 * a quiz cannot predict the option order or the post-test draw from earlier attempts.
 */

/** A new array with the items in a uniformly random order (Fisher-Yates). */
export function shuffled<T>(items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** `count` distinct items drawn uniformly at random, in random order (a partial Fisher-Yates). */
export function drawRandom<T>(items: readonly T[], count: number): T[] {
  const pool = [...items];
  const take = Math.max(0, Math.min(count, pool.length));
  for (let i = 0; i < take; i += 1) {
    const j = i + randomInt(pool.length - i);
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, take);
}
