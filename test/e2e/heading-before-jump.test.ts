// A subheading over the last paragraph of a jump's first part goes overleaf with that paragraph when it does not fit, instead of ending the page's last column (page/keep-lines.js), in real Chromium.

import { describe, expect, it } from "vitest";
import { checkFirstEdition, readFixture } from "../support/build-fixture.js";
import { drawFlatPicture } from "../support/flat-picture.js";
import { findPhraseStarts, readPlacedWords } from "../support/pdf-words.js";

/**
 * test/fixtures/heading-before-jump: the English edition of an A4 jumps newspaper written by `npm run stress` (seed
 * 721, from the sample issues' text). On page 3, an article's first part ends (`<!-- jump -->`) with a subheading
 * and a paragraph of nine lines, set in balanced columns; the paragraph did not fit, and Paged.js, which keeps the
 * text after a subheading with it elsewhere, broke the page right after the subheading: it ended the page's last
 * column, its paragraph overleaf (warned as a break defect).
 */
async function readIssue(): Promise<Record<string, string | Buffer>> {
  return { ...readFixture("heading-before-jump"), "images/square.png": await drawFlatPicture(1700, 1700), "images/tall.png": await drawFlatPicture(1700, 2550) };
}

describe("a subheading over a jump's last paragraph at a page's foot", () => {
  it("goes on to the next page with its paragraph, with no warning", async () => {
    await checkFirstEdition(await readIssue(), (output) => {
      expect(output.warnings.map((warning) => warning.message)).toEqual([]);
      const words = readPlacedWords(output.path);
      /** The pages the words `phrase` start on, read in order. */
      const findPages = (phrase: string) => findPhraseStarts(words, phrase).map((index) => words[index]?.page);
      const heading = findPages("At half past ten at");
      expect(heading).toHaveLength(1);
      expect(findPages("The council will pay for the night")).toEqual(heading);
    });
  }, 120_000);
});
