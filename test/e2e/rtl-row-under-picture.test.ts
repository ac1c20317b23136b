// The columns an article ends in under a picture across them are lengthened by a line rather than leave a paragraph's last line alone atop one (page/keep-lines.js), in real Chromium.

import { describe, expect, it } from "vitest";
import { checkFirstEdition, readFixture } from "../support/build-fixture.js";
import { drawFlatDrawing, drawFlatPicture } from "../support/flat-picture.js";
import { readPlacedWords, type PlacedWord } from "../support/pdf-words.js";

/**
 * test/fixtures/rtl-row-under-picture: the Arabic edition of a Tabloid jumps newspaper written by `npm run stress`
 * (seed 819, the project's own text). On page 4 an article ends under a picture across its four columns with five
 * lines, which Chromium balanced two, two and one: the paragraph's last line alone atop the third column (warned).
 * keep-lines.js lengthens an article's last columns by a line when they break so, but left alone every body with a
 * picture or a table in it, whose columns run in rows: the row after the last picture is the one a height fills.
 */
async function readIssue(): Promise<Record<string, string | Buffer>> {
  return {
    ...readFixture("rtl-row-under-picture"),
    "images/photo.jpg": await drawFlatPicture(1800, 1200, "jpeg"),
    "images/panorama.png": await drawFlatPicture(2400, 800),
    "images/tall.png": await drawFlatPicture(1700, 2550),
    "images/square.png": await drawFlatPicture(1700, 1700),
    "images/drawing.svg": drawFlatDrawing(800, 600),
  };
}

describe("an article's last lines under a picture across its columns", () => {
  it("fill the columns a line deeper, none alone atop a column, with no warning", async () => {
    await checkFirstEdition(await readIssue(), (output) => {
      expect(output.warnings.map((warning) => warning.message)).toEqual([]);
      const words = readPlacedWords(output.path).filter((word) => word.page === 4);
      // The row: the lines under the picture's credit and above the notes at the page's foot (set smaller, 25 pt lower at least).
      const credit = words.find((word, index) => word.text === "Photo:" && words[index + 1]?.text === "stress");
      if (!credit) throw new Error("no picture credit on page 4");
      const below = words.filter((word) => word.yMin > credit.yMax + 2).sort((a, b) => a.yMin - b.yMin);
      const gap = below.findIndex((word, index) => index > 0 && word.yMin - (below[index - 1] as PlacedWord).yMin > 25);
      const lines = gap < 0 ? below : below.slice(0, gap);
      expect(lines.length).toBeGreaterThan(10);
      // The columns: the spans the row's words cover, merged where they overlap or touch (a column's lines overlap;
      // the gap between columns is 12.75 pt, wider than any space between words).
      const spans: { left: number; right: number }[] = [];
      for (const word of [...lines].sort((a, b) => a.xMin - b.xMin)) {
        const last = spans[spans.length - 1];
        if (last && word.xMin - last.right < 8) last.right = Math.max(last.right, word.xMax);
        else spans.push({ left: word.xMin, right: word.xMax });
      }
      const counts = spans.map((span) => new Set(lines.filter((word) => word.xMin >= span.left && word.xMax <= span.right).map((word) => Math.round(word.yMin))).size);
      expect(counts.length).toBeGreaterThan(1);
      expect(counts.filter((count) => count === 1)).toEqual([]);
    });
  }, 120_000);
});
