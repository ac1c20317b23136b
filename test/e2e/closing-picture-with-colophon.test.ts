// The picture that ends the last article is drawn shorter to keep the colophon on its page, rather than go over with it (page/keep-lines.js), in real Chromium.

import { describe, expect, it } from "vitest";
import { drawFlatPicture } from "../support/flat-picture.js";
import { buildPicturePrint } from "../support/picture-build.js";
import { makeMeetingParagraphs } from "../support/word-lists.js";

const CAPTION = "Yellowhammer the yard caption";
/** The colophon's line naming the publisher (its first line, the title, is the running foot's too). */
const COLOPHON = "Yardpress publishing desk";

/**
 * Builds a one-article A4 issue of `paragraphs` paragraphs ending with a photograph across its columns (1600 × 1000
 * pixels): its page count, the pages its caption and the colophon print on, and the photograph's printed width (mm).
 */
async function buildClosing(paragraphs: number) {
  const files = {
    "issue.md": `---\ntitle: Pictures last\nnumber: 1\ndate: 2026-12-05\nlanguages: [en]\ncontents: false\npublisher: ${COLOPHON}\n---\n`,
    "01-report.md": `---\ntitle: The report\n---\n\n${makeMeetingParagraphs(paragraphs).join("\n\n")}\n\n![The yard](images/yard.jpg "${CAPTION}"){.span-all}\n`,
    "images/yard.jpg": await drawFlatPicture(1600, 1000, "jpeg"),
  };
  const { pages, findPages, widthMm, warnings } = await buildPicturePrint(files);
  return { pages, captionPages: findPages(CAPTION), colophonPages: findPages(COLOPHON), widthMm, warnings };
}

describe("a photograph across the columns that ends the last article", () => {
  // With nine paragraphs the page held the photograph but not the colophon under it: both went to a second page,
  // the first ending at half its height.
  it("is drawn shorter, down to half, so the colophon stays under it on its page", async () => {
    const shorter = await buildClosing(9);
    expect(shorter).toMatchObject({ pages: 1, captionPages: [1], colophonPages: [1], warnings: [] });
    // At its own width (across the columns) when it opens the next page with the colophon.
    const whole = await buildClosing(12);
    expect(whole).toMatchObject({ pages: 2, captionPages: [2], colophonPages: [2] });
    expect(shorter.widthMm).toBeLessThan(0.98 * whole.widthMm);
    expect(shorter.widthMm).toBeGreaterThanOrEqual(0.5 * whole.widthMm);
  }, 120_000);
});
