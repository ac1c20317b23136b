// The last lines of a picture's row that go over with the colophon keep their column's measure on the last page (page/compose-modules.js), in real Chromium.

import { describe, expect, it } from "vitest";
import { checkFirstEdition, readFixture } from "../support/build-fixture.js";
import { drawFlatPicture } from "../support/flat-picture.js";
import { readPlacedWords } from "../support/pdf-words.js";

/**
 * test/fixtures/row-lines-with-colophon: an A4 newspaper whose last article ends in a picture across two of its three
 * columns ({.span-2}), its last paragraphs beside it, at page 3's foot, a little short of room for the colophon.
 * The colophon is not sent over alone: the last paragraph's last two lines go with it (page/keep-lines.js). They had
 * run across the whole width of page 4, where the picture is not, as one line: a line alone atop the page (warned;
 * a generated Persian edition printed so). Found by a sweep of the first article's length (1,620 to 1,700 words
 * warned); the row's text box now keeps its width.
 */
async function readIssue(): Promise<Record<string, string | Buffer>> {
  return { ...readFixture("row-lines-with-colophon"), "images/photo.png": await drawFlatPicture(1600, 1200) };
}

describe("a picture row's last lines carried over with the colophon", () => {
  it("stay two lines in a column on the last page, with no warning", async () => {
    await checkFirstEdition(await readIssue(), (output) => {
      expect(output.warnings.map((warning) => warning.message)).toEqual([]);
      expect(output.pages).toBe(4);
      const words = readPlacedWords(output.path);
      const page = words.filter((word) => word.page === 4);
      // The text above the colophon (which starts with the paper's name): the article's last words.
      const colophon = page.findIndex((word, index) => word.text === "The" && page[index + 1]?.text === "Court" && page[index + 2]?.text === "Courier");
      const text = page.slice(0, colophon);
      expect(text.map((word) => word.text).join(" ")).toMatch(/and the hall ran\.$/);
      const lines = new Set(text.map((word) => Math.round(word.yMin)));
      expect(lines.size).toBe(2);
      // In one column's measure: a third of the text's width, not the page's.
      const all = words.filter((word) => word.page === 3);
      const pageWidth = Math.max(...all.map((word) => word.xMax)) - Math.min(...all.map((word) => word.xMin));
      expect(Math.max(...text.map((word) => word.xMax)) - Math.min(...text.map((word) => word.xMin))).toBeLessThan(pageWidth / 2);
    });
  }, 120_000);
});
