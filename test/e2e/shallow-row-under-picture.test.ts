// The row of an article's columns under a picture across them does not begin at a page's foot with room for fewer than three lines (page/keep-lines.js), in real Chromium.

import { describe, expect, it } from "vitest";
import { checkFirstEdition, readFixture } from "../support/build-fixture.js";
import { drawFlatPicture } from "../support/flat-picture.js";
import { findPhraseStarts, readPlacedWords } from "../support/pdf-words.js";

/**
 * test/fixtures/shallow-row-under-picture: the English edition of an A4 bulletin written by `npm run stress` (seed
 * 867, the project's own text). On page 2 an article's picture across its three columns left two lines' room under
 * it at the page's foot, and Chromium set the list under it there: its first item's three lines two and one, the
 * last line alone atop the second column, the next item in the third (warned). Now the page ends under the picture,
 * the list on the next page, as an article whose columns would begin so low goes on whole.
 */
async function readIssue(): Promise<Record<string, string | Buffer>> {
  return { ...readFixture("shallow-row-under-picture"), "images/photo.jpg": await drawFlatPicture(1800, 1200, "jpeg"), "images/panorama.png": await drawFlatPicture(2400, 800) };
}

describe("the row under a picture across an article's columns at a page's foot", () => {
  it("goes on to the next page when it would have room for fewer than three lines, the picture staying, with no warning", async () => {
    await checkFirstEdition(await readIssue(), (output) => {
      expect(output.warnings.map((warning) => warning.message)).toEqual([]);
      const words = readPlacedWords(output.path);
      const findStarts = (phrase: string) => findPhraseStarts(words, phrase);
      // The caption, set smaller than the paragraph of the same words at the article's start.
      const height = (index: number) => (words[index]?.yMax ?? 0) - (words[index]?.yMin ?? 0);
      const caption = findStarts("Never use a gas cooker or an outdoor heater to warm a room.").sort((a, b) => height(a) - height(b));
      expect(caption.length).toBeGreaterThan(1);
      expect(height(caption[0] as number)).toBeLessThan(height(caption[1] as number) - 0.5);
      const picturePage = words[caption[0] as number]?.page as number;
      // The list item under the picture: its quote's first words, after the caption; its last ones with them.
      const item = findStarts("“I have emptied a bucket in my").find((index) => index > (caption[0] as number));
      expect(item).toBeDefined();
      expect(words[item as number]?.page).toBe(picturePage + 1);
      const end = findStarts("two years,” he said.").find((index) => index > (item as number)) as number;
      expect(words[end]?.page).toBe(picturePage + 1);
      expect(Math.abs((words[end]?.xMin ?? 0) - (words[item as number]?.xMin ?? 0))).toBeLessThan(150);
    });
  }, 120_000);
});
