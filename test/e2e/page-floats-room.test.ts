// Breaks that would leave a page with nothing laid out, or a headline alone: page pictures that leave the text no room (or the page no text) wait for the next page (page/page-floats.js), a break carried back to the page's start by kept-together boxes is found again (page/keep-begun-elements.js), and a headline goes on with its article's first block (page/keep-lines.js).

import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { buildFixture } from "../support/build-fixture.js";
import { extractText } from "../support/pdf-tools.js";
import { makeMeetingParagraphs } from "../support/word-lists.js";

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));


/** A plain drawing `width` by `height` units: what a picture's proportions, not its content, decide here. */
const drawing = (width: number, height: number, fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width * 10}" height="${height * 10}"><rect width="${width}" height="${height}" fill="${fill}"/><circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 3}" fill="#fff"/></svg>`;

const pagesOf = (file: string) => extractText(file).split("\f");
const countIn = (pages: string[], words: string) => pages.filter((page) => page.includes(words)).length;

/** Builds an issue of `files` with `drawings` (file name -> width, height units, fill) in its images folder; gives the edition and its pages' text. */
async function buildDrawn(files: Record<string, string>, drawings: Record<string, [number, number, string]>) {
  const pictures = Object.entries(drawings).map(([name, [width, height, fill]]) => [`images/${name}`, drawing(width, height, fill)]);
  const { project, result } = await buildFixture({ ...files, ...Object.fromEntries(pictures) });
  projects.push(project);
  const output = result.outputs[0]!;
  return { output, pages: pagesOf(output.path) };
}

/**
 * Builds an issue of a report (`reportParagraphs` long) and the pictured article whose Markdown blocks are
 * `blocks` (its front matter `extra` lines added), with the opening drawing `tall` units high for 100 wide and the
 * page-foot drawing 160 by 100. Gives the edition, its pages' text and the page its headline is on.
 */
async function buildPictured(reportParagraphs: number, extra: string, blocks: string[], tall: number) {
  const { output, pages } = await buildDrawn(
    {
      "issue.md": "---\ntitle: Pictures first\nnumber: 1\ndate: 2026-12-05\nlanguages: [en]\ncontents: false\n---\n",
      "01-report.md": `---\ntitle: The report\n---\n\n${makeMeetingParagraphs(reportParagraphs, 0).join("\n\n")}\n`,
      "02-pictured.md": [`---\ntitle: The kitchen opens on Friday\n${extra}---\n`, ...blocks, ""].join("\n\n"),
    },
    { "tall.svg": [100, tall, "#8a9"], "foot.svg": [160, 100, "#a98"] },
  );
  return { output, pages, headPage: pages.findIndex((page) => page.includes("The kitchen opens on Friday")) };
}

const OPENING = '![The kitchen](images/tall.svg "Zanzibar the opening picture caption")';
const FOOT = '![The yard](images/foot.svg "Yellowhammer the foot picture caption"){.page-bottom}';
const FIRST_PARAGRAPH = `Quokka opens the first paragraph. ${makeMeetingParagraphs(1, 40)[0]}`;

/** No warning; the headline's page has the opening picture and first paragraph; the foot picture printed once. */
function expectHeadlineWithOpening({ output, pages, headPage }: Awaited<ReturnType<typeof buildPictured>>) {
  expect(output.warnings.map((warning) => warning.message)).toEqual([]);
  expect(headPage).toBeGreaterThanOrEqual(0);
  expect(pages[headPage]).toContain("Zanzibar the opening picture caption");
  expect(pages[headPage]).toContain("Quokka opens the first paragraph");
  expect(countIn(pages, "Yellowhammer the foot picture caption")).toBe(1);
}

describe("a page picture that leaves an article's opening no room on its page", () => {
  /**
   * The second article opens with a picture across its columns nearly as tall as a page, so its headline and that
   * picture go to page 2 together; the page-foot picture its second paragraph asks for is placed there too, and
   * then headline and opening picture no longer fit above it. Paged.js broke where page 2 began, took that for a
   * loop, and went on after the headline: page 2 printed the headline alone over the foot picture, the article
   * started on page 3, and its text stayed on page 2 unseen below the pictures ("runs past the page's text area").
   */
  it("waits for the next page, and the headline's page carries its article", async () => {
    const built = await buildPictured(8, "", [`${OPENING}{.span-all}`, FIRST_PARAGRAPH, FOOT, ...makeMeetingParagraphs(14, 60)], 110);
    expectHeadlineWithOpening(built);
    const { output, pages, headPage } = built;
    expect(headPage).toBeGreaterThan(0);
    // The foot picture on a later page.
    expect(pages.findIndex((page) => page.includes("Yellowhammer the foot picture caption"))).toBeGreaterThan(headPage);
    // Each word of the article counted once: nothing was left on a page unseen (the count included it).
    expect(output.summary.text.words).toBeLessThan(1.1 * countWords(pages));
  }, 120_000);
});

describe("a page picture waiting from the page before, where the next article opens with a tall picture", () => {
  /**
   * The report's page-foot picture cannot go on the front page, which holds a note (a page is not laid out again
   * once its notes are placed), so it waits for page 2; the report ends on page 1, and page 2 starts with the
   * second article, whose headline and opening picture go on together. Under the waiting picture they did not fit:
   * both went to page 3, and page 2 printed the picture alone, its text area blank above it. (The report is seven
   * paragraphs long so that the opening picture, drawn at less than half its height to start on page 1 under it,
   * is not drawn shorter there: page/fit-pictures-at-breaks.js. With two, the article starts on page 1.)
   */
  it("waits again, and the page carries the article that starts it", async () => {
    const report = makeMeetingParagraphs(7, 0);
    const { output, pages } = await buildDrawn(
      {
        "issue.md": "---\ntitle: Pictures first\nnumber: 1\ndate: 2026-12-05\nlanguages: [en]\ncontents: false\n---\n",
        "01-report.md": `---\ntitle: The report\n---\n\n${report[0]}[^r]\n\n${FOOT}\n\n${report.slice(1).join("\n\n")}\n\n[^r]: Reportnote on the first page.\n`,
        "02-pictured.md": [`---\ntitle: The kitchen opens on Friday\n---\n`, `${OPENING}{.span-all}`, FIRST_PARAGRAPH, ...makeMeetingParagraphs(14, 60), ""].join("\n\n"),
      },
      { "tall.svg": [100, 110, "#8a9"], "foot.svg": [160, 100, "#a98"] },
    );
    const headPage = pages.findIndex((page) => page.includes("The kitchen opens on Friday"));
    expectHeadlineWithOpening({ output, pages, headPage });
    expect(headPage).toBeGreaterThan(0);
    // Every page carries text of the articles, not only a picture and the folio.
    for (const page of pages.filter((text) => text.trim())) expect(countWords([page]), page.slice(0, 80)).toBeGreaterThan(40);
    expect(pages.findIndex((page) => page.includes("Yellowhammer the foot picture caption"))).toBeGreaterThan(0);
  }, 120_000);

  it("with a report of two paragraphs, starts the article on page 1 with its picture drawn shorter, the page's note printed once", async () => {
    // Page 1 laid out again with the picture drawn shorter (page/fit-pictures-at-breaks.js) keeps its note once.
    const report = makeMeetingParagraphs(2, 0);
    const { output, pages } = await buildDrawn(
      {
        "issue.md": "---\ntitle: Pictures first\nnumber: 1\ndate: 2026-12-05\nlanguages: [en]\ncontents: false\n---\n",
        "01-report.md": `---\ntitle: The report\n---\n\n${report[0]}[^r]\n\n${FOOT}\n\n${report[1]}\n\n[^r]: Reportnote on the first page.\n`,
        "02-pictured.md": [`---\ntitle: The kitchen opens on Friday\n---\n`, `${OPENING}{.span-all}`, FIRST_PARAGRAPH, ...makeMeetingParagraphs(14, 60), ""].join("\n\n"),
      },
      { "tall.svg": [100, 110, "#8a9"], "foot.svg": [160, 100, "#a98"] },
    );
    expectHeadlineWithOpening({ output, pages, headPage: pages.findIndex((page) => page.includes("The kitchen opens on Friday")) });
    expect(pages[0]).toContain("The kitchen opens on Friday");
    expect(countIn(pages, "Reportnote on the first page")).toBe(1);
  }, 120_000);
});

describe("a one-column article that opens with a picture in its text", () => {
  /**
   * Where its headline fits at a page's foot and the picture under it does not, Paged.js broke before the picture
   * and left the headline alone there (page/keep-lines.js now takes the headline along). On the next page, the
   * page-foot picture its text asks for took the room the opening picture needed under the headline: the headline
   * stood alone over the page picture, the article overleaf (page/page-floats.js now lets that picture wait).
   * Found by the layout fuzz, in an English article of an English and Arabic issue.
   */
  it("keeps its headline with the picture, at a page's foot and above a page picture", async () => {
    expectHeadlineWithOpening(await buildPictured(9, "columns: 1\n", [FOOT, OPENING, FIRST_PARAGRAPH, ...makeMeetingParagraphs(10, 60)], 70));
  }, 120_000);
});

describe("an article whose body opens with its {.page-top} picture, then a subheading", () => {
  /**
   * On an A5 bulletin's page whose foot holds the report's {.page-bottom} picture, the second article's headline
   * fitted under the report and its {.page-top} picture waited for the next page: Paged.js broke before the
   * subheading after the picture's marker and left the headline alone (page/keep-lines.js now takes it along).
   * Found by the layout fuzz.
   */
  it("takes the headline to the next page with its subheading", async () => {
    const { output, pages } = await buildDrawn(
      {
        "issue.md": "---\ntitle: Pictures first\nnumber: 1\ndate: 2026-12-05\nlanguages: [en]\nlayout: bulletin\npaper: A5\ncontents: false\n---\n",
        "01-report.md": `---\ntitle: The report\n---\n\n${makeMeetingParagraphs(5, 0).join("\n\n")}\n\n${FOOT}\n\n${makeMeetingParagraphs(2, 90).join("\n\n")}\n`,
        "02-pictured.md": `---\ntitle: The kitchen opens on Friday\n---\n\n${OPENING}{.page-top}\n\n## Who cooks\n\n${makeMeetingParagraphs(8, 40).join("\n\n")}\n`,
      },
      { "tall.svg": [100, 70, "#8a9"], "foot.svg": [100, 60, "#a98"] },
    );
    expect(output.warnings.map((warning) => warning.message)).toEqual([]);
    const headPage = pages.findIndex((page) => page.includes("The kitchen opens on Friday"));
    expect(headPage).toBeGreaterThan(0);
    expect(pages[headPage]).toContain("Who cooks");
    // The picture waits for the page after, where the report's page-foot picture leaves it no room (page-floats.js).
    expect(pages.findIndex((page) => page.includes("Zanzibar the opening picture caption"))).toBeGreaterThanOrEqual(headPage);
    expect(countIn(pages, "Zanzibar the opening picture caption")).toBe(1);
    expect(countIn(pages, "Yellowhammer the foot picture caption")).toBe(1);
  }, 120_000);
});

