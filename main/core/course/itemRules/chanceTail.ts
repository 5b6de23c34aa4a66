/**
 * The chance that at least `observed` of several independent events happen, each with its own probability (the
 * tail of a Poisson binomial distribution). The rules that judge a pattern across a bank ask whether it could be
 * chance: with 4 options, a key is the longest option in about one item in four by chance alone.
 */
export function chanceOfAtLeast(observed: number, probabilities: readonly number[]): number {
  // exactly[k]: the chance that exactly k of the events so far happened.
  let exactly = [1];
  for (const p of probabilities) {
    const next = new Array<number>(exactly.length + 1).fill(0);
    exactly.forEach((chance, k) => {
      next[k] = (next[k] ?? 0) + chance * (1 - p);
      next[k + 1] = (next[k + 1] ?? 0) + chance * p;
    });
    exactly = next;
  }
  return exactly.slice(Math.max(0, observed)).reduce((sum, chance) => sum + chance, 0);
}

/** How many of the events to expect by chance. */
export function expectedCount(probabilities: readonly number[]): number {
  return probabilities.reduce((sum, p) => sum + p, 0);
}

/** Below this chance, a pattern across a bank is reported as a flaw rather than luck. */
export const CHANCE_LEVEL = 0.05;
