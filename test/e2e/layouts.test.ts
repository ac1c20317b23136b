// The bulletin layout (A5, two columns) on the sample issue, and an editor's copy of newspaper in a project's own templates/.

import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument, PDFName, PDFDict } from "@cantoo/pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "../../src/index.js";
import { readArticleText } from "../support/article-text.js";
import { getBrowserPath } from "../support/browser.js";
import { GOOD_ISSUE_MD, makeProject } from "../support/issue-fixture.js";
import { extractLogicalText, findWordsInOrder, KNOWN_DEFECTS, undoReaderHabits } from "../support/pdf-text.js";
import { findInOrder, listFonts, readLatinWordOrders, toWords } from "../support/pdf-tools.js";
import { ROOT, runCli } from "../support/run-cli.js";

const SAMPLE = path.join(ROOT, "issues", "2026-11");
const A5 = { width: (148 / 25.4) * 72, height: (210 / 25.4) * 72 };
const projects: string[] = [];
afterAll(() => projects.forEach((project) => rmSync(project, { recursive: true, force: true })));

interface Word {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

/** Every word of a page with its box, by pdftotext -bbox. */
function readWordBoxes(file: string, page: number): Word[] {
  const html = execFileSync("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  return Array.from(html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g), (match) => ({
    xMin: Number(match[1]),
    yMin: Number(match[2]),
    xMax: Number(match[3]),
    text: match[4] as string,
  }));
}

/**
 * Where text lines start (left-to-right) or end (right-to-left): the two x positions most lines share (one per
 * column of running text, sorted left to right) and the share of all lines that start at one of them.
 */
function findColumnEdges(words: Word[], dir: "ltr" | "rtl"): { edges: number[]; share: number } {
  const lines = new Map<number, Word[]>();
  for (const word of words) {
    const key = Math.round(word.yMin);
    lines.set(key, [...(lines.get(key) ?? []), word]);
  }
  // A line of a column is a run of words without a gap wider than a gutter; its edge is where it starts.
  const edges = new Map<number, number>();
  for (const row of lines.values()) {
    const sorted = [...row].sort((a, b) => a.xMin - b.xMin);
    const runs: Word[][] = [];
    for (const word of sorted) {
      const last = runs[runs.length - 1];
      if (last && word.xMin - (last[last.length - 1] as Word).xMax < 12) last.push(word);
      else runs.push([word]);
    }
    for (const run of runs) {
      const edge = Math.round(dir === "ltr" ? (run[0] as Word).xMin : (run[run.length - 1] as Word).xMax);
      edges.set(edge, (edges.get(edge) ?? 0) + 1);
    }
  }
  // Lines of one column start within a point or two of each other.
  const merged: { at: number; count: number }[] = [];
  for (const [at, count] of [...edges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && at - last.at <= 2) last.count += count;
    else merged.push({ at, count });
  }
  const total = merged.reduce((sum, edge) => sum + edge.count, 0);
  const top = [...merged].sort((a, b) => b.count - a.count).slice(0, 2);
  return { edges: top.map((edge) => edge.at).sort((a, b) => a - b), share: top.reduce((sum, edge) => sum + edge.count, 0) / total };
}

