// A picture across an article's columns, more than half a page tall, reaching past the page's foot under the text before it: printed on one page with its whole caption and credit, never broken inside (page/break-tall-kept-boxes.js), in real Chromium.

import { execFileSync } from "node:child_process";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { checkFirstEdition } from "../support/build-fixture.js";
import { readPlacedWords } from "../support/pdf-words.js";
import { makeMeetingParagraphs, makeMeetingSentence } from "../support/word-lists.js";

const CAPTION = "The river path after the spring flood, where the old wall gave way and the benches on the green were carried off by the water into the meadow.";
const CREDIT = "Drawing: the hall";

/**
 * An A5 bulletin whose second article opens on page 2 with a paragraph of `extra` more words, then a {.span-2}
 * drawing with a two-line caption and a credit. break-tall-kept-boxes.js lets a box kept whole, taller than half a
 * page, break at the page's foot rather than leave the page empty (an editorial, a contents box); it let the
 * drawing break too, and the only place inside it is its caption: the credit went overleaf alone, or (on a page
 * with notes at its foot, found by `npm run stress` on an A5 and a parallel newspaper page) the caption's second line
 * was set beside the page, printed nowhere ("runs past the page's text area").
 */
async function writeIssue(extra: number): Promise<Record<string, string | Buffer>> {
  const [first, second] = makeMeetingParagraphs(2, 3);
  const body = [`${first} ${makeMeetingSentence(extra, 9)}`, second, `![The river path.](images/drawing.png "${CAPTION}"){.span-2 credit="${CREDIT}"}`, ...makeMeetingParagraphs(6, 20)];
  return {
    "issue.md": "---\ntitle: The Hall Bulletin\nnumber: 4\ndate: 2026-12-07\nlanguages: [en]\nlayout: bulletin\npaper: A5\n---\n",
    "01-market.md": `---\ntitle: The winter market comes to the green\n---\n\n${makeMeetingParagraphs(5, 1).join("\n\n")}\n`,
    "02-path.md": `---\ntitle: The river path\n---\n\n${body.join("\n\n")}\n`,
    "images/drawing.png": await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 220, g: 220, b: 235 } } }).png().toBuffer(),
  };
}

/** The pages pdfimages lists a picture on (the drawing is a PNG so that it is listed). */
function listPicturePages(file: string): number[] {
  const listed = execFileSync("pdfimages", ["-list", file], { encoding: "utf8" }).split("\n").slice(2);
  return listed.filter((line) => line.trim()).map((line) => Number(line.trim().split(/\s+/)[0]));
}

describe("a picture across the columns that reaches past the page's foot under the text before it", () => {
  // 84 to 108 more words: the drawing starts 45% to 55% down the page. Before, at 100 and 108 words the credit went
  // to page 3 alone; at 84 and 92 the drawing went over whole and left its article's headline alone on page 2.
  it.each([84, 92, 100, 108])("prints the picture, its whole caption and its credit on one page (%i more words before it)", async (extra) => {
    await checkFirstEdition(await writeIssue(extra), (output) => {
      expect(output.warnings.map((warning) => warning.message)).toEqual([]);
      const words = readPlacedWords(output.path);
      const pageOf = (word: string) => [...new Set(words.filter((placed) => placed.text.replace(/[.,]$/, "") === word).map((placed) => placed.page))];
      const captionPage = pageOf("spring");
      expect({ caption: captionPage, lastWord: pageOf("meadow"), credit: pageOf("Drawing:"), picture: listPicturePages(output.path) }).toEqual({
        caption: captionPage,
        lastWord: captionPage,
        credit: captionPage,
        picture: captionPage,
      });
      expect(captionPage).toHaveLength(1);
    });
  }, 60_000);

  // With 76 more words the drawing fits, and the page breaks after it; once the paragraph after it was taken out,
  // Chromium set the article's body (two paragraphs and the drawing) beside the page, and the page broke again before
  // it: the headline alone on page 2, the article whole on page 3 (split-pushed-body.js, break-again.js).
  it("keeps the article's text and picture under its headline when the page, its break made, set them beside it", async () => {
    await checkFirstEdition(await writeIssue(76), (output) => {
      expect(output.warnings.map((warning) => warning.message)).toEqual([]);
      const words = readPlacedWords(output.path);
      // "The river path" in its largest type: the headline, not the front page's contents entry.
      const titles = words.filter((placed) => placed.text === "river" && words.some((next) => next.page === placed.page && next.text === "path" && next.yMin === placed.yMin));
      const headline = titles.sort((a, b) => b.yMax - b.yMin - (a.yMax - a.yMin))[0];
      expect({ headline: headline?.page, picture: listPicturePages(output.path), pages: output.pages }).toEqual({ headline: 2, picture: [2], pages: 3 });
    });
  }, 60_000);
});
