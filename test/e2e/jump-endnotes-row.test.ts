// An article's last columns on a page are mended as the next article starts there when that one is a jump's continuation too (page/keep-lines.js), in real Chromium.

import { describe, expect, it } from "vitest";
import { checkFirstEdition, readFixture } from "../support/build-fixture.js";
import { drawFlatDrawing, drawFlatPicture } from "../support/flat-picture.js";
import { readPlacedWords, type PlacedWord } from "../support/pdf-words.js";

/**
 * test/fixtures/jump-endnotes-row: the English edition of a Tabloid jumps newspaper written by `npm run stress` (seed
 * 805, the project's own text, notes at the articles' ends). On page 4 an article's continuation ends under a
 * picture's row with a paragraph's last line and its note, balanced in the columns, the note's last line alone atop
 * the fourth. Its columns are lengthened by a line as the next article starts on the page, while the page has room
 * (keep-lines.js's renderNode), but only when that article was an article's start: this one is another article's
 * continuation, so only the page's last look mended it, with the page full, and could only warn.
 */
async function readIssue(): Promise<Record<string, string | Buffer>> {
  return {
    ...readFixture("jump-endnotes-row"),
    "images/photo.jpg": await drawFlatPicture(1800, 1200, "jpeg"),
    "images/panorama.png": await drawFlatPicture(2400, 800),
    "images/tall.png": await drawFlatPicture(1700, 2550),
    "images/drawing.svg": drawFlatDrawing(800, 600),
  };
}

describe("an article's last columns before a jump's continuation on the same page", () => {
  it("leave no line of its note alone atop a column, with no warning", async () => {
    await checkFirstEdition(await readIssue(), (output) => {
      expect(output.warnings.map((warning) => warning.message)).toEqual([]);
      const words = readPlacedWords(output.path);
      // The note's words, printed after the article's last word (its notes close it), up to the note's last.
      const start = words.findIndex((word, index) => word.text === "worked.”" && words[index + 1]?.text === "1" && words[index + 2]?.text === "If");
      expect(start).toBeGreaterThan(0);
      const end = words.findIndex((word, index) => index > start && word.text === "weeks.");
      const note = words.slice(start + 1, end + 1);
      expect(note.map((word) => word.text).join(" ")).toMatch(/^1 If you rent .* not weeks\.$/);
      // Its lines in each column it is set in: a line starts where pdftotext's reading moves to another height, and
      // its column is told by where that first word starts (the note's number indents only the first line).
      const columns = new Map<number, number>();
      note.forEach((word, index) => {
        if (index > 0 && Math.abs(word.yMin - (note[index - 1] as PlacedWord).yMin) < 2) return;
        const column = [...columns.keys()].find((left) => Math.abs(left - word.xMin) < 12) ?? word.xMin;
        columns.set(column, (columns.get(column) ?? 0) + 1);
      });
      const counts = [...columns.values()];
      expect(counts.length).toBeGreaterThan(0);
      expect(Math.min(...counts)).toBeGreaterThanOrEqual(2);
    });
  }, 120_000);
});