describe("the bulletin layout", () => {
  let result: BuildResult;
  let issueDir: string;
  const pdf = (edition: string) => result.outputs.find((output) => output.edition === edition)?.path as string;

  beforeAll(async () => {
    const { project, issue } = makeProject({});
    projects.push(project);
    cpSync(SAMPLE, issue, { recursive: true });
    const issueMd = readFileSync(path.join(issue, "issue.md"), "utf8");
    // The layout is chosen in issue.md; with no paper named, the layout's own (A5) applies.
    writeFileSync(path.join(issue, "issue.md"), issueMd.replace(/^layout: .*$/m, "layout: bulletin").replace(/^paper: .*\n/m, ""));
    issueDir = issue;
    result = await build({ issue, projectDir: project, outDir: path.join(project, "out"), browser: getBrowserPath() });
  }, 300_000);

  it("prints every edition (language, parallel, flip) on A5, every page box the A5 sheet", async () => {
    expect(readFileSync(path.join(issueDir, "issue.md"), "utf8")).toMatch(/^layout: bulletin$/m);
    expect(result.outputs.map((output) => output.edition)).toEqual(["en", "ar", "parallel", "flip"]);
    for (const output of result.outputs) {
      const doc = await PDFDocument.load(readFileSync(output.path));
      expect(doc.getPageCount()).toBe(output.pages);
      for (const page of doc.getPages()) {
        for (const box of [page.getMediaBox(), page.getTrimBox()]) {
          // Chrome rounds the page to whole CSS pixels: within half a point of 419.5 x 595.3.
          expect(Math.abs(box.width - A5.width), `${output.edition} width`).toBeLessThan(0.75);
          expect(Math.abs(box.height - A5.height), `${output.edition} height`).toBeLessThan(0.75);
        }
      }
    }
  });

  it("sets running text in two columns: starting at two left edges in English, ending at two right edges in Arabic", () => {
    // 11 mm margins, two 60.5 mm columns and a 5 mm gutter: the columns start 31.2 pt and 216.8 pt from the left.
    const english = findColumnEdges(readWordBoxes(pdf("en"), 2), "ltr");
    expect(Math.abs((english.edges[0] as number) - 31.2)).toBeLessThan(2);
    expect(Math.abs((english.edges[1] as number) - 216.8)).toBeLessThan(2);
    // Most lines start at one of the two (the rest are indented first lines, headlines, the folio).
    expect(english.share).toBeGreaterThan(0.6);
    const arabic = findColumnEdges(readWordBoxes(pdf("ar"), 2), "rtl");
    expect(Math.abs((arabic.edges[1] as number) - (A5.width - 31.2))).toBeLessThan(2);
    expect(Math.abs((arabic.edges[0] as number) - (A5.width - 216.8))).toBeLessThan(2);
    expect(arabic.share).toBeGreaterThan(0.6);
  });

  it("puts the page number on the outside edge: left on the English page 2, right on the Arabic one", () => {
    const folio = (file: string) => readWordBoxes(file, 2).find((word) => word.text === "2" && word.yMin > A5.height - 45);
    expect((folio(pdf("en"))?.xMax ?? A5.width) < A5.width / 2).toBe(true);
    expect((folio(pdf("ar"))?.xMin ?? 0) > A5.width / 2).toBe(true);
  });

  it("embeds every font", () => {
    for (const output of result.outputs) {
      const fonts = listFonts(output.path);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((font) => !font.embedded), output.edition).toEqual([]);
    }
  });

  it("prints every word of every English and Arabic paragraph", () => {
    const articles = readdirSync(SAMPLE).filter((name) => /^\d.*\.md$/.test(name)).map((name) => readArticleText(path.join(SAMPLE, name)));
    const readings = readLatinWordOrders(pdf("en"));
    let checked = 0;
    for (const article of articles.filter((entry) => entry.lang === "en")) {
      for (const paragraph of article.paragraphs) {
        const found = readings.some((words) => "end" in findInOrder(words, toWords(paragraph), 0, 400));
        expect(found, `${article.title}: "${paragraph.slice(0, 50)}"`).toBe(true);
        checked += toWords(paragraph).length;
      }
    }
    expect(checked).toBeGreaterThan(1500);
    const arabic = undoReaderHabits(extractLogicalText(pdf("ar")));
    const arabicArticles = articles.filter((entry) => entry.lang === "ar");
    expect(arabicArticles.length).toBeGreaterThan(1);
    for (const article of arabicArticles) {
      for (const paragraph of article.paragraphs) {
        expect(findWordsInOrder(arabic, undoReaderHabits(paragraph), KNOWN_DEFECTS.pdftotext).missing, paragraph.slice(0, 50)).toEqual([]);
      }
    }
  });

  it("marks the Arabic edition right-to-left for viewers", async () => {
    const doc = await PDFDocument.load(readFileSync(pdf("ar")));
    const preferences = doc.catalog.lookupMaybe(PDFName.of("ViewerPreferences"), PDFDict);
    expect(preferences?.get(PDFName.of("Direction"))?.toString()).toBe("/R2L");
  });
});

