// A line the column mends gained on the last page is given back when without it the page holds the edition's end (page/keep-lines.js), in real Chromium.

import { describe, expect, it } from "vitest";
import { checkFirstEdition, readFixture } from "../support/build-fixture.js";
import { drawFlatDrawing, drawFlatPicture } from "../support/flat-picture.js";
import { findPhraseStarts, readPlacedWords } from "../support/pdf-words.js";

/**
 * test/fixtures/edition-end-gained-line: the Spanish edition of an A3 jumps newspaper written by `npm run stress`
 * (seed 714, the project's own text, notes at the articles' ends). On page 5 an untranslated Arabic article's columns
 * leave a paragraph's last line alone atop the fourth; made a line taller as the next article starts (keep-lines.js's
 * renderNode), they pushed that article, the edition's last, a line down, and its last note went to a sixth page
 * with the colophon, away from its call on page 5: a page holding one line and the colophon.
 */
async function readIssue(): Promise<Record<string, string | Buffer>> {
  return {
    ...readFixture("edition-end-gained-line"),
    "images/photo.jpg": await drawFlatPicture(1800, 1200, "jpeg"),
    "images/square.png": await drawFlatPicture(1700, 1700),
    "images/tall.png": await drawFlatPicture(1700, 2550),
    "images/drawing.svg": drawFlatDrawing(800, 600),
  };
}

describe("the edition's end on a page whose columns were made a line taller", () => {
  it("stays on that page, the notes with their calls, and the line alone left is warned", async () => {
    await checkFirstEdition(await readIssue(), (output) => {
      expect(output.pages).toBe(5);
      const words = readPlacedWords(output.path);
      const pageOf = (phrase: string) => findPhraseStarts(words, phrase).map((index) => words[index]?.page);
      // The last article's second note (its words, not the paragraph that starts with them), the paragraph that calls
      // it and the colophon's address, all on page 5.
      const note = "2 La red todavía necesita manos.";
      const notes = findPhraseStarts(words, note).filter((index) => words[index + note.split(" ").length]?.text !== "Bastan");
      expect(notes.map((index) => words[index]?.page)).toEqual([5]);
      expect(pageOf("Citizens Advice. 2")).toContain(5);
      expect(pageOf("stress@pressroom.example").pop()).toBe(5);
      // The Arabic article's line alone is left, and the editor told of it.
      expect(output.warnings.map((warning) => `${warning.code} ${warning.message.slice(0, 29)}`)).toEqual(["break-defect On page 5, column 4, only the"]);
    });
  }, 120_000);
});
