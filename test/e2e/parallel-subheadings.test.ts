// A parallel article's subheadings go where their text goes: none ends a page, on either side, its text overleaf (page/keep-lines.js, page/split-parallel-rows.js).

import { describe, expect, it } from "vitest";
import { checkFirstEdition } from "../support/build-fixture.js";
import { useLaidOutFixture } from "../support/laid-out-fixture.js";
import { ARABIC, makeMeetingParagraphs, makeWordRun } from "../support/word-lists.js";

/** Sections of a subheading and one or two paragraphs, of varied lengths, so that page breaks fall near subheadings. */
function writeSections(english: boolean, article: number): string {
  return Array.from({ length: 9 }, (_, index) => {
    const count = 1 + ((article + index) % 2);
    const heading = english ? `### Section ${article}.${index + 1} of the plan` : `### القسم ${article}.${index + 1} من الخطة`;
    const paragraphs = english
      ? makeMeetingParagraphs(count, article * 31 + index * 7)
      : Array.from({ length: count }, (_, k) => makeWordRun(ARABIC, 35 + ((article * 13 + index * 17 + k * 11) % 40), article * 29 + index * 5 + k));
    return `${heading}\n\n${paragraphs.join("\n\n")}`;
  }).join("\n\n");
}

const FILES: Record<string, string> = {
  "issue.md": "---\ntitle: The Side by Side\nnumber: 6\ndate: 2026-12-08\nlanguages: [en, ar]\neditions: [parallel]\nlayout: bulletin\npaper: A5\ncontents: false\n---\n",
};
for (let article = 1; article <= 3; article++) {
  FILES[`0${article}-plan.md`] = `---\ntitle: Part ${article} of the plan\n---\n\n${makeMeetingParagraphs(1, article)[0]}\n\n${writeSections(true, article)}\n`;
  FILES[`0${article}-plan.ar.md`] = `---\ntitle: الجزء ${article} من الخطة\n---\n\n${makeWordRun(ARABIC, 50, article)}\n\n${writeSections(false, article)}\n`;
}

describe("a parallel edition with many subheadings", () => {
  const laidOut = useLaidOutFixture(FILES, "parallel");

  // Aligned as blocks of their own, the two sides' subheadings shared a row, and a page could end under it; set in
  // the row of their text, Paged.js still broke right after them, and split-parallel-rows.js cut the other side
  // after its subheading too: a corpus issue's A5 parallel edition printed both at page 2's foot, their text on page 3.
  it("ends no page with a subheading, on either side", async () => {
    const pages = await laidOut().evaluate(() =>
      Array.from(document.querySelectorAll(".pagedjs_page"), (page) => {
        const rows = Array.from(page.querySelectorAll(".parallel-row:not(.parallel-head)"));
        const last = rows[rows.length - 1];
        const ends = last ? Array.from(last.children, (cell) => Array.from(cell.children).filter((block) => (block.textContent || "").trim()).pop()?.tagName ?? "") : [];
        return { headings: page.querySelectorAll(".parallel-cell h3").length, ends };
      }),
    );
    // Enough pages, with subheadings on them, that the breaks fall near some.
    expect(pages.length).toBeGreaterThan(8);
    expect(pages.filter((page) => page.headings > 0).length).toBeGreaterThan(6);
    const stranded = pages.slice(0, -1).flatMap((page, index) => (page.ends.includes("H3") ? [index + 1] : []));
    expect(stranded).toEqual([]);
  });

  it("builds without a warning", async () => {
    await checkFirstEdition(FILES, (output) => {
      expect(output.warnings.map((warning) => warning.message)).toEqual([]);
      expect(output.pages).toBeGreaterThan(8);
    });
  }, 120_000);
});
