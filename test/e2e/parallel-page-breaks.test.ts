// Page breaks inside a parallel edition's side-by-side cells: no word cut, no line lost past the page's foot, no line alone (page/keep-lines.js).

import { describe, expect, it } from "vitest";
import { useLaidOutFixture } from "../support/laid-out-fixture.js";
import { readPageBreaks } from "../support/page-break-report.js";
import { ARABIC, HYPHENATING, makeWordRun } from "../support/word-lists.js";

const files: Record<string, string> = {
  "issue.md": "---\ntitle: The Side by Side\nnumber: 3\ndate: 2026-12-05\nlanguages: [en, ar]\neditions: [parallel]\nlayout: newspaper\npaper: A4\ncontents: false\n---\n",
};
for (let article = 1; article <= 4; article++) {
  // Paragraphs of 35 to 120 words, so that page breaks fall at every depth of a paragraph.
  const lengths = Array.from({ length: 7 }, (_, i) => 35 + ((article * 37 + i * 53) % 86));
  // Notes of 40 to 100 words, in the rows that close each article, so that breaks fall among them too.
  const notes = [1, 2, 3].map((n) => `[^${n}]: ${makeWordRun(HYPHENATING, 40 + ((article * 29 + n * 31) % 61), article * 7 + n)}`).join("\n\n");
  const paragraphs = lengths.map((length, i) => makeWordRun(HYPHENATING, length, article * 10 + i) + (i % 2 === 0 && i < 6 ? `[^${i / 2 + 1}]` : ""));
  files[`0${article}-story.md`] = `---\ntitle: Round ${article} of the talks\n---\n\n${paragraphs.join("\n\n")}\n\n${notes}\n`;
  files[`0${article}-story.ar.md`] = `---\ntitle: الجولة ${article} من المحادثات\n---\n\n${lengths.map((length, i) => makeWordRun(ARABIC, Math.round(length / 2), article * 10 + i)).join("\n\n")}\n`;
}
const laidOut = useLaidOutFixture(files, "parallel");

describe("page breaks inside a parallel edition's side-by-side cells", () => {
  it("keeps every line of each cell inside its page, cuts no word at a page turn and leaves no line alone", async () => {
    const report = await readPageBreaks(laidOut(), ".parallel-cell p");
    expect(report.pages).toBeGreaterThan(4);
    // Breaks fall inside cells' paragraphs on most pages, so the mends are exercised, not idle.
    expect(report.split).toBeGreaterThanOrEqual(6);
    expect(report.outside).toEqual([]);
    expect(report.cutWords).toEqual([]);
    expect(report.alone).toEqual([]);
  });
});
