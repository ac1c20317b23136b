// A picture's row that cannot wait for the next page is drawn shorter to fit the room under the page's text (page/wait-picture-rows.js), in real Chromium.

import { describe, expect, it } from "vitest";
import { drawFlatPicture } from "../support/flat-picture.js";
import { buildPicturePrint } from "../support/picture-build.js";
import { makeMeetingParagraphs } from "../support/word-lists.js";

const CAPTION = "Squarecaption the yard from above";
const NEXT = "Nextreport on the river path";

/**
 * Builds a Letter bulletin whose lead report has `before` paragraphs, a square picture across two of its three
 * columns ({.span-2}, with its text beside it) and two paragraphs after it; a longer report follows. Returns its
 * page count, the pages the caption and the second report's headline print on, and the picture's printed width (mm).
 */
async function buildLead(before: number) {
  const lead = makeMeetingParagraphs(before + 2);
  const files = {
    "issue.md": "---\ntitle: Rows first\nnumber: 1\ndate: 2026-12-05\nlanguages: [en]\nlayout: bulletin\npaper: Letter\ncontents: false\n---\n",
    "01-lead.md": `---\ntitle: The lead report\n---\n\n${lead.slice(0, before).join("\n\n")}\n\n![The square](images/square.png "${CAPTION}"){.span-2}\n\n${lead.slice(before).join("\n\n")}\n`,
    "02-next.md": `---\ntitle: ${NEXT}\n---\n\n${makeMeetingParagraphs(12, 50).join("\n\n")}\n`,
    "images/square.png": await drawFlatPicture(1600, 1600),
  };
  const { pages, findPages, widthMm, warnings } = await buildPicturePrint(files);
  return { pages, captionPages: findPages(CAPTION), nextPages: findPages(NEXT), widthMm, warnings };
}

describe("a picture's row too tall for the room under the page's text, its article ending after it", () => {
  // The row cannot wait for the next page while the text runs on (the article's text would end before it), so it
  // went overleaf at its own height, and the front page ended with that room empty.
  it("is drawn shorter, down to half, and stays on the page", async () => {
    const roomy = await buildLead(4);
    expect(roomy).toMatchObject({ pages: 2, captionPages: [1], warnings: [] });
    const shorter = await buildLead(8);
    expect(shorter).toMatchObject({ pages: 2, captionPages: [1], nextPages: [2], warnings: [] });
    expect(shorter.widthMm).toBeLessThan(0.98 * roomy.widthMm);
    expect(shorter.widthMm).toBeGreaterThanOrEqual(0.5 * roomy.widthMm);
  }, 120_000);
});
