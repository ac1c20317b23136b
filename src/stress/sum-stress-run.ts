// Adds up a stress run: issues, editions, pages, warnings by code, editions with no PDF, seconds (pure).

import type { IssueRecord, StressTotals } from "./stress-summary.js";

export function sumStressRun(issues: readonly IssueRecord[]): StressTotals {
  const editions = issues.flatMap((issue) => issue.editions);
  return {
    issues: issues.length,
    editions: editions.length,
    pages: editions.reduce((sum, edition) => sum + (edition.pages ?? 0), 0),
    warnings: tallyWarningCodes([...issues.flatMap((issue) => issue.issueWarnings), ...editions.flatMap((edition) => edition.warnings)]),
    failures: editions.filter((edition) => edition.failure !== undefined).length,
    blankPages: editions.reduce((sum, edition) => sum + (edition.blankPages?.length ?? 0), 0),
    seconds: Math.round(issues.reduce((sum, issue) => sum + issue.seconds, 0) * 10) / 10,
  };
}

/** How many warnings of each code, the codes in order. */
function tallyWarningCodes(warnings: readonly { code: string }[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const { code } of warnings) counts.set(code, (counts.get(code) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

/** "lone-line 2, widow 1" from a tally of warnings by code, or "-" for none. */
export function formatCodeCounts(counts: Readonly<Record<string, number>>): string {
  const entries = Object.entries(counts);
  return entries.length ? entries.map(([code, n]) => `${code} ${n}`).join(", ") : "-";
}

/** "lone-line 2, widow 1" from a list of warnings, or "-" for none. */
export function countWarningCodes(warnings: readonly { code: string }[]): string {
  return formatCodeCounts(tallyWarningCodes(warnings));
}
