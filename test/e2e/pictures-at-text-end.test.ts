// A page picture still waiting when the text ends goes on the text's last page, drawn shorter if need be, rather than on a page of its own (page/page-floats.js).

import { describe, expect, it } from "vitest";
import { drawFlatPicture } from "../support/flat-picture.js";
import { buildPicturePrint } from "../support/picture-build.js";
import { makeMeetingParagraphs } from "../support/word-lists.js";

const CAPTION = "Yellowhammer the yard picture caption";
const TOP_CAPTION = "Streetwide the picture at the top";
const SECOND_CAPTION = "Gatepost the tall picture";
const NOTE = "Reportnote on the first page.";
/** The colophon's line naming the publisher (its first line, the issue's title, is the running foot's too). */
const COLOPHON = "Yardpress publishing desk";


/** What an issue holds besides its photograph: paragraphs and a picture at the top before it, a second picture after it. */
interface Extras {
  opening?: number;
  second?: boolean;
}

/**
 * A one-article issue: a paragraph calling a note, the {.page-bottom} photograph (1600 × 1000 pixels), then `after`
 * paragraphs. The note keeps the picture off the page its place is on (a page whose notes are placed is not laid
 * out again for it), so it waits, and the text ends on that page: page 1, or with `opening` paragraphs and a
 * {.page-top} picture (2400 × 800) before, the page after the first, under that picture (the front page's pictures
 * at the top wait for page 2). With `second`, a tall {.page-bottom} picture (1000 × 1200) follows the photograph
 * and waits with it.
 */
async function writeIssue(after: number, { opening = 0, second = false }: Extras = {}): Promise<Record<string, string | Buffer>> {
  const paragraphs = makeMeetingParagraphs(opening + after + 1);
  const body = [
    ...paragraphs.slice(0, opening),
    ...(opening ? [`![The street](images/street.jpg "${TOP_CAPTION}"){.page-top}`] : []),
    `${paragraphs[opening]}[^r]`,
    `![The yard](images/yard.jpg "${CAPTION}"){.page-bottom}`,
    ...(second ? [`![The gate](images/gate.jpg "${SECOND_CAPTION}"){.page-bottom}`] : []),
    ...paragraphs.slice(opening + 1),
  ];
  return {
    "issue.md": `---\ntitle: Pictures last\nnumber: 1\ndate: 2026-12-05\nlanguages: [en]\ncontents: false\npublisher: ${COLOPHON}\n---\n`,
    "01-report.md": `---\ntitle: The report\n---\n\n${body.join("\n\n")}\n\n[^r]: ${NOTE}\n`,
    "images/yard.jpg": await drawFlatPicture(1600, 1000, "jpeg"),
    "images/street.jpg": await drawFlatPicture(2400, 800, "jpeg"),
    "images/gate.jpg": await drawFlatPicture(1000, 1200, "jpeg"),
  };
}

/**
 * Builds the issue with `after` paragraphs after the picture (and `opening` before, as writeIssue has them): its page
 * count, where the captions, the note and the text's last words print, and the photograph's printed width (mm): it is
 * told from the other pictures by its shape.
 */
async function buildEnding(after: number, extras: Extras = {}) {
  const ending = (makeMeetingParagraphs((extras.opening ?? 0) + after + 1).at(-1) as string).split(" ").slice(-4).join(" ");
  const { pages, findPages, lastPage, widthMm, warnings } = await buildPicturePrint(await writeIssue(after, extras), 1.6);
  return {
    pages,
    captionPages: findPages(CAPTION),
    topCaptionPages: findPages(TOP_CAPTION),
    secondCaptionPages: findPages(SECOND_CAPTION),
    notePages: findPages(NOTE),
    endPages: findPages(ending),
    colophonPages: findPages(COLOPHON),
    // Read after the caption, where they share a page.
    colophonLast: lastPage.indexOf(COLOPHON) > lastPage.indexOf(CAPTION),
    widthMm,
    warnings,
  };
}

describe("a page picture still waiting when the text ends", () => {
  // It had a page of its own after the text, its text area blank above it, where the text's page ended half
  // empty (an A3 issue's last article; the picture kept off its page by the page's notes).
  it("goes at the foot of the text's last page, at its own size where there is room, the page's note printed once", async () => {
    const roomy = await buildEnding(2);
    expect(roomy).toMatchObject({ pages: 1, captionPages: [1], notePages: [1], endPages: [1], colophonPages: [1], warnings: [] });
    const tight = await buildEnding(4);
    // With less room it is drawn shorter, narrower in proportion, but no smaller than half.
    expect(tight).toMatchObject({ pages: 1, captionPages: [1], notePages: [1], endPages: [1], warnings: [] });
    expect(tight.widthMm).toBeLessThan(0.95 * roomy.widthMm);
    expect(tight.widthMm).toBeGreaterThanOrEqual(0.5 * roomy.widthMm);
  }, 120_000);

  // The colophon, which closes the issue on its back page, stayed on page 1 and the picture printed after it.
  it("keeps its own page when it would have to be drawn at less than half its height there, the colophon under it", async () => {
    const full = await buildEnding(9);
    // The text still ends on page 1; the picture on page 2, and the colophon with it.
    expect(full).toMatchObject({ pages: 2, captionPages: [2], notePages: [1], endPages: [1], colophonPages: [2], colophonLast: true, warnings: [] });
  }, 120_000);

  // Counted with the picture at the page's top, in an area already shortened for it, the photograph took more than
  // the share of the page that pictures may have on a page of text, and went to a page of its own (an A5 bulletin's
  // last two pictures each printed on one, after a page ending half empty).
  it("goes under the text of a page that has a picture at its top, in the room the text leaves there", async () => {
    const under = await buildEnding(4, { opening: 16 });
    // (The colophon follows the text, the photograph at the page's foot under both.)
    expect(under).toMatchObject({ pages: 2, topCaptionPages: [2], captionPages: [2], notePages: [2], colophonPages: [2], warnings: [] });
    expect(under.endPages.at(-1)).toBe(2);
  }, 120_000);

  // Each at its own size (up to 55% of the page), the two took a page each, the second's blank above it.
  it("shares the page after the text with another that does not fit at its foot, both drawn shorter", async () => {
    const two = await buildEnding(9, { second: true });
    expect(two).toMatchObject({ pages: 2, captionPages: [2], secondCaptionPages: [2], notePages: [1], endPages: [1], colophonPages: [2], colophonLast: true, warnings: [] });
  }, 120_000);
});
