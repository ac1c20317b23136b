// A subheading left apart at a column's foot does not pull the next column's lines up over a picture's credit (page/break-again.js, base.css), in real Chromium.

import { describe, expect, it } from "vitest";
import { checkFirstEdition, readFixture } from "../support/build-fixture.js";
import { drawFlatDrawing, drawFlatPicture } from "../support/flat-picture.js";
import { readPlacedWords, type PlacedWord } from "../support/pdf-words.js";

/**
 * test/fixtures/hanging-block-over-credit: the Arabic edition of a Half Letter bulletin written by `npm run stress`
 * (seed 674, the project's own text; an English article printed untranslated). On page 5, in the row under a
 * drawing across the article's two columns at the page's foot, a subheading stayed at the first column's foot (warned:
 * no room to keep it with its text), and its hanging block (base.css: two lines' room held under every subheading,
 * taken back by a negative margin) ran on into the second column, where the negative margin pulled that column's
 * paragraph 24 px up: its first line printed over the drawing's credit.
 */
async function readIssue(): Promise<Record<string, string | Buffer>> {
  return { ...readFixture("hanging-block-over-credit"), "images/tall.png": await drawFlatPicture(1700, 2550), "images/drawing.svg": drawFlatDrawing(800, 600) };
}

/**
 * The words of `page` printed into one of `marks`: boxes that overlap across more than a point and a half of height
 * (poppler's boxes of successive lines, each its font's ascent and descent, overlap by a quarter of a point).
 */
function findWordsOver(page: readonly PlacedWord[], marks: readonly PlacedWord[]): string[] {
  return page.flatMap((word) =>
    marks
      .filter((mark) => mark !== word)
      .filter((mark) => Math.min(mark.xMax, word.xMax) - Math.max(mark.xMin, word.xMin) > 1 && Math.min(mark.yMax, word.yMax) - Math.max(mark.yMin, word.yMin) > 1.5)
      .map((mark) => `"${word.text}" over "${mark.text}"`),
  );
}

describe("a subheading left apart at a column's foot, in the row under a picture across the columns", () => {
  it("prints no line over the picture's credit", async () => {
    await checkFirstEdition(await readIssue(), (output) => {
      // The subheading itself is still apart (no room to keep it with its text), and warned so.
      expect(output.warnings.map((warning) => warning.code)).toEqual(["break-defect"]);
      const page = readPlacedWords(output.path).filter((word) => word.page === 5);
      const at = page.findIndex((word, index) => word.text === "Drawing:" && page[index + 1]?.text === "stress" && page[index + 2]?.text === "desk");
      expect(at).toBeGreaterThanOrEqual(0);
      const credit = page.slice(at, at + 3);
      // Nothing printed into the credit, and the paragraph after it starts under it (a table's cell higher up starts
      // with the same words).
      expect(findWordsOver(page, credit)).toEqual([]);
      const lost = page.find((word, index) => word.text === "Lost" && page[index + 1]?.text === "near" && Math.abs(word.yMin - (credit[0] as PlacedWord).yMax) < 30);
      expect(lost?.yMin).toBeGreaterThan((credit[0] as PlacedWord).yMax);
    });
  }, 120_000);
});
