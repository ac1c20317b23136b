// Prints a stress run for people: one line per edition (pages, warnings by code, pages ending blank, failure), then the totals (pure).

import { countWarningCodes, formatCodeCounts } from "./sum-stress-run.js";
import type { BlankPage } from "./measure-blank-pages.js";
import type { StressSummary } from "./stress-summary.js";

/** A failure's message is cut here in the table; summary.json keeps it whole. */
const FAILURE_WIDTH = 110;

export function formatStressTable(summary: StressSummary): string {
  const rows: string[][] = [["issue", "edition", "pages", "warnings", "blank pages", "failure"]];
  for (const issue of summary.issues) {
    // Warnings about the issue as a whole are one row, not repeated on each edition's.
    if (issue.issueWarnings.length) rows.push([issue.name, "(issue)", "", countWarningCodes(issue.issueWarnings), "", ""]);
    for (const edition of issue.editions) {
      const pages = edition.pages === undefined ? "-" : String(edition.pages);
      rows.push([issue.name, edition.edition, pages, countWarningCodes(edition.warnings), describeBlankPages(edition.blankPages), cut(edition.failure ?? "")]);
    }
  }
  const widths = [0, 1, 2, 3, 4].map((column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  const lines = rows.map((row) =>
    row
      .map((cell, column) => (column === 2 ? cell.padStart(widths[column] ?? 0) : column < 5 ? cell.padEnd(widths[column] ?? 0) : cell))
      .join("  ")
      .trimEnd(),
  );
  return [...lines, "", formatTotals(summary)].join("\n");
}

export function formatTotals(summary: StressSummary): string {
  const { totals } = summary;
  const warnings = Object.values(totals.warnings).reduce((sum, n) => sum + n, 0);
  const byCode = warnings ? ` (${formatCodeCounts(totals.warnings)})` : "";
  const failed = summary.issues.flatMap((issue) => issue.editions.filter((edition) => edition.failure).map((edition) => `${issue.name} ${edition.edition}`));
  const failures = `${totals.failures} ${totals.failures === 1 ? "failure" : "failures"}${failed.length ? ` (${failed.join(", ")})` : ""}`;
  const blank = `${totals.blankPages} ${totals.blankPages === 1 ? "page" : "pages"} ending a third blank or more`;
  return `Totals: ${totals.issues} issues, ${totals.editions} editions, ${totals.pages} pages, ${warnings} ${warnings === 1 ? "warning" : "warnings"}${byCode}, ${blank}, ${failures}; ${totals.seconds} s of builds.`;
}

/** "5 (52%), 9 (31%)": the pages that end blank, each with the share of its height blank; "-" for none. */
export function describeBlankPages(pages: readonly BlankPage[] | undefined): string {
  return pages?.length ? pages.map(({ page, share }) => `${page} (${Math.round(share * 100)}%)`).join(", ") : "-";
}

function cut(text: string): string {
  const line = text.split("\n")[0] ?? "";
  return line.length > FAILURE_WIDTH ? `${line.slice(0, FAILURE_WIDTH - 1)}…` : line;
}
