// "Did you mean sheet?": the name a mistyped one was most likely meant to be, for messages (pure).

/** The candidate within two letters of `written` (added, dropped, changed or swapped), the closest first; any case. */
export function findNearestName(written: string, candidates: readonly string[]): string | undefined {
  const typed = written.toLowerCase();
  let nearest: { name: string; edits: number } | undefined;
  for (const name of candidates) {
    const edits = countEdits(typed, name.toLowerCase());
    if (edits <= 2 && (!nearest || edits < nearest.edits)) nearest = { name, edits };
  }
  return nearest?.name;
}

/** Letters to add, drop, change or swap (with neighbours) to turn `a` into `b` (Damerau-Levenshtein, restricted). */
export function countEdits(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (rows[i]?.[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return rows[a.length]?.[b.length] ?? 0;
}
