// Office output in real Chromium: a small bulletin issue in English and Arabic imposed as a booklet and 2-up, read back side by side.

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { PDFDocument, PDFName } from "@cantoo/pdf-lib";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProject } from "../support/issue-fixture.js";
import { listFonts, toWords } from "../support/pdf-tools.js";
import { readPlacedWords } from "../support/pdf-words.js";
import { runCli, type CliRun } from "../support/run-cli.js";
import { ARABIC, LATIN } from "../support/word-lists.js";

const fill = (words: string[], count: number, seed: number) => Array.from({ length: count }, (_, i) => words[(seed * 7 + i * 5) % words.length]).join(" ");

/**
 * Three articles of eight 120-word paragraphs, each opening with a marker word (zqp001 ...) so that
 * every page's text differs, translated into Arabic; one photograph. In the bulletin (A5) this makes
 * 5 to 8 pages per edition, so the booklet needs blanks in at least one of them.
 */
async function writeIssue(settings = "editions: [en, ar]"): Promise<Record<string, string | Buffer>> {
  const files: Record<string, string | Buffer> = {
    "issue.md": `---\ntitle: The Office Test\nnumber: 5\ndate: 2026-12-02\nlanguages: [en, ar]\n${settings}\nlayout: bulletin\nimpose: booklet\ncontents: false\n---\n`,
    "images/yard.png": await sharp({ create: { width: 600, height: 400, channels: 3, background: { r: 40, g: 110, b: 160 } } }).png().toBuffer(),
  };
  let paragraph = 0;
  for (let article = 1; article <= 3; article++) {
    const english: string[] = [];
    const arabic: string[] = [];
    for (let k = 0; k < 8; k++) {
      paragraph += 1;
      const marker = `zqp${String(paragraph).padStart(3, "0")}`;
      english.push(`${marker} ${fill(LATIN, 120, paragraph)}.`);
      arabic.push(`${marker} ${fill(ARABIC, 120, paragraph)}.`);
    }
    const picture = article === 1 ? '![The yard](images/yard.png "The yard in winter")\n\n' : "";
    files[`0${article}-story.md`] = `---\ntitle: Story number ${article}\n---\n\n${picture}${english.join("\n\n")}\n`;
    files[`0${article}-story.ar.md`] = `---\ntitle: القصة رقم ${article}\nlang: ar\n---\n\n${picture}${arabic.join("\n\n")}\n`;
  }
  return files;
}

/**
 * What each printed side must carry, [left, right] with 0 for blank, written out by hand for the page
 * counts this issue can come to: blanks just before the back cover; bound on the left in English, on
 * the right in Arabic (each side's halves swapped).
 */
const BOOKLET: Record<"ltr" | "rtl", Record<number, number[][]>> = {
  ltr: {
    5: [[5, 1], [2, 0], [0, 3], [4, 0]],
    6: [[6, 1], [2, 0], [0, 3], [4, 5]],
    7: [[7, 1], [2, 0], [6, 3], [4, 5]],
    8: [[8, 1], [2, 7], [6, 3], [4, 5]],
  },
  rtl: {
    5: [[1, 5], [0, 2], [3, 0], [0, 4]],
    6: [[1, 6], [0, 2], [3, 0], [5, 4]],
    7: [[1, 7], [0, 2], [3, 6], [5, 4]],
    8: [[1, 8], [7, 2], [3, 6], [5, 4]],
  },
};
const TWO_UP: Record<"ltr" | "rtl", Record<number, number[][]>> = {
  ltr: { 5: [[1, 2], [3, 4], [5, 0]], 6: [[1, 2], [3, 4], [5, 6]], 7: [[1, 2], [3, 4], [5, 6], [7, 0]], 8: [[1, 2], [3, 4], [5, 6], [7, 8]] },
  rtl: { 5: [[2, 1], [4, 3], [0, 5]], 6: [[2, 1], [4, 3], [6, 5]], 7: [[2, 1], [4, 3], [6, 5], [0, 7]], 8: [[2, 1], [4, 3], [6, 5], [8, 7]] },
};
const A4_LANDSCAPE = { width: 841.89, height: 595.28 };
const LETTER_LANDSCAPE = { width: 792, height: 612 };
const EDITIONS = [
  { code: "en", dir: "ltr" },
  { code: "ar", dir: "rtl" },
] as const;

function countPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
}

function readPageWords(file: string, page: number): string[] {
  return toWords(execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
}

/** The words printed on one half of a sheet side, cropped at the fold (pdftotext's crop is in points at 72 dpi). */
function readHalfWords(file: string, side: number, half: 0 | 1, sheet: { width: number; height: number }): string[] {
  const mid = Math.round(sheet.width / 2);
  const crop = ["-x", String(half ? mid : 0), "-y", "0", "-W", String(half ? Math.ceil(sheet.width) - mid : mid), "-H", String(Math.ceil(sheet.height))];
  return toWords(execFileSync("pdftotext", ["-f", String(side), "-l", String(side), ...crop, "-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
}

/** For each side, which reading page's words each half carries (0: none, -1: words of no page). */
function identifyHalves(imposed: string, reading: string, sheet = A4_LANDSCAPE): number[][] {
  const pages = Array.from({ length: countPages(reading) }, (_, index) => readPageWords(reading, index + 1).join(" "));
  return Array.from({ length: countPages(imposed) }, (_, index) =>
    ([0, 1] as const).map((half) => {
      const words = readHalfWords(imposed, index + 1, half, sheet).join(" ");
      return words === "" ? 0 : pages.indexOf(words) + 1 || -1;
    }),
  );
}

async function readSheetSizes(file: string): Promise<{ width: number; height: number }[]> {
  const doc = await PDFDocument.load(readFileSync(file));
  return doc.getPages().map((page) => page.getSize());
}

/** `pdfimages -list` rows without the page and object numbers: the pictures themselves (size, colour, encoding). */
function listPictures(file: string): string[] {
  const rows = execFileSync("pdfimages", ["-list", file], { encoding: "utf8" }).trim().split("\n").slice(2);
  return rows.map((row) => row.trim().split(/\s+/)).map((cols) => [cols[2], cols[3], cols[4], cols[5], cols[6], cols[7], cols[8]].join(" ")).sort();
}

let project = "";
let halfLetterProject = "";
let bookletRun: CliRun;
let twoUpRun: CliRun;
let halfLetterRun: CliRun;
const out = (run: "booklet" | "2up", file: string) => path.join(project, `out-${run}`, "office", file);
const outHalfLetter = (file: string) => path.join(halfLetterProject, "output", "office", file);

beforeAll(async () => {
  project = makeProject(await writeIssue(), "office").project;
  halfLetterProject = makeProject(await writeIssue("editions: [en]\npaper: half letter"), "office").project;
  // issue.md says `impose: booklet`; the second build's flag must win over it.
  bookletRun = runCli(["build", "issues/office", "--out", "out-booklet"], { cwd: project });
  twoUpRun = runCli(["build", "issues/office", "--out", "out-2up", "--impose", "2up", "--json"], { cwd: project });
  // Printed on 160 g/m² card: the inner sheet's pages move toward the fold by its thickness (0.2 mm), not office paper's.
  halfLetterRun = runCli(["build", "issues/office", "--paper-weight", "160"], { cwd: halfLetterProject });
}, 300_000);
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(halfLetterProject, { recursive: true, force: true });
});

describe("--impose booklet (from issue.md's impose: booklet)", () => {
  it("builds, writing the reading PDF and the booklet beside it, and says so per edition with its sheet count", () => {
    expect(bookletRun.status, bookletRun.stderr).toBe(0);
    for (const { code } of EDITIONS) {
      expect(existsSync(out("booklet", `${code}.pdf`))).toBe(true);
      const sheets = Math.ceil(countPages(out("booklet", `${code}.pdf`)) / 4);
      expect(bookletRun.stderr).toContain(`done ${code}: booklet, ${sheets} A4 sheet${sheets === 1 ? "" : "s"} printed on both sides -> ${out("booklet", `${code}.booklet.pdf`)}`);
    }
    expect(existsSync(out("booklet", "en.2up.pdf"))).toBe(false);
  });

  it("prints A5 pages on A4 landscape sheets, two sides per sheet, every page where a folded booklet needs it", async () => {
    for (const { code, dir } of EDITIONS) {
      const reading = out("booklet", `${code}.pdf`);
      const booklet = out("booklet", `${code}.booklet.pdf`);
      const pages = countPages(reading);
      expect(BOOKLET[dir][pages], `${code} has ${pages} pages; the fixture should make 5 to 8`).toBeDefined();
      // Each page's words differ from every other page's, so a half matching one page names it.
      const texts = Array.from({ length: pages }, (_, index) => readPageWords(reading, index + 1).join(" "));
      expect(new Set(texts).size).toBe(pages);
      const sizes = await readSheetSizes(booklet);
      expect(sizes).toHaveLength(BOOKLET[dir][pages]?.length as number);
      for (const size of sizes) {
        expect(Math.abs(size.width - A4_LANDSCAPE.width)).toBeLessThan(1);
        expect(Math.abs(size.height - A4_LANDSCAPE.height)).toBeLessThan(1);
      }
      expect(identifyHalves(booklet, reading), code).toEqual(BOOKLET[dir][pages]);
    }
  });

  it("keeps the text vector and selectable, the fonts embedded, and adds no picture", () => {
    for (const { code } of EDITIONS) {
      const reading = out("booklet", `${code}.pdf`);
      const booklet = out("booklet", `${code}.booklet.pdf`);
      const readingWords = toWords(execFileSync("pdftotext", ["-enc", "UTF-8", reading, "-"], { encoding: "utf8" })).sort();
      const bookletWords = toWords(execFileSync("pdftotext", ["-enc", "UTF-8", booklet, "-"], { encoding: "utf8" })).sort();
      expect(bookletWords).toEqual(readingWords);
      const fonts = listFonts(booklet);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((font) => !font.embedded)).toEqual([]);
      // The photograph is there once, as in the reading PDF; no page was turned into a picture.
      expect(listPictures(reading).length).toBeGreaterThan(0);
      expect(listPictures(booklet)).toEqual(listPictures(reading));
    }
  });

  it("keeps the title and language, and has no bookmarks", async () => {
    for (const { code } of EDITIONS) {
      const reading = await PDFDocument.load(readFileSync(out("booklet", `${code}.pdf`)));
      const booklet = await PDFDocument.load(readFileSync(out("booklet", `${code}.booklet.pdf`)));
      expect(booklet.getTitle()).toBe(reading.getTitle());
      expect(booklet.getTitle()).toBe("The Office Test — 5");
      expect(String(booklet.catalog.get(PDFName.of("Lang")))).toBe(String(reading.catalog.get(PDFName.of("Lang"))));
      expect(reading.catalog.get(PDFName.of("Outlines"))).toBeDefined();
      expect(booklet.catalog.get(PDFName.of("Outlines"))).toBeUndefined();
    }
  });
});

describe("--impose booklet on Half Letter (paper: half letter)", () => {
  it("prints 5.5 × 8.5 inch pages on Letter landscape sheets at their own size, every page where a folded booklet needs it", async () => {
    expect(halfLetterRun.status, halfLetterRun.stderr).toBe(0);
    const reading = outHalfLetter("en.pdf");
    const booklet = outHalfLetter("en.booklet.pdf");
    const pages = countPages(reading);
    expect(BOOKLET.ltr[pages], `en has ${pages} pages; the fixture should make 5 to 8`).toBeDefined();
    for (const size of await readSheetSizes(reading)) expect(size).toEqual({ width: 396, height: 612 });
    const sheets = await readSheetSizes(booklet);
    expect(sheets).toHaveLength(BOOKLET.ltr[pages]?.length as number);
    for (const size of sheets) expect(size).toEqual(LETTER_LANDSCAPE);
    expect(halfLetterRun.stderr).toContain(`done en: booklet, ${Math.ceil(pages / 4)} Letter sheets printed on both sides`);
    expect(halfLetterRun.stderr).not.toContain("shrunk");
    expect(identifyHalves(booklet, reading, LETTER_LANDSCAPE)).toEqual(BOOKLET.ltr[pages]);
  });

  it("moves the inner sheet's pages toward the fold by the thickness of the paper --paper-weight names", () => {
    const reading = new Map(readPlacedWords(outHalfLetter("en.pdf")).filter((word) => /^zqp\d+$/.test(word.text)).map((word) => [word.text, word.xMin]));
    const half = LETTER_LANDSCAPE.width / 2;
    const card = (160 * 0.00125 * 72) / 25.4;
    const placed = readPlacedWords(outHalfLetter("en.booklet.pdf")).filter((word) => reading.has(word.text));
    expect(placed.length).toBeGreaterThan(4);
    const sheets = new Set<number>();
    for (const word of placed) {
      // Sides 1 and 2 are the cover sheet (not moved), 3 and 4 the sheet inside it (moved one card's thickness).
      const sheet = Math.floor((word.page - 1) / 2);
      const left = word.xMin < half;
      const shift = word.xMin - (left ? 0 : half) - (reading.get(word.text) as number);
      expect(shift, `${word.text} on side ${word.page}`).toBeCloseTo((left ? 1 : -1) * sheet * card, 1);
      sheets.add(sheet);
    }
    expect([...sheets].sort()).toEqual([0, 1]);
  });
});

describe("--impose 2up (the flag winning over issue.md)", () => {
  it("lists the imposed file of each edition in --json", () => {
    expect(twoUpRun.status, twoUpRun.stderr).toBe(0);
    const summary = JSON.parse(twoUpRun.stdout) as { outputs: { edition: string; path: string; pages: number; imposed?: { mode: string; path: string; sheets: number } }[] };
    expect(summary.outputs.map((output) => output.edition)).toEqual(["en", "ar"]);
    for (const output of summary.outputs) {
      expect(output.imposed).toMatchObject({ mode: "2up", path: out("2up", `${output.edition}.2up.pdf`), sheets: Math.ceil(output.pages / 2) });
      expect(existsSync(output.path)).toBe(true);
      expect(existsSync(out("2up", `${output.edition}.booklet.pdf`))).toBe(false);
    }
    expect(twoUpRun.stderr).not.toContain("shrunk");
  });

  it("puts two consecutive pages on each A4 side, the first on the right in Arabic", async () => {
    for (const { code, dir } of EDITIONS) {
      const reading = out("2up", `${code}.pdf`);
      const twoUp = out("2up", `${code}.2up.pdf`);
      const pages = countPages(reading);
      expect(TWO_UP[dir][pages], `${code} has ${pages} pages`).toBeDefined();
      for (const size of await readSheetSizes(twoUp)) {
        expect(Math.abs(size.width - A4_LANDSCAPE.width)).toBeLessThan(1);
        expect(Math.abs(size.height - A4_LANDSCAPE.height)).toBeLessThan(1);
      }
      expect(identifyHalves(twoUp, reading), code).toEqual(TWO_UP[dir][pages]);
      expect(listPictures(twoUp)).toEqual(listPictures(reading));
    }
  });
});

describe("--impose mistakes", () => {
  it("refuses a value other than booklet or 2up with exit status 2, naming both", () => {
    const run = runCli(["build", "issues/office", "--impose", "poster"], { cwd: project });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--impose takes booklet or 2up; "poster" is neither.');
    expect(run.stderr).toContain("fold");
  });

  it("refuses --impose together with --press with exit status 2, saying to pick one", () => {
    const run = runCli(["build", "issues/office", "--impose", "booklet", "--press"], { cwd: project });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--impose and --press cannot be used together: a print shop imposes the pages on its own sheets.");
  });

  it("reports a wrong impose: in issue.md with its line", () => {
    const { project: other } = makeProject({ "issue.md": "---\ntitle: T\nnumber: 1\ndate: 2026-12-02\nimpose: leaflet\n---\n", "01-a.md": "---\ntitle: A\n---\n\nWords.\n" }, "bad");
    try {
      const run = runCli(["build", "issues/bad"], { cwd: other });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("must be booklet or 2up");
      expect(run.stderr).toContain("issues/bad/issue.md:5");
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
