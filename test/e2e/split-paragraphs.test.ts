// A paragraph Paged.js splits at a page or column break: its first part, and only it, is marked to justify its last line (page/mark-split-paragraphs.js).

import { describe, expect, it } from "vitest";
import { useLaidOutFixture } from "../support/laid-out-fixture.js";

/** Paragraphs of varied length, so that page breaks fall inside them. */
const paragraphs = (article: number) =>
  Array.from({ length: 9 }, (_, i) =>
    `The allotment committee met on evening ${i + 1} of the season to weigh the plots, the water butts and the ${"shared tools and seed swaps ".repeat(2 + ((article + i) % 5))}before the vote on article ${article}.`,
  ).join("\n\n");

const files: Record<string, string> = {
  "issue.md": "---\ntitle: The Split Gazette\nnumber: 6\ndate: 2026-06-01\nlanguages: [en]\nlayout: bulletin\n---\n",
};
for (let article = 1; article <= 6; article++) files[`0${article}-story.md`] = `---\ntitle: Plots, round ${article}\n---\n\n${paragraphs(article)}\n`;
const laidOut = useLaidOutFixture(files);

describe("paragraphs split at a page break", () => {
  it("marks every part but a paragraph's last, and justifies its last line; no whole paragraph is marked", async () => {
    const report = await laidOut().evaluate(() => {
      const parts = [...document.querySelectorAll(".pagedjs_page .story-body p[data-ref]")];
      const last = new Map<string, Element>();
      for (const part of parts) last.set(part.getAttribute("data-ref") ?? "", part);
      const pageOf = (element: Element) => [...document.querySelectorAll(".pagedjs_page")].indexOf(element.closest(".pagedjs_page") as Element) + 1;
      return {
        pages: document.querySelectorAll(".pagedjs_page").length,
        split: parts.filter((part) => last.get(part.getAttribute("data-ref") ?? "") !== part).length,
        unmarked: parts
          .filter((part) => last.get(part.getAttribute("data-ref") ?? "") !== part && !part.hasAttribute("data-continues"))
          .map((part) => `page ${pageOf(part)}: ${part.textContent?.slice(0, 40)}`),
        wronglyMarked: parts
          .filter((part) => last.get(part.getAttribute("data-ref") ?? "") === part && part.hasAttribute("data-continues"))
          .map((part) => `page ${pageOf(part)}: ${part.textContent?.slice(0, 40)}`),
        notJustified: parts.filter((part) => part.hasAttribute("data-continues") && getComputedStyle(part).textAlignLast !== "justify").length,
      };
    });
    expect(report.pages).toBeGreaterThan(3);
    // Breaks fall inside paragraphs on most pages of the fixture, so the marking is exercised, not idle.
    expect(report.split).toBeGreaterThanOrEqual(3);
    expect(report.unmarked).toEqual([]);
    expect(report.wronglyMarked).toEqual([]);
    expect(report.notJustified).toBe(0);
  });
});
