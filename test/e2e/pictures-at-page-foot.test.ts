// A picture across an article's columns at a page's foot: one that would end a page with none of its text after it goes to the next page, whole, with its headline (page/keep-lines.js, keepPicturesWhole); an article's closing one a little too tall for the room is drawn shorter (page/fit-pictures-at-breaks.js); an article that fits with it is not moved to the next page whole (page/split-pushed-body.js).

import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { build } from "../../src/index.js";
import { getBrowserPath } from "../support/browser.js";
import { checkFixtureBuild } from "../support/build-fixture.js";
import { makeProject } from "../support/issue-fixture.js";
import { extractText, listPrintedWidths } from "../support/pdf-tools.js";
import { makeMeetingParagraphs, makeMeetingSentence } from "../support/word-lists.js";

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const WORDS = "the tenants association met on tuesday evening in the hall behind the library to plan the winter market the new benches on the green and the repairs to the river path which floods every year".split(" ");
const words = (count: number, shift: number) => Array.from({ length: count }, (_, i) => WORDS[(i * 7 + shift + ((i * i) % 5)) % WORDS.length]).join(" ");
/** Paragraphs of 60 words, `total` words in all. */
const paragraphs = (total: number) => {
  const list: string[] = [];
  for (let left = total, shift = 0; left > 0; left -= 60, shift++) list.push(`${words(Math.min(60, left), shift).replace(/^./, (letter) => letter.toUpperCase())}.`);
  return list;
};

/**
 * A report of 1,300 words ends page 2 so that the next article's headline fits at its foot and its {.top} picture
 * just under it. As laid out the picture fitted; once the text after it was taken off the page, Chromium set it
 * past the page, and the PDF had the headline at the foot of page 2 and the picture nowhere (a page-overflow
 * warning said it ran past the text area).
 */
describe("an article's {.top} picture under a headline at a page's foot", () => {
  it("goes to the next page with its headline, and is printed", async () => {
    const report = paragraphs(1300);
    const { project, issue } = makeProject({
      "issue.md": "---\ntitle: Pictures first\nnumber: 1\ndate: 2026-12-05\nlanguages: [en]\ncontents: false\n---\n",
      "01-report.md": `---\ntitle: The report\n---\n\n${report.join("\n\n")}\n`,
      "02-pictured.md": `---\ntitle: The kitchen opens on Friday\n---\n\n![The kitchen](images/kitchen.svg "The long table, ready for Friday"){.top}\n\n${report.slice(0, 4).join("\n\n")}\n`,
    });
    projects.push(project);
    mkdirSync(path.join(issue, "images"));
    copyFileSync(path.resolve(import.meta.dirname, "../../issues/2026-11/images/long-table-kitchen.svg"), path.join(issue, "images", "kitchen.svg"));
    const result = await build({ issue, projectDir: project, browser: getBrowserPath() });
    const [output] = result.outputs;
    expect(output!.warnings.map((warning) => warning.message)).toEqual([]);
    const pages = extractText(output!.path).split("\f");
    const headPage = pages.findIndex((page) => page.includes("The kitchen opens on Friday"));
    expect(headPage).toBeGreaterThan(0);
    expect(pages[headPage]).toContain("The long table, ready for Friday");
  }, 120_000);
});

const CAPTION = "Yellowhammer the yard picture caption";

/**
 * Builds an A5 bulletin (two columns) whose first article is `count` meeting paragraphs and a sentence of `extra`
 * words, closed by a {.span-all} photograph (1600 × 1000 pixels), and a second story after it: its page count, the
 * pages its headline and the photograph's caption print on, and the photograph's printed width (mm).
 */
async function buildClosingPicture(count: number, extra: number) {
  const text = [...makeMeetingParagraphs(count), ...(extra ? [makeMeetingSentence(extra, 99)] : [])];
  const files = {
    "issue.md": "---\ntitle: Pictures across\nnumber: 1\ndate: 2026-12-07\nlanguages: [en]\nlayout: bulletin\npaper: A5\ncontents: false\n---\n",
    "01-report.md": `---\ntitle: The report\n---\n\n${text.join("\n\n")}\n\n![The yard](images/yard.jpg "${CAPTION}"){.span-all}\n`,
    "02-next.md": `---\ntitle: The next story\n---\n\n${makeMeetingParagraphs(6, 40).join("\n\n")}\n`,
    "images/yard.jpg": await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 170, g: 150, b: 130 } } }).jpeg().toBuffer(),
  };
  let built: { pages: number; headPage: number; captionPage: number; widthMm: number; warnings: string[] } | undefined;
  await checkFixtureBuild(files, (result) => {
    const output = result.outputs[0]!;
    const pages = extractText(output.path).split("\f").slice(0, output.pages);
    const on = (text: string) => pages.findIndex((page) => page.replace(/\s+/g, " ").includes(text)) + 1;
    const widths = listPrintedWidths(output.path);
    expect(widths).toHaveLength(1);
    built = { pages: output.pages, headPage: on("The report"), captionPage: on(CAPTION), widthMm: widths[0]!.widthMm, warnings: output.warnings.map((warning) => warning.message) };
  });
  return built!;
}

describe("an article's closing picture across the columns, at a page's foot", () => {
  // It went to the next page at its full height, the text's page ending half empty under the columns (a fuzz
  // issue's A5 Persian page, at 49%): a picture across the columns was never drawn shorter to stay.
  it("is drawn shorter to stay under its text when it is a little too tall for the room, no shorter than half", async () => {
    const roomy = await buildClosingPicture(2, 0);
    expect(roomy).toMatchObject({ pages: 2, headPage: 1, captionPage: 1, warnings: [] });
    const tight = await buildClosingPicture(4, 0);
    expect(tight).toMatchObject({ pages: 2, headPage: 1, captionPage: 1, warnings: [] });
    expect(tight.widthMm).toBeLessThan(0.95 * roomy.widthMm);
    expect(tight.widthMm).toBeGreaterThanOrEqual(0.5 * roomy.widthMm);
  }, 120_000);

  // With a sentence of 10 to 20 words more, Chromium laid the article's columns out whole in the next page (they and
  // the picture fitted under the head a few pixels short of the foot once given the room), and the front page
  // printed the masthead alone.
  it("never leaves the front page with the masthead alone, however long the text before it", async () => {
    for (const extra of [0, 10, 15, 20, 30]) {
      const built = await buildClosingPicture(3, extra);
      expect({ extra, headPage: built.headPage, warnings: built.warnings }).toEqual({ extra, headPage: 1, warnings: [] });
    }
  }, 180_000);
});
