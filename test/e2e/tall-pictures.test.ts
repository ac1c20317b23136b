// Tall pictures (a portrait photograph across a one-column article, a narrow strip in a column) drawn no taller than part of the page, in real Chromium.

import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProject } from "../support/issue-fixture.js";
import { readPlacedWords, type PlacedWord } from "../support/pdf-words.js";
import { runCli } from "../support/run-cli.js";

/** The embedded pictures' pages, pixels, resolution and printed size (mm), from `pdfimages -list`. */
function listPrinted(file: string) {
  const rows = execFileSync("pdfimages", ["-list", file], { encoding: "utf8" }).trim().split("\n").slice(2);
  return rows
    .map((row) => row.trim().split(/\s+/))
    .filter((cols) => cols[2] === "image")
    .map((cols) => {
      const [width, height, ppiX, ppiY] = [cols[3], cols[4], cols[12], cols[13]].map(Number) as [number, number, number, number];
      return { page: Number(cols[0]), width, height, ppi: ppiX, widthMm: (width / ppiX) * 25.4, heightMm: (height / ppiY) * 25.4 };
    });
}

const picture = (width: number, height: number, format: "jpeg" | "png") => {
  const made = sharp({ create: { width, height, channels: 3, background: { r: 60, g: 90, b: 160 } } });
  return (format === "jpeg" ? made.jpeg() : made.png()).toBuffer();
};

const sentence = "The tenants of the north block met the council on Monday about the windows and the heating. ";
const paragraphs = (count: number) => Array.from({ length: count }, () => sentence.repeat(5).trim()).join("\n\n");

// A4 newspaper: 14 mm and 17 mm margins leave 266 mm of text area; a picture is drawn no taller than 55% of it.
const LIMIT_MM = 266 * 0.55;

describe("tall pictures are drawn no taller than part of the page", () => {
  let project = "";
  let pdf = "";
  let words: PlacedWord[] = [];
  let warnings: { code: string; message: string }[] = [];

  beforeAll(async () => {
    ({ project } = makeProject({
      "issue.md": "---\ntitle: Tall Gazette\nnumber: 1\ndate: 2026-12-06\nlanguages: [en]\n---\n",
      // Across the one column's 184 mm, a 3:4 photograph would be 245 mm tall: more than the front page has left.
      "01-letters.md": `---\ntitle: Letters to the editors\ncolumns: 1\n---\n\n${paragraphs(1)}\n\n![A reader](images/portrait.jpg "Portraitcaption of a reader who wrote to the editors about the stairwell of the north block and the lifts that stop every winter Captionend")\n\n${paragraphs(6)}\n`,
      // In a 58 mm column, a 1:4 strip would be 233 mm tall.
      "02-strip.md": `---\ntitle: The new stairwell\n---\n\n${paragraphs(2)}\n\n![The stairwell](images/strip.png "Stripcaption of the stairwell seen from the third landing once the new handrails were in Stripend")\n\n${paragraphs(8)}\n`,
      "images/portrait.jpg": await picture(1500, 2000, "jpeg"),
      "images/strip.png": await picture(300, 1200, "png"),
    }));
    const run = runCli(["build", "issues/test-issue", "--json"], { cwd: project });
    expect(run.status, run.stderr).toBe(0);
    warnings = JSON.parse(run.stdout).outputs[0].warnings;
    pdf = path.join(project, "output", "test-issue", "en.pdf");
    words = readPlacedWords(pdf);
  }, 180_000);

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it("keeps a portrait photograph across a one-column article on the front page, in its proportions", () => {
    const [portrait] = listPrinted(pdf).filter((image) => image.width / image.height < 0.8 && image.width / image.height > 0.7);
    expect(portrait, JSON.stringify(listPrinted(pdf))).toBeDefined();
    expect(portrait?.heightMm).toBeLessThan(LIMIT_MM + 0.5);
    expect(portrait?.heightMm).toBeGreaterThan(LIMIT_MM - 3);
    // Drawn full width it took page 2 whole and left the front page empty under its headline.
    expect(portrait?.page).toBe(1);
    expect(words.find((word) => word.text === "Portraitcaption")?.page).toBe(1);
    expect(words.find((word) => word.text === "Letters")?.page).toBe(1);
  });

  it("narrows the photograph's figure with it: its caption stands under the picture, not across the column", () => {
    const [portrait] = listPrinted(pdf).filter((image) => image.width / image.height < 0.8 && image.width / image.height > 0.7);
    const first = words.findIndex((word) => word.text === "Portraitcaption");
    const caption = words.slice(first, words.findIndex((word) => word.text === "Captionend") + 1);
    expect(caption.length).toBeGreaterThan(20);
    // The column's left edge: where the article's paragraphs start on the page.
    const left = Math.min(...words.filter((word) => word.page === 1 && word.text === "The").map((word) => word.xMin));
    const mm = (points: number) => (points * 25.4) / 72;
    const inset = (184 - (portrait?.widthMm ?? 0)) / 2;
    expect(inset).toBeGreaterThan(30);
    // Centred in the column, the caption's lines start at the picture's left edge and end within its width (it
    // wraps): before, they ran across the column's 184 mm under a picture of 110.
    expect(Math.abs(mm(Math.min(...caption.map((word) => word.xMin)) - left) - inset)).toBeLessThan(1);
    expect(mm(Math.max(...caption.map((word) => word.xMax)) - left)).toBeLessThan(inset + (portrait?.widthMm ?? 0) + 0.5);
    expect(new Set(caption.map((word) => Math.round(word.yMin))).size).toBeGreaterThan(1);
  });

  it("makes the photograph's print copy for the size it is drawn at, not its box's", () => {
    const [portrait] = listPrinted(pdf).filter((image) => image.width / image.height < 0.8 && image.width / image.height > 0.7);
    // 1500 pixels over about 110 mm would be 346 ppi: made at 300. Measured by its box (184 mm wide), the file was
    // taken to print at 207 ppi and went in whole.
    expect(portrait?.ppi).toBeGreaterThan(295);
    expect(portrait?.ppi).toBeLessThan(305);
    expect(portrait?.width).toBeLessThan(1500);
  });

  it("draws a narrow strip in a column no taller than the limit, and nothing runs past the text area", () => {
    const strip = listPrinted(pdf).find((image) => image.width / image.height < 0.3);
    expect(strip, JSON.stringify(listPrinted(pdf))).toBeDefined();
    expect(strip?.heightMm).toBeLessThan(LIMIT_MM + 0.5);
    expect(Math.abs((strip?.widthMm ?? 0) * 4 - (strip?.heightMm ?? 0))).toBeLessThan(2);
    // Its caption stays about a column wide (20em) rather than narrowing to the strip's 36 mm, where its lines doubled.
    const first = words.findIndex((word) => word.text === "Stripcaption");
    const caption = words.slice(first, words.findIndex((word) => word.text === "Stripend") + 1);
    expect(caption.length).toBeGreaterThan(10);
    const span = ((Math.max(...caption.map((word) => word.xMax)) - Math.min(...caption.map((word) => word.xMin))) * 25.4) / 72;
    expect(span).toBeGreaterThan((strip?.widthMm ?? 0) + 15);
    expect(warnings.filter((warning) => warning.code === "page-overflow"), JSON.stringify(warnings)).toEqual([]);
  });
});
