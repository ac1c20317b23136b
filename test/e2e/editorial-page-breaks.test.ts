// An editorial longer than a page: its box stays open where it goes on overleaf, and no line of it is lost past a page's foot (page/mark-split-paragraphs.js, page/keep-lines.js).

import { describe, expect, it } from "vitest";
import { useLaidOutFixture } from "../support/laid-out-fixture.js";
import { readPageBreaks } from "../support/page-break-report.js";
import { HYPHENATING, makeWordRun } from "../support/word-lists.js";

// Twelve paragraphs of 35 to 120 words under issue.md's front matter: about three A5 pages of editorial.
const editorial = Array.from({ length: 12 }, (_, i) => makeWordRun(HYPHENATING, 35 + ((i * 53) % 86), i)).join("\n\n");
const laidOut = useLaidOutFixture({
  "issue.md": `---\ntitle: The Long Letter\nnumber: 2\ndate: 2026-12-05\nlanguages: [en]\nlayout: bulletin\npaper: A5\ncontents: false\n---\n\n${editorial}\n`,
  "01-story.md": `---\ntitle: The short news\n---\n\n${makeWordRun(HYPHENATING, 80, 99)}\n`,
});

describe("an editorial longer than a page", () => {
  it("keeps every line inside its page, cuts no word at a page turn and leaves no line alone", async () => {
    const report = await readPageBreaks(laidOut(), ".editorial-body p");
    expect(report.pages).toBeGreaterThanOrEqual(3);
    expect(report.split).toBeGreaterThanOrEqual(2);
    expect(report.outside).toEqual([]);
    expect(report.cutWords).toEqual([]);
    expect(report.alone).toEqual([]);
  });

  it("leaves its box open at the foot of each page it goes on from, and at the top of the next", async () => {
    const boxes = await laidOut().evaluate(() =>
      [...document.querySelectorAll(".pagedjs_page .editorial")].map((box) => {
        const style = getComputedStyle(box);
        return { top: style.borderTopStyle, bottom: style.borderBottomStyle };
      }),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    expect(boxes[0]).toEqual({ top: "solid", bottom: "none" });
    expect(boxes.slice(1, -1)).toEqual(boxes.slice(1, -1).map(() => ({ top: "none", bottom: "none" })));
    expect(boxes[boxes.length - 1]).toEqual({ top: "none", bottom: "solid" });
  });
});
