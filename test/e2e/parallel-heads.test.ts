// A parallel article's two heads never stand at a page's foot with one language's text starting overleaf (page/keep-lines.js keepParallelHeadsWithText, page/split-parallel-rows.js).

import { describe, expect, it } from "vitest";
import { useLaidOutFixture } from "../support/laid-out-fixture.js";
import { ARABIC, makeMeetingParagraphs, makeWordRun } from "../support/word-lists.js";

const files: Record<string, string> = {
  "issue.md": "---\ntitle: Side by Side\nnumber: 6\ndate: 2026-12-07\nlanguages: [en, ar]\neditions: [parallel]\nlayout: newspaper\npaper: Letter\ncontents: false\n---\n",
};
// Articles of two to nine paragraphs, so that their heads fall at every depth of a page (two of them, without the mend, one language's head alone at a foot).
for (let article = 1; article <= 12; article++) {
  const count = 2 + ((article * 3) % 8);
  const english = makeMeetingParagraphs(count, article * 3);
  const arabic = english.map((paragraph, i) => makeWordRun(ARABIC, Math.round(paragraph.split(" ").length * 0.8), article * 10 + i));
  const key = String(article).padStart(2, "0");
  files[`${key}-story.md`] = `---\ntitle: The hall committee's report, part ${article}\n---\n\n${english.join("\n\n")}\n`;
  files[`${key}-story.ar.md`] = `---\ntitle: تقرير لجنة القاعة، الجزء ${article}\n---\n\n${arabic.join("\n\n")}\n`;
}
const laidOut = useLaidOutFixture(files, "parallel");

// Articles whose Arabic side opens with a sixteen-row table beside the English first paragraph: a row that cannot be
// split on both sides at a page's foot (split-parallel-rows.js cuts a side's paragraphs, not its tables), after
// articles of varied length so that their heads fall at every depth of a page.
const TABLE = ["| البند | المبلغ |", "|---|---|", ...Array.from({ length: 16 }, (_, i) => `| بند ${i + 1} | ${(i + 1) * 120} |`)].join("\n");
const tableFiles: Record<string, string> = { "issue.md": files["issue.md"] as string };
for (let article = 1; article <= 12; article++) {
  const count = 1 + ((article * 5) % 7);
  const english = makeMeetingParagraphs(count + 1, article * 5);
  const arabic = english.slice(1).map((paragraph, i) => makeWordRun(ARABIC, Math.round(paragraph.split(" ").length * 0.8), article * 10 + i));
  const key = String(article).padStart(2, "0");
  tableFiles[`${key}-story.md`] = `---\ntitle: The budget, part ${article}\n---\n\n${english.join("\n\n")}\n`;
  tableFiles[`${key}-story.ar.md`] = `---\ntitle: الميزانية، الجزء ${article}\n---\n\n${TABLE}\n\n${arabic.join("\n\n")}\n`;
}
const laidOutTables = useLaidOutFixture(tableFiles, "parallel");

/** Each parallel article's headline and whether each side of its first row under the heads shows on the heads' page. */
const readFirstRows = (page: ReturnType<typeof laidOut>) =>
  page.evaluate(() =>
    [...document.querySelectorAll(".pagedjs_page article.story-parallel")]
      .filter((part) => part.querySelector(":scope > .parallel-head"))
      .map((part) => {
        const row = part.querySelector(":scope > .parallel-head + .parallel-row");
        const sides = row ? [...row.children].map((cell) => (cell.textContent || "").trim().length > 0) : [];
        return { title: part.querySelector(".headline")?.textContent ?? "", sides };
      }),
  );

describe("a parallel article's heads at a page's foot", () => {
  it("have both languages' first lines under them on the same page", async () => {
    const found = await readFirstRows(laidOut());
    expect(found.length).toBe(12);
    expect(found.filter((article) => article.sides.length !== 2 || article.sides.includes(false))).toEqual([]);
  });

  it("go overleaf with their first row when its other side (a table) cannot start on the page", async () => {
    const found = await readFirstRows(laidOutTables());
    expect(found.length).toBe(12);
    expect(found.filter((article) => article.sides.length !== 2 || article.sides.includes(false))).toEqual([]);
  });
});
