/**
 * Optimal string alignment distance: insertions, deletions, substitutions and transpositions of two adjacent letters
 * each count as one edit, so "airprot" is one edit from "airport" (plain Levenshtein counts
 * two). Gives up early and returns limit + 1 once every alignment exceeds the limit. The npm packages for this are
 * unmaintained, and one of them caps distances it should not.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousRow: number[] = [];
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const beforePrevious = previousRow;
    previousRow = row;
    row = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previousRow[j] as number) + 1, (row[j - 1] as number) + 1, (previousRow[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (beforePrevious[j - 2] as number) + 1);
      row[j] = best;
      rowMinimum = Math.min(rowMinimum, best);
    }
    if (rowMinimum > limit) return limit + 1;
  }
  return Math.min(row[b.length] as number, limit + 1);
}
