// Press output in real Chromium: --press boxes, marks, fonts and preflight; --cmyk through Ghostscript; the messages around them.

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { PDFDocument } from "@cantoo/pdf-lib";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mmToPt } from "../../src/shared/units.js";
import { containsBox } from "../../src/stages/postprocess-pdf/page-boxes.js";
import { findColourProblems } from "../../src/stages/press-pdf/find-colour-problems.js";
import { listContentStreams } from "../../src/stages/press-pdf/list-content-streams.js";
import { readPageBoxes } from "../../src/stages/press-pdf/read-page-boxes.js";
import { makeProject } from "../support/issue-fixture.js";
import { extractText, listFonts, toWords } from "../support/pdf-tools.js";
import { runCli, type CliRun } from "../support/run-cli.js";

const A4 = { width: 595.28, height: 841.89 };
const A5 = { width: 419.53, height: 595.28 };
const ISSUE = (extra: string) => `---\ntitle: The Press Test\nnumber: 7\ndate: 2026-12-02\nlanguages: [en]\ncontents: false\n${extra}---\n`;
// "first", "office" and "scaffolding" are set with fi/ff ligatures, which Ghostscript's text maps give back as U+FB01 ...
const WORDS = "the council met first on tuesday evening to hear from tenants traders and office staff about the scaffolding on the riverside path".split(" ");
const body = (count: number) => Array.from({ length: count }, (_, i) => WORDS[(i * 7) % WORDS.length]).join(" ");
// The picture's path is on line 7, column 8 of the article file.
const PICTURE_ARTICLE = `---\ntitle: Market morning\n---\n\n${body(60)}.\n\n![Map](images/map.png "A rough map of the market"){.span-all}\n\n${body(120)}.\n`;
const PLAIN_ARTICLE = `---\ntitle: A plain story\n---\n\n${body(150)}.\n\n${body(100)}.\n`;

let lowProject = "";
let plainProject = "";
let lowRun: CliRun;
let plainRun: CliRun;
let noGsRun: CliRun;
const out = (project: string, folder: string, file: string) => path.join(project, folder, "test-issue", file);

beforeAll(async () => {
  ({ project: lowProject } = makeProject({
    "issue.md": ISSUE("paper: A5\nlayout: bulletin\npress: { bleed: 5 }\n"),
    "01-market.md": PICTURE_ARTICLE,
    "images/map.png": await sharp({ create: { width: 200, height: 150, channels: 3, background: { r: 30, g: 120, b: 200 } } }).png().toBuffer(),
  }));
  lowRun = runCli(["build", "issues/test-issue", "--press", "--cmyk", "--json", "--out", "press"], { cwd: lowProject, timeoutMs: 240_000 });
  ({ project: plainProject } = makeProject({ "issue.md": ISSUE("paper: A4\n"), "01-plain.md": PLAIN_ARTICLE }));
  plainRun = runCli(["build", "issues/test-issue", "--press", "--out", "press"], { cwd: plainProject });
  noGsRun = runCli(["build", "issues/test-issue", "--press", "--cmyk", "--out", "nogs"], { cwd: plainProject, env: { PRESSROOM_GS: "/nonexistent/gs" } });
}, 600_000);

afterAll(() => {
  for (const project of [lowProject, plainProject]) if (project) rmSync(project, { recursive: true, force: true });
});

async function expectBoxes(file: string, paper: { width: number; height: number }, bleedMm: number): Promise<number> {
  const boxes = readPageBoxes(await PDFDocument.load(readFileSync(file)));
  expect(boxes.length).toBeGreaterThan(0);
  const bleed = mmToPt(bleedMm);
  for (const page of boxes) {
    const { mediaBox, bleedBox, trimBox } = page as Required<typeof page>;
    expect(trimBox.width).toBeCloseTo(paper.width, 1);
    expect(trimBox.height).toBeCloseTo(paper.height, 1);
    expect(bleedBox.x).toBeCloseTo(trimBox.x - bleed, 1);
    expect(bleedBox.y).toBeCloseTo(trimBox.y - bleed, 1);
    expect(bleedBox.width).toBeCloseTo(paper.width + 2 * bleed, 1);
    expect(bleedBox.height).toBeCloseTo(paper.height + 2 * bleed, 1);
    expect(containsBox(mediaBox, bleedBox, 0)).toBe(true);
    expect(containsBox(bleedBox, trimBox, 0)).toBe(true);
    // Room for the marks beyond the bleed on every side.
    expect(bleedBox.x - mediaBox.x).toBeGreaterThan(mmToPt(5));
  }
  return boxes.length;
}

