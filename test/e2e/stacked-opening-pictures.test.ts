// An article that opens with two pictures across its columns, the second not fitting under the first: every word printed (page/split-pushed-body.js), the pictures drawn shorter together to start the text under them (page/fit-pictures-at-breaks.js), in real Chromium.

import { execFileSync } from "node:child_process";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { checkFirstEdition } from "../support/build-fixture.js";
import { findInOrder, readLatinWordOrders, toWords } from "../support/pdf-tools.js";
import { makeMeetingParagraphs } from "../support/word-lists.js";

const PHOTO_CAPTION = "The river path after the spring flood, where the old wall gave way and the benches were carried off by the water.";
const PLAN_CAPTION = "A plan of the winter market on the green, with the stalls along the path and the benches by the hall.";

/**
 * An A5 bulletin of one article whose body opens with a photograph across its columns ({.top .span-2}; the bulletin
 * has two) and a drawing under it ({.top}): under the masthead and the head, the drawing does not fit under the
 * photograph, and Chromium sets the columns after it beside the page. split-pushed-body.js gave the body the room
 * from its top, read from its whole box, which also held its part beside the page, at the top of the column there:
 * the body got the page's whole height, its first lines went on beside the page, printed nowhere, and the build
 * stopped: "text ... is missing from the laid-out pages" (found by `npm run stress`; an Arabic article under its
 * {.top .span-2} picture the same).
 */
async function writeIssue(standfirst: string): Promise<Record<string, string | Buffer>> {
  const paragraphs = makeMeetingParagraphs(5);
  const body = [
    paragraphs[0],
    `![The river path after the flood.](images/photo.png "${PHOTO_CAPTION}"){.top .span-2}`,
    `![A plan of the market.](images/plan.svg "${PLAN_CAPTION}"){.top}`,
    ...paragraphs.slice(1),
  ].join("\n\n");
  return {
    "issue.md": "---\ntitle: The Hall Bulletin\nsubtitle: News from the hall behind the library\nnumber: 4\ndate: 2026-12-07\nlanguages: [en]\nlayout: bulletin\npaper: A5\n---\n",
    "01-market.md": `---\ntitle: The winter market comes to the green\nstandfirst: "${standfirst}"\n---\n\n${body}\n`,
    "images/photo.png": await sharp({ create: { width: 1800, height: 1200, channels: 3, background: { r: 90, g: 120, b: 150 } } }).png().toBuffer(),
    "images/plan.svg":
      '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600"><rect width="800" height="600" fill="#dde"/><rect x="80" y="330" width="96" height="150" fill="#353"/></svg>',
  };
}

describe("an article opening with two pictures across its columns, the second too tall for the page under the first", () => {
  // Standfirsts of one to four lines: the page's room under the first picture differs, the drawing fits in none.
  it.each([
    ["a short standfirst", "Tenants met on Tuesday."],
    ["a long standfirst", "Tenants and traders met on Tuesday evening in the hall behind the library to plan the winter market, the new benches on the green and the repairs to the river path which floods every year."],
  ])("builds with %s, every word of its text and both captions printed, in order, the head, pictures and first lines on one page", async (_name, standfirst) => {
    const files = await writeIssue(standfirst);
    await checkFirstEdition(files, (output) => {
      // Chrome's drawing order (poppler -raw), hyphenated words joined: each paragraph whole and after the one before,
      // running footers and captions the only words between (a gap of at most 20 words).
      const printed = readLatinWordOrders(output.path)[1] ?? [];
      let from = 0;
      for (const [index, paragraph] of makeMeetingParagraphs(5).entries()) {
        const found = findInOrder(printed, toWords(paragraph), from, 20);
        expect({ paragraph: index + 1, found: "end" in found }).toEqual({ paragraph: index + 1, found: true });
        if ("end" in found) from = found.end;
      }
      for (const caption of [PHOTO_CAPTION, PLAN_CAPTION]) expect("end" in findInOrder(printed, toWords(caption), 0, 1), caption).toBe(true);
      // The head, both pictures and the text's first lines on one page, the pictures drawn shorter together: at their
      // own heights the head and the photograph had a page of their own, two thirds of it empty.
      const pageWords = Array.from({ length: output.pages }, (_, index) =>
        toWords(execFileSync("pdftotext", ["-raw", "-f", String(index + 1), "-l", String(index + 1), output.path, "-"], { encoding: "utf8" })).join(" "),
      );
      // (Found by the photograph's caption: the front page's contents box names the article too.)
      const opening = pageWords.find((words) => words.includes(toWords(PHOTO_CAPTION).join(" ")));
      expect(opening).toBeDefined();
      for (const part of ["The winter market comes to the green", PLAN_CAPTION, (makeMeetingParagraphs(1)[0] ?? "").split(" ").slice(0, 8).join(" ")]) expect(opening).toContain(toWords(part).join(" "));
      expect(output.pages).toBeLessThanOrEqual(3);
    });
  }, 120_000);
});
