// Pictures in real Chromium: 300 ppi downscale, low-ppi warning, grayscale, placement and credits, read back from the PDF.

import { execFileSync } from "node:child_process";
import { rmSync, statSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GOOD_ISSUE_MD, makeProject } from "../support/issue-fixture.js";
import { readPlacedWords, type PlacedWord } from "../support/pdf-words.js";
import { runCli } from "../support/run-cli.js";

const ARTICLE = `---
title: Market morning
---

![Bottom](images/stalls.jpg "The stalls at closing time"){.bottom}

Some words about the street market open early on Saturdays until the last stall packs up in the evening.

![Dawn](images/dawn.jpg "Vendors set out crates at dawn"){credit="Photo: Ana Ruiz"}

More words follow the photograph, describing the vendors and their wares in some detail for readers.

![Map](images/map.png "A rough map of the market"){.span-all}

![Wide](images/wide.jpg "The whole square seen from the church"){.top}

The end of the story comes here, with one more sentence.
`;

interface ListedImage {
  page: number;
  width: number;
  height: number;
  color: string;
  enc: string;
  xPpi: number;
  yPpi: number;
}

/** Rows of `pdfimages -list`: each embedded picture with its pixel size, colour space and resolution. */
function listImages(file: string): ListedImage[] {
  const lines = execFileSync("pdfimages", ["-list", file], { encoding: "utf8" }).trim().split("\n").slice(2);
  return lines
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[2] === "image")
    .map((cols) => ({
      page: Number(cols[0]),
      width: Number(cols[3]),
      height: Number(cols[4]),
      color: cols[5] as string,
      enc: cols[8] as string,
      xPpi: Number(cols[12]),
      yPpi: Number(cols[13]),
    }));
}


/** The first word `text` (after `from` in reading order), failing the test when absent. */
function findWord(words: PlacedWord[], text: string, from = 0): PlacedWord {
  const found = words.slice(from).find((word) => word.text === text);
  if (!found) throw new Error(`"${text}" is not in the PDF`);
  return found;
}
/** Reading position: page first, then top to bottom. */
const position = (word: PlacedWord) => word.page * 10_000 + word.yMin;

/** Printed width in mm of a listed picture (its pixels over its resolution). */
const printedMm = (image: ListedImage) => (image.width / image.xPpi) * 25.4;

const originals = { dawn: { width: 4000, height: 3000 }, wide: { width: 4000, height: 2000 }, stalls: { width: 3000, height: 1500 } };
let project = "";
let originalBytes = 0;
let plainPdf = "";
let grayPdf = "";
let summary: { outputs: { warnings: { code: string; message: string; hint?: string; location?: { file: string; line?: number; column?: number } }[] }[] };