describe("an article whose body opens with its {.page-top} picture, then a picture across its columns", () => {
  /**
   * The picture across the columns did not fit under the headline at the front page's foot (its {.page-top}
   * picture waiting for the next page): Paged.js broke before it and left the headline alone, warned. keep-lines.js
   * took the headline along for any opening block but a picture across the columns, left to keepPicturesWhole,
   * which mends only such a picture laid out on the page, not one wholly past it. Found by the Markdown fuzz (a
   * {.span-2} picture made {.span-all} for want of text beside it, on Letter paper).
   */
  it("takes the headline to the next page with the picture and its text", async () => {
    const sentence = "The tenants of the north block met the council on Monday about the windows and the heating. ";
    const texts = (count: number, repeat: number) => Array.from({ length: count }, () => sentence.repeat(repeat).trim()).join("\n\n");
    const { output, pages } = await buildDrawn(
      {
        "issue.md": "---\ntitle: Spanning Gazette\nnumber: 1\ndate: 2026-12-06\nlanguages: [en]\n---\n",
        "01-first.md": `---\ntitle: The first report\n---\n\n${texts(8, 3)}\n`,
        "02-second.md":
          '---\ntitle: The map of the walk\n---\n\n![A square](images/square.svg "Wagtail the square at the top of a page"){.page-top}\n\n' +
          `![The map](images/map.svg "Heron the map across the columns"){.span-all}\n\n###### Where to meet\n\n${texts(8, 4)}\n`,
      },
      { "square.svg": [100, 100, "#8a9"], "map.svg": [160, 100, "#a98"] },
    );
    expect(output.warnings.map((warning) => warning.message)).toEqual([]);
    // The front page's contents box names the headline too: the page with the article's head is the one with its text.
    const headPage = pages.findIndex((page) => page.includes("Where to meet"));
    expect(headPage).toBeGreaterThan(0);
    expect(pages[headPage]).toContain("The map of the walk");
    expect(pages[headPage]).toContain("Heron the map across the columns");
    expect(pages.slice(0, headPage).join(" ")).not.toContain("Heron the map");
    expect(countIn(pages, "Wagtail the square at the top of a page")).toBe(1);
  }, 120_000);
});

/** Words in the PDF's text, as pdftotext gives them. */
function countWords(pages: string[]): number {
  return pages.join(" ").split(/\s+/).filter(Boolean).length;
}
