/**
 * The known key an author most likely meant by `unknown` (a typo, a case slip or `-` for `_`), or null when no
 * known key is close enough to suggest.
 */
export function closestKey(unknown: string, known: readonly string[]): string | null {
  const wanted = comparable(unknown);
  let best: string | null = null;
  let bestDistance = Math.min(2, Math.floor(wanted.length / 3));
  for (const candidate of known) {
    const distance = editDistance(wanted, comparable(candidate));
    if (distance <= bestDistance) {
      best = candidate;
      bestDistance = distance - 1;
    }
  }
  return best;
}

function comparable(key: string): string {
  return key.toLowerCase().replace(/-/g, '_');
}

/** Edit distance counting a swap of two neighbours as one edit ("titel" is one edit from "title"). */
function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Number.POSITIVE_INFINITY;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}
