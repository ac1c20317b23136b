// A subheading under a table across an article's columns, which the room at a page's foot cuts over the columns, goes overleaf with its text (page/split-pushed-body.js), in real Chromium.

import { describe, expect, it } from "vitest";
import { checkFirstEdition, readFixture } from "../support/build-fixture.js";
import { drawFlatPicture } from "../support/flat-picture.js";
import { findPhraseStarts, readPlacedWords } from "../support/pdf-words.js";

/**
 * test/fixtures/heading-cut-under-table: an A4 newspaper whose second article starts on page 2, its body (paragraphs,
 * a list, a picture in a column, a table across the columns, a subheading) moved whole to page 3 by Chromium. Given
 * the room under the headline, the row under the table was a line tall: Chromium cut the subheading over the
 * columns there, a word or two in each, and the page kept it so, apart from its text (the same page of a generated
 * Persian edition printed the headline alone). Found by a sweep of the first article's length, as in `npm run stress`.
 */
async function readIssue(): Promise<Record<string, string | Buffer>> {
  return { ...readFixture("heading-cut-under-table"), "images/tall.png": await drawFlatPicture(1200, 1800) };
}

describe("a subheading that the page's last row under a table would cut over the columns", () => {
  it("goes on to the next page with its text, the article's start kept under its headline, with no warning", async () => {
    await checkFirstEdition(await readIssue(), (output) => {
      expect(output.warnings.map((warning) => warning.message)).toEqual([]);
      const words = readPlacedWords(output.path);
      const findStarts = (phrase: string) => findPhraseStarts(words, phrase);
      // The headline's last mention is the article's own (the front page's contents name it first).
      const head = findStarts("A full hall for the").pop() ?? -1;
      const headline = words[head]?.page;
      expect(headline).toBeDefined();
      // The body's first words (the first article's text repeats them: those after the headline) and the table stay under it.
      expect(words[findStarts("Nobody on the committee expected forty").find((index) => index > head) ?? -1]?.page).toBe(headline);
      expect(words[findStarts("Ground 12 11")[0] ?? -1]?.page).toBe(headline);
      // The subheading and its text's first words go on together.
      const heading = findStarts("Where the petition goes next");
      expect(heading).toHaveLength(1);
      const at = heading[0] as number;
      expect(words[at]?.page).toBe((headline as number) + 1);
      expect(words.slice(at, at + 5 + 12).map((word) => word.page)).toEqual(Array(17).fill(words[at]?.page));
    });
  }, 120_000);
});