beforeAll(async () => {
  // Noisy photographs compress badly, like real ones; generated here rather than committed.
  const photo = (size: { width: number; height: number }, mean: number) =>
    sharp({ create: { ...size, channels: 3, background: "#808080", noise: { type: "gaussian", mean, sigma: 40 } } }).jpeg({ quality: 90 }).toBuffer();
  const files = {
    "issue.md": GOOD_ISSUE_MD,
    "01-market.md": ARTICLE,
    "images/dawn.jpg": await photo(originals.dawn, 128),
    "images/wide.jpg": await photo(originals.wide, 100),
    "images/stalls.jpg": await photo(originals.stalls, 150),
    "images/map.png": await sharp({ create: { width: 200, height: 100, channels: 3, background: { r: 30, g: 120, b: 200 } } }).png().toBuffer(),
  };
  originalBytes = ["images/dawn.jpg", "images/wide.jpg", "images/stalls.jpg"].reduce((sum, name) => sum + (files[name as keyof typeof files] as Buffer).length, 0);
  ({ project } = makeProject(files));
  const plain = runCli(["build", "issues/test-issue", "--json", "--out", "plain"], { cwd: project });
  expect(plain.status, plain.stderr).toBe(0);
  summary = JSON.parse(plain.stdout);
  plainPdf = path.join(project, "plain", "test-issue", "en.pdf");
  const gray = runCli(["build", "issues/test-issue", "--grayscale", "--quiet", "--out", "gray"], { cwd: project });
  expect(gray.status, gray.stderr).toBe(0);
  grayPdf = path.join(project, "gray", "test-issue", "en.pdf");
}, 240_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("pictures downscaled to 300 ppi at their printed size", () => {
  it("embeds every photograph at about 300 ppi, in its aspect ratio, as JPEG", () => {
    const photos = listImages(plainPdf).filter((image) => image.enc === "jpeg");
    expect(photos).toHaveLength(3);
    for (const image of photos) {
      expect(image.xPpi).toBeGreaterThanOrEqual(295);
      expect(image.xPpi).toBeLessThanOrEqual(305);
      expect(image.yPpi).toBeGreaterThanOrEqual(295);
      expect(image.yPpi).toBeLessThanOrEqual(305);
    }
    // The column photograph: 4:3 like the original, far fewer pixels.
    const dawn = photos.find((image) => Math.abs(image.width / image.height - 4 / 3) < 0.01);
    expect(dawn?.width).toBeLessThan(originals.dawn.width / 4);
  });

  it("makes the PDF a fraction of the photographs' own size (Chromium would embed the JPEGs as they are)", () => {
    const size = statSync(plainPdf).size;
    expect(size).toBeLessThan(originalBytes / 5);
  });

  it("warns about a picture under 150 ppi, naming the file, where it is used and what to do", () => {
    const warnings = summary.outputs[0]?.warnings ?? [];
    const low = warnings.filter((warning) => warning.code === "image-low-resolution");
    expect(low).toHaveLength(1);
    expect(low[0]?.message).toMatch(/"images\/map\.png" prints at \d+ ppi: its 200 × 100 pixels/);
    expect(low[0]?.location).toEqual({ file: "issues/test-issue/01-market.md", line: 13, column: 8 });
    expect(low[0]?.hint).toMatch(/larger original .* or print it smaller/);
    // The photographs are sharp enough: no warning names them.
    expect(warnings.some((warning) => /dawn|wide|stalls/.test(warning.message))).toBe(false);
  });
});

describe("placement and credits", () => {
  it("prints a plain picture in one column and {.span-all}, {.top} and {.bottom} across the columns", () => {
    const images = listImages(plainPdf);
    const byRatio = (ratio: number) => images.filter((image) => Math.abs(image.width / image.height - ratio) < 0.01);
    const [dawn] = byRatio(4 / 3);
    const wide = byRatio(2);
    // A4 with 13 mm margins: 184 mm of text, three columns of about 58 mm.
    expect(printedMm(dawn as ListedImage)).toBeGreaterThan(50);
    expect(printedMm(dawn as ListedImage)).toBeLessThan(65);
    expect(wide).toHaveLength(3); // wide.jpg, stalls.jpg and map.png are all 2:1
    for (const image of wide) {
      expect(printedMm(image)).toBeGreaterThan(175);
      expect(printedMm(image)).toBeLessThan(190);
    }
  });

  it("moves the {.top} picture above the article's first words and the {.bottom} one after its last", () => {
    const words = readPlacedWords(plainPdf);
    const first = findWord(words, "Some");
    const last = findWord(words, "sentence.");
    expect(position(findWord(words, "church"))).toBeLessThan(position(first));
    expect(position(findWord(words, "closing"))).toBeGreaterThan(position(last));
  });

  it("prints the credit under its caption, at the end of the column", () => {
    const words = readPlacedWords(plainPdf);
    const captionStart = findWord(words, "Vendors");
    const captionEnd = findWord(words, "dawn");
    const credit = findWord(words, "Ruiz");
    expect(credit.page).toBe(captionStart.page);
    expect(credit.yMin).toBeGreaterThan(captionEnd.yMax - 1);
    // Right-aligned: the credit ends at the column's right edge, about one column (58 mm = 165 pt) from the caption's start.
    expect(credit.xMax - captionStart.xMin).toBeGreaterThan(155);
    expect(credit.xMax - captionStart.xMin).toBeLessThan(170);
    expect(credit.xMin).toBeGreaterThan(captionEnd.xMax);
  });
});

describe("credits in a right-to-left article", () => {
  it("ends the credit at the column's left edge, under an Arabic caption that starts at the right", async () => {
    const { project: arabic } = makeProject({
      "issue.md": "---\ntitle: جريدة الاختبار\nnumber: 3\ndate: 2026-05-01\nlanguages: [ar]\n---\n",
      "01-a.md":
        "---\ntitle: صباح السوق\n---\n\nكلمات عن سوق الشارع الذي يفتح مبكرا أيام السبت حتى آخر كشك في المساء.\n\n" +
        '![فجر](images/dawn.jpg "الباعة يرصون الصناديق عند الفجر"){credit="تصوير: سارة"}\n\nكلمات أخرى تتبع الصورة.\n',
      "images/dawn.jpg": await sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 90, g: 90, b: 90 } } }).jpeg().toBuffer(),
    });
    try {
      const run = runCli(["build", "issues/test-issue", "--quiet"], { cwd: arabic });
      expect(run.status, run.stderr).toBe(0);
      const words = readPlacedWords(path.join(arabic, "output", "test-issue", "ar.pdf"));
      // pdftotext may give Arabic words in visual order: match a word or its reverse.
      const isWord = (word: PlacedWord, text: string) => word.text === text || [...word.text].reverse().join("") === text;
      const caption = words.filter((word) => ["الباعة", "الفجر", "عند"].some((text) => isWord(word, text)));
      const credit = words.find((word) => isWord(word, "سارة"));
      expect(caption.length).toBeGreaterThanOrEqual(2);
      expect(credit).toBeDefined();
      const captionLeft = Math.min(...caption.map((word) => word.xMin));
      const captionRight = Math.max(...caption.map((word) => word.xMax));
      // Naskh's boxes are taller than its lines, so lines are compared by their middles.
      const middle = (word: PlacedWord) => (word.yMin + word.yMax) / 2;
      expect(middle(credit!)).toBeGreaterThan(Math.max(...caption.map(middle)) + 5);
      expect(credit!.xMin).toBeLessThan(captionLeft - 20);
      expect(credit!.xMax).toBeLessThan(captionRight - 60);
    } finally {
      rmSync(arabic, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("grayscale editions", () => {
  it("embeds every picture as one gray channel", () => {
    const images = listImages(grayPdf);
    expect(images).toHaveLength(4);
    expect(images.map((image) => image.color)).toEqual(["gray", "gray", "gray", "gray"]);
    // The colour build had colour pictures, so the difference is the option's doing.
    expect(listImages(plainPdf).some((image) => image.color !== "gray")).toBe(true);
  });
});

describe("a file that is not a picture", () => {
  it("stops the build with a message naming the file and where it is used", () => {
    const { project: broken } = makeProject({
      "issue.md": GOOD_ISSUE_MD,
      "01-a.md": "---\ntitle: A\n---\n\nText.\n\n![Photo](images/photo.jpg \"A photo\")\n",
      "images/photo.jpg": "This is a text file that was renamed .jpg by mistake.",
    });
    try {
      const run = runCli(["build", "issues/test-issue"], { cwd: broken });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('"images/photo.jpg" is not a picture pressroom can read');
      expect(run.stderr).toContain("issues/test-issue/01-a.md:7:");
      expect(run.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