describe("a press PDF with a low-resolution picture, A5, 5 mm bleed from issue.md, in CMYK", () => {
  it("builds (exit 0) and prints the preflight after the build", () => {
    expect(lowRun.status, lowRun.stderr).toBe(0);
    expect(lowRun.stderr).toMatch(/en press PDF: .*en\.press\.pdf/);
    expect(lowRun.stderr).toMatch(/1 problem for the press/);
  });

  it("sets the three boxes on every page: TrimBox the A5 page, BleedBox 5 mm bigger", async () => {
    const pages = await expectBoxes(out(lowProject, "press", "en.press.pdf"), A5, 5);
    expect(pages).toBe((await PDFDocument.load(readFileSync(out(lowProject, "press", "en.pdf")))).getPageCount());
  });

  it("reports the picture under 300 ppi with its page, file:line:column and what to do, in the file and in --json", () => {
    const report = readFileSync(out(lowProject, "press", "en.preflight.txt"), "utf8");
    const line = report.split("\n").find((l) => l.includes("images/map.png"));
    expect(line).toMatch(/^- page 1, issues\/test-issue\/01-market\.md:7:8: The picture "images\/map\.png" prints at \d+ ppi \(200 × 150 pixels\); the press needs 300\. Use an original at least/);
    expect(report.trimEnd().split("\n").at(-1)).toBe("1 problem for the press: see the lines above.");
    const summary = JSON.parse(lowRun.stdout) as { outputs: { press: { path: string; findings: { where: string }[]; colour: string } }[] };
    expect(summary.outputs[0]?.press.colour).toBe("cmyk");
    expect(summary.outputs[0]?.press.findings.map((finding) => finding.where)).toEqual(["page 1, issues/test-issue/01-market.md:7:8"]);
  });

  it("embeds every font (pdffonts)", () => {
    const fonts = listFonts(out(lowProject, "press", "en.press.pdf"));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });

  it("is CMYK only after Ghostscript: no DeviceRGB anywhere, black text on black ink only", async () => {
    const file = out(lowProject, "press", "en.press.pdf");
    const doc = await PDFDocument.load(readFileSync(file));
    const colour = findColourProblems(doc);
    expect(colour.rgb).toEqual([]);
    expect(colour.richBlackText).toBe(0);
    expect(colour.blackInkText).toBeGreaterThan(10);
    const drawing = listContentStreams(doc).map((stream) => stream.text).join("\n");
    expect(drawing).not.toMatch(/\s(rg|RG)\s/);
    expect(drawing).toMatch(/\b0 0 0 1 k\b|\b0 0 0 \.?\d+ k\b/);
    // The marks are in registration colour: all four inks, so every plate shows them.
    expect(drawing).toMatch(/\b1 1 1 1 K\b/);
    // pdfimages names each picture's colour space: none is RGB.
    const images = execFileSync("pdfimages", ["-list", file], { encoding: "utf8" }).trim().split("\n").slice(2);
    expect(images.length).toBeGreaterThan(0);
    for (const row of images) expect(row.split(/\s+/)[5]).not.toBe("rgb");
  });

  it("keeps the text as text: the press PDF has the reading PDF's words (ligatures read back as compatibility characters)", () => {
    const reading = toWords(extractText(out(lowProject, "press", "en.pdf")));
    const press = toWords(extractText(out(lowProject, "press", "en.press.pdf")).normalize("NFKC"));
    expect(reading.length).toBeGreaterThan(150);
    expect(press).toEqual(reading);
  });
});

describe("a clean A4 issue", () => {
  it("writes the press PDF with the default 3 mm bleed and a preflight that says it is ready", async () => {
    expect(plainRun.status, plainRun.stderr).toBe(0);
    await expectBoxes(out(plainProject, "press", "en.press.pdf"), A4, 3);
    expect(readFileSync(out(plainProject, "press", "en.preflight.txt"), "utf8")).toMatch(/^Ready for the press: no problems found\.$/m);
    expect(plainRun.stderr).toMatch(/Ready for the press/);
    // The reading PDF is untouched: no bleed, its TrimBox is its whole page (as Chrome sized it, within a point of A4).
    const reading = readPageBoxes(await PDFDocument.load(readFileSync(out(plainProject, "press", "en.pdf"))))[0];
    expect(reading?.trimBox).toEqual(reading?.mediaBox);
    expect(Math.abs((reading?.mediaBox?.width ?? 0) - A4.width)).toBeLessThan(1);
  });

  it("without Ghostscript says so, how to install it, keeps the file RGB and lists that in the preflight", async () => {
    expect(noGsRun.status, noGsRun.stderr).toBe(0);
    expect(noGsRun.stderr).toMatch(/Ghostscript \("\/nonexistent\/gs"\) is not installed, so the press PDF could not be converted to CMYK/);
    expect(noGsRun.stderr).toMatch(/apt-get install ghostscript/);
    const report = readFileSync(out(plainProject, "nogs", "en.preflight.txt"), "utf8");
    expect(report).toMatch(/The file is in RGB colour, but CMYK was asked for/);
    expect(report).toMatch(/1 problem for the press/);
    // Its marks are plain black (RGB), not four-ink registration colour in a file that is not CMYK.
    const doc = await PDFDocument.load(readFileSync(out(plainProject, "nogs", "en.press.pdf")));
    expect(findColourProblems(doc).rgb.length).toBeGreaterThan(0);
    expect(listContentStreams(doc).map((stream) => stream.text).join("\n")).not.toMatch(/1 1 1 1 K/);
  });
});

describe("mistakes in asking for a press PDF", () => {
  it("refuses a bleed over 10 mm, and --bleed or --cmyk without --press, as command mistakes (exit 2)", () => {
    const big = runCli(["build", "issues/test-issue", "--press", "--bleed", "12"], { cwd: plainProject });
    expect(big.status).toBe(2);
    expect(big.stderr).toMatch(/--bleed takes a number from 0 to 10; "12" is not one/);
    const alone = runCli(["build", "issues/test-issue", "--cmyk"], { cwd: plainProject });
    expect(alone.status).toBe(2);
    expect(alone.stderr).toMatch(/--cmyk is for the press PDF, so it needs --press/);
  });

  it("names the line of a bleed out of range in issue.md (exit 1) and writes nothing", () => {
    const { project } = makeProject({ "issue.md": ISSUE("press:\n  bleed: 20\n"), "01-plain.md": PLAIN_ARTICLE });
    try {
      const run = runCli(["build", "issues/test-issue", "--press", "--out", "bad"], { cwd: project });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/must be from 0 to 10 millimetres/);
      expect(run.stderr).toMatch(/issues\/test-issue\/issue\.md:8:\d+/);
      expect(existsSync(out(project, "bad", "en.press.pdf"))).toBe(false);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
