// A page whose notes are placed and whose page picture leaves no room for an article's head and opening row: the picture waits, and every word prints (page/page-floats.js), in real Chromium.

import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { checkFirstEdition, readFixture } from "../support/build-fixture.js";
import { findInOrder, readLatinWordOrders, toWords } from "../support/pdf-tools.js";

/** A picture of the shape the fixture's stress run wrote (only its size matters to the layout). */
const makePicture = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 80, g: 110, b: 140 } } }).png().toBuffer();

/**
 * test/fixtures/page-picture-over-notes: a Tabloid newspaper written by `npm run stress` (seed 70) from the sample
 * issues' text. The first article's {.page-bottom} picture waits for page 2, whose foot also holds a note; the second
 * article starts there with a tall {.top .span-2} picture in a row beside its table and text, and head and row do
 * not fit above the picture. Chromium set the row beside the page, Paged.js took that for a loop and kept it on the
 * page, printed nowhere, and page-floats.js, which takes such pictures off and lays the page out again, did not on a
 * page holding notes: the build stopped with the article's text missing (or, in the whole stress issue, with its
 * notes printed twice). Since keep-notes.js's snapshot puts a page's notes back before each layout again, the
 * pictures are taken off there too.
 */
async function readIssue(): Promise<Record<string, string | Buffer>> {
  return {
    ...readFixture("page-picture-over-notes"),
    "images/photo.jpg": await sharp({ create: { width: 1800, height: 1200, channels: 3, background: { r: 80, g: 110, b: 140 } } }).jpeg().toBuffer(),
    "images/tall.png": await makePicture(1700, 2550),
    "images/panorama.png": await makePicture(2400, 800),
  };
}

/** An article's paragraphs (pictures, tables, pull quotes, headings, notes and the jump marker left out), as words. */
function readParagraphs(markdown: string): string[][] {
  const body = markdown.split(/^---$/m).slice(2).join("---");
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block && !/^(!\[|\||\[\^|#|>|:::|-|\{|<!--)/.test(block))
    .map((block) => toWords(block.replace(/\[\^\d+\]/g, "")));
}

describe("a page picture over a page foot holding notes, that leaves an article's head and opening row no room", () => {
  it("waits for the next page: the build writes its PDF, every paragraph printed, in order", async () => {
    const files = await readIssue();
    await checkFirstEdition(files, (output) => {
      const printed = readLatinWordOrders(output.path)[1] ?? [];
      for (const file of ["07-ferry.md", "08-school.md"]) {
        let from = 0;
        for (const [index, paragraph] of readParagraphs(String(files[file])).entries()) {
          // Within a paragraph, words follow each other but for a running footer or a note between (20 words).
          const found = findInOrder(printed, paragraph, from, 20);
          expect({ file, paragraph: index + 1, found: "end" in found }).toEqual({ file, paragraph: index + 1, found: true });
          if ("end" in found) from = found.end;
        }
      }
    });
  }, 120_000);
});