describe("a layout copied into the project's own templates/", () => {
  /** A project holding templates/<name> (a copy of newspaper, changed by `edit`) and an issue using it. */
  function makeCopiedLayout(name: string, edit: (dir: string) => void) {
    const sentence = "Neighbours gathered at the old ferry steps on Saturday to count the benches, lamps and bins along the river path, and to write down what needs mending first. ";
    const body = Array.from({ length: 6 }, () => sentence.repeat(5).trim()).join("\n\n");
    const { project } = makeProject({
      "issue.md": GOOD_ISSUE_MD.replace("languages: [en]", `languages: [en]\nlayout: ${name}`),
      "01-a.md": `---\ntitle: The river path\n---\n\n${body}\n`,
    });
    projects.push(project);
    const dir = path.join(project, "templates", name);
    cpSync(path.join(ROOT, "templates", "newspaper"), dir, { recursive: true });
    edit(dir);
    return project;
  }

  it("builds with the editor's changes (two columns, red headlines) and pressroom's shared partials, src/ untouched", () => {
    const project = makeCopiedLayout("riverside", (dir) => {
      const css = readFileSync(path.join(dir, "style.css"), "utf8");
      expect(css).toContain("columns: 46mm 5;");
      writeFileSync(path.join(dir, "style.css"), css.replace("columns: 46mm 5;", "column-count: 2;") + "\n.headline { color: #c00000; }\n");
    });
    const run = runCli(["build", "issues/test-issue", "--json"], { cwd: project });
    expect(run.status, run.stderr).toBe(0);
    const file = path.join(project, "output", "test-issue", "en.pdf");
    // A4, 13 mm margins, two columns with a 4.5 mm gutter: lines start at 36.9 pt and 304.0 pt (newspaper's
    // three columns start at 36.9, 218.0 and 399.1 pt).
    const { edges, share } = findColumnEdges(readWordBoxes(file, 1), "ltr");
    expect(Math.abs((edges[0] as number) - 36.9)).toBeLessThan(2);
    expect(Math.abs((edges[1] as number) - 304.0)).toBeLessThan(2);
    expect(share).toBeGreaterThan(0.6);
    // The headline is drawn red: some pixels of page 1 are strongly red.
    const ppm = execFileSync("pdftoppm", ["-r", "30", "-f", "1", "-l", "1", file], { maxBuffer: 1 << 26 });
    expect(countRedPixels(ppm)).toBeGreaterThan(20);
  });

  it("reports a Handlebars mistake in the copied layout with the file and line", () => {
    const project = makeCopiedLayout("broken", (dir) => {
      const file = path.join(dir, "partials", "masthead.hbs");
      writeFileSync(file, readFileSync(file, "utf8").replace("{{#if masthead.subtitle}}", "{{#if masthead.subtitle}}{{#if masthead.alternate}}"));
    });
    const run = runCli(["build", "issues/test-issue"], { cwd: project });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("syntax error");
    expect(run.stderr).toMatch(/templates\/broken\/partials\/masthead\.hbs:\d+/);
  });

  it("explains a break rule whose :is( ) list Paged.js cuts apart, instead of a browser failure to report", () => {
    const project = makeCopiedLayout("islist", (dir) => {
      writeFileSync(path.join(dir, "style.css"), readFileSync(path.join(dir, "style.css"), "utf8") + "\n.story-body :is(h5, h6) { break-after: avoid; }\n");
    });
    const run = runCli(["build", "issues/test-issue"], { cwd: project });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("The layout's stylesheet has a selector the page layout cannot read: “h6)”");
    expect(run.stderr).toContain("without :is( ) or :where( ) lists");
    expect(run.stderr).not.toContain("report the message");
  });

  it("names a missing partial and the line that calls it", () => {
    const project = makeCopiedLayout("nopartial", (dir) => {
      const file = path.join(dir, "layout.hbs");
      writeFileSync(file, readFileSync(file, "utf8").replace("{{> masthead}}", "{{> mast-head}}"));
    });
    const run = runCli(["build", "issues/test-issue"], { cwd: project });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('uses a partial called "mast-head", but there is no mast-head.hbs');
    const line = readFileSync(path.join(project, "templates", "nopartial", "layout.hbs"), "utf8").split("\n").findIndex((row) => row.includes("{{> mast-head}}")) + 1;
    expect(run.stderr).toContain(`templates/nopartial/layout.hbs:${line}:`);
  });
});

/** Pixels of a binary PPM (P6) that are clearly red: the headline colour, not black text or grey rules. */
function countRedPixels(ppm: Buffer): number {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 40).toString("latin1"));
  if (!header) throw new Error("not a PPM");
  let red = 0;
  for (let i = header[0].length; i + 2 < ppm.length; i += 3) {
    if ((ppm[i] as number) > 150 && (ppm[i + 1] as number) < 90 && (ppm[i + 2] as number) < 90) red++;
  }
  return red;
}
