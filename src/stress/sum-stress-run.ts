// Adds up a stress run: issues, editions, pages, warnings by code, editions with no PDF, seconds (pure).

import type { IssueRecord, StressTotals } from "./stress-summary.js";

export function sumStressRun(issues: readonly IssueRecord[]): StressTotals {
  const warnings: Record<string, number> = {};
  const count = (code: string) => (warnings[code] = (warnings[code] ?? 0) + 1);
  const editions = issues.flatMap((issue) => issue.editions);
  for (const issue of issues) for (const warning of issue.issueWarnings) count(warning.code);
  for (const edition of editions) for (const warning of edition.warnings) count(warning.code);
  return {
    issues: issues.length,
    editions: editions.length,
    pages: editions.reduce((sum, edition) => sum + (edition.pages ?? 0), 0),
    warnings: Object.fromEntries(Object.entries(warnings).sort(([a], [b]) => a.localeCompare(b))),
    failures: editions.filter((edition) => edition.failure !== undefined).length,
    seconds: Math.round(issues.reduce((sum, issue) => sum + issue.seconds, 0) * 10) / 10,
  };
}

/** "lone-line 2, widow 1" from a list of warnings, or "-" for none. */
export function countWarningCodes(warnings: readonly { code: string }[]): string {
  const counts = new Map<string, number>();
  for (const { code } of warnings) counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts.size ? [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([code, n]) => `${code} ${n}`).join(", ") : "-";
}
