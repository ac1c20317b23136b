// The summary printed after a build: one line per edition an editor reads in ten seconds, and a verdict (pure).

import type { EditionSummary } from "../stages/summarize-edition/summarize-edition.js";
import type { Style } from "./style.js";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/**
 * `issueWarnings` counts the warnings that belong to no one edition (a tag printed as text, a footnote with no
 * text): each edition's line counts only its own, and the verdict had said "Ready to print." after them.
 */
export function formatSummary(
  issue: string,
  editions: readonly { edition: string; summary: EditionSummary }[],
  style: Style,
  issueWarnings = 0,
  notWritten: readonly string[] = [],
): string {
  const width = Math.max(...editions.map(({ edition }) => edition.length), ...notWritten.map((edition) => edition.length));
  const lines = editions.map(({ edition, summary }) => {
    const fonts = summary.unembeddedFonts.length ? style.red(`${plural(summary.unembeddedFonts.length, "font")} not embedded`) : `fonts embedded (${summary.fonts.join(", ")})`;
    const pictures = summary.pictures
      ? `${plural(summary.pictures, "picture")}${summary.lowestPpi ? `, lowest ${summary.lowestPpi.ppi} ppi` : ""}${summary.softPictures ? style.yellow(` (${summary.softPictures} under 150 ppi)`) : ""}`
      : "no pictures";
    const warnings = summary.warnings ? style.yellow(plural(summary.warnings, "warning")) : "no warnings";
    const untranslated = summary.untranslated ? `; ${plural(summary.untranslated, "article")} not translated` : "";
    const { unit, numbers } = summary.text.lost;
    const text = numbers.length
      ? style.red(`text missing from ${numbers.length === 1 ? unit : `${unit}s`} ${numbers.join(", ")} of the PDF`)
      : `all text on the pages (${plural(summary.text.words, "word")})`;
    return `  ${edition.padEnd(width)}  ${plural(summary.pages, "page")}; ${text}${untranslated}; ${fonts}; ${pictures}; ${warnings}`;
  });
  // An edition too long for its sheet (the error below says by how much): named, so a missing language is seen.
  for (const edition of notWritten) lines.push(`  ${edition.padEnd(width)}  ${style.red("not written: it does not fit its sheet (see below)")}`);
  if (issueWarnings) lines.push(`  ${"".padEnd(width)}  and ${style.yellow(plural(issueWarnings, "warning"))} about the issue as a whole, for every edition`);
  const problems = issueWarnings > 0 || editions.some(({ summary }) => summary.unembeddedFonts.length || summary.softPictures || summary.warnings);
  const unwritten = notWritten.length === 1 ? "1 edition was" : `${notWritten.length} editions were`;
  const verdict = notWritten.length
    ? style.red(`Not ready: ${unwritten} not written.`)
    : problems
      ? style.yellow("Read the warnings above before printing.")
      : style.green("Ready to print.");
  return [`Summary of ${issue}:`, ...lines, verdict].join("\n");
}
