// A page picture still waiting when the text ends goes on the text's last page, drawn shorter if need be, rather than on a page of its own (page/page-floats.js).

import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { checkFixtureBuild } from "../support/build-fixture.js";
import { extractText, listPrintedWidths } from "../support/pdf-tools.js";
import { makeMeetingParagraphs } from "../support/word-lists.js";

const CAPTION = "Yellowhammer the yard picture caption";
const NOTE = "Reportnote on the first page.";
/** The colophon's line naming the publisher (its first line, the issue's title, is the running foot's too). */
const COLOPHON = "Yardpress publishing desk";


/**
 * A one-article issue: a paragraph calling a note, the {.page-bottom} photograph (1600 × 1000 pixels), then `after`
 * paragraphs. The note keeps the picture off the page its place is on (a page whose notes are placed is not laid
 * out again for it), so it waits, and the text ends on page 1.
 */
async function writeIssue(after: number): Promise<Record<string, string | Buffer>> {
  const [first, ...rest] = makeMeetingParagraphs(after + 1);
  return {
    "issue.md": `---\ntitle: Pictures last\nnumber: 1\ndate: 2026-12-05\nlanguages: [en]\ncontents: false\npublisher: ${COLOPHON}\n---\n`,
    "01-report.md": `---\ntitle: The report\n---\n\n${first}[^r]\n\n![The yard](images/yard.jpg "${CAPTION}"){.page-bottom}\n\n${rest.join("\n\n")}\n\n[^r]: ${NOTE}\n`,
    "images/yard.jpg": await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 170, g: 150, b: 130 } } }).jpeg().toBuffer(),
  };
}

/**
 * Builds the issue with `after` paragraphs after the picture: its page count, where the caption, the note and the
 * text's last words print, and the photograph's printed width (mm).
 */
async function buildEnding(after: number) {
  const ending = (makeMeetingParagraphs(after + 1).at(-1) as string).split(" ").slice(-4).join(" ");
  let built:
    | { pages: number; captionPages: number[]; notePages: number[]; endPages: number[]; colophonPages: number[]; colophonLast: boolean; widthMm: number; warnings: string[] }
    | undefined;
  await checkFixtureBuild(await writeIssue(after), (result) => {
    const output = result.outputs[0]!;
    const pages = extractText(output.path).split("\f").slice(0, output.pages);
    const on = (text: string) => pages.flatMap((page, index) => (page.replace(/\s+/g, " ").includes(text) ? [index + 1] : []));
    const widths = listPrintedWidths(output.path);
    expect(widths).toHaveLength(1);
    built = {
      pages: output.pages,
      captionPages: on(CAPTION),
      notePages: on(NOTE),
      endPages: on(ending),
      colophonPages: on(COLOPHON),
      // Read after the caption, where they share a page.
      colophonLast: (pages.at(-1) ?? "").indexOf(COLOPHON) > (pages.at(-1) ?? "").indexOf(CAPTION),
      widthMm: widths[0]!.widthMm,
      warnings: output.warnings.map((warning) => warning.message),
    };
  });
  return built!;
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
});
