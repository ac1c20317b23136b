// The leaflet layout in real Chromium: the sample leaflet in English and Arabic, fitted to six panels and printed onto both sides of one A4 sheet.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument } from "@cantoo/pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "../../src/index.js";
import { getBrowserPath } from "../support/browser.js";
import { makeProject } from "../support/issue-fixture.js";
import { listFonts, toWords } from "../support/pdf-tools.js";
import { readPlacedWords } from "../support/pdf-words.js";
import { runCli } from "../support/run-cli.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ISSUE = path.join(ROOT, "issues/2026-12-leaflet");
const MM = 72 / 25.4;
const SHEET = { width: 841.89, height: 595.28 };

/**
 * The panels each side should show, left to right, with their widths in mm, written out here rather than
 * computed: outside [flap, back, cover] and inside [2, 3, 4], mirrored for a right-to-left leaflet.
 */
const EXPECTED = {
  ltr: { outside: [[5, 97], [6, 100], [1, 100]], inside: [[2, 100], [3, 100], [4, 97]] },
  rtl: { outside: [[1, 100], [6, 100], [5, 97]], inside: [[4, 97], [3, 100], [2, 100]] },
} as const;

let out: string;
let result: BuildResult;

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), "pressroom-leaflet-"));
  result = await build({ issue: ISSUE, projectDir: ROOT, outDir: out, browser: getBrowserPath(), press: {} });
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The words pdftotext finds in a rectangle of one page (points from the top left). */
function readWordsIn(file: string, page: number, box: { x: number; width: number }): string[] {
  const args = ["-f", String(page), "-l", String(page), "-r", "72", "-x", String(Math.floor(box.x)), "-y", "0", "-W", String(Math.ceil(box.width)), "-H", "596"];
  return toWords(execFileSync("pdftotext", [...args, "-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
}

function readPageWords(file: string, page: number): string[] {
  return toWords(execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
}

describe("the sample leaflet, built end to end", () => {
  it("writes each edition as one sheet of two A4 landscape sides, with its six panels in reading order beside it", async () => {
    expect(result.outputs.map((output) => output.edition)).toEqual(["en", "ar"]);
    for (const output of result.outputs) {
      expect(output.pages, output.edition).toBe(2);
      expect(output.panels, output.edition).toEqual({ path: path.join(out, "2026-12-leaflet", `${output.edition}.panels.pdf`), count: 6 });
      const sheet = await PDFDocument.load(readFileSync(output.path));
      expect(sheet.getPageCount()).toBe(2);
      for (const side of sheet.getPages()) {
        expect([side.getWidth(), side.getHeight()].map((value) => Math.round(value * 100) / 100)).toEqual([SHEET.width, SHEET.height]);
        expect(side.getTrimBox()).toEqual(side.getMediaBox());
      }
      const panels = await PDFDocument.load(readFileSync(output.panels?.path ?? ""));
      expect(panels.getPageCount()).toBe(6);
      // Every panel is laid out 100 mm wide (Chrome rounds to whole CSS pixels: within half a millimetre).
      expect(Math.abs(panels.getPage(0).getWidth() / MM - 100)).toBeLessThan(0.5);
      expect(listFonts(output.path).every((font) => font.embedded)).toBe(true);
    }
  });

  it("fits each edition to its six panels and says what it changed, with no panel left empty", () => {
    for (const output of result.outputs) {
      expect(output.fitted, output.edition).toMatch(/^(Fitted to|Fits) its 6 panels/);
      expect(output.warnings.filter((warning) => warning.code === "sheet-underfilled"), output.edition).toEqual([]);
      for (let page = 1; page <= 6; page++) expect(readPageWords(output.panels?.path ?? "", page).length, `${output.edition} panel ${page}`).toBeGreaterThan(40);
    }
  });

  it("prints each panel whole in its place on the sheet: the flap narrower, mirrored for Arabic", () => {
    for (const output of result.outputs) {
      const direction = output.lang === "ar" ? "rtl" : "ltr";
      for (const [sideIndex, side] of [EXPECTED[direction].outside, EXPECTED[direction].inside].entries()) {
        let x = 0;
        for (const [page, width] of side) {
          const shown = readWordsIn(output.path, sideIndex + 1, { x: x * MM, width: width * MM });
          expect(shown, `${output.edition} side ${sideIndex + 1}, panel ${page}`).toEqual(readPageWords(output.panels?.path ?? "", page));
          x += width;
        }
      }
    }
  });

  it("puts the masthead on the cover and the contacts on the back panel", () => {
    for (const output of result.outputs) {
      const words = readPlacedWords(output.path);
      const cover = words.find((word) => word.text === "Know");
      const email = words.find((word) => word.text.includes("rights@riverside-commons.example"));
      // The cover is the outside's right third (left third in Arabic); the back is the outside's middle.
      expect(cover?.page).toBe(1);
      expect(output.lang === "ar" ? (cover?.xMax ?? 999) < 100 * MM : (cover?.xMin ?? 0) > 197 * MM, output.edition).toBe(true);
      expect(email?.page).toBe(1);
      expect((email?.xMin ?? 0) > 97 * MM && (email?.xMax ?? 999) < 200 * MM, output.edition).toBe(true);
    }
  });

  it("keeps every word at least 8 mm from the sheet's edges, the flap's cut edge included", () => {
    for (const output of result.outputs) {
      const words = readPlacedWords(output.path);
      expect(words.length).toBeGreaterThan(500);
      const left = Math.min(...words.map((word) => word.xMin));
      const right = Math.max(...words.map((word) => word.xMax));
      expect(left / MM, output.edition).toBeGreaterThanOrEqual(8);
      expect(SHEET.width - right, output.edition).toBeGreaterThanOrEqual(8 * MM);
      // The flap's pages keep the same distance from its cut edge as the other panels from theirs (9 mm, at least 8).
      const flapSide = output.lang === "ar" ? 2 : 1;
      const flapWords = words.filter((word) => word.page === flapSide && word.xMax < 97 * MM);
      expect(Math.min(...flapWords.map((word) => word.xMin)) / MM, output.edition).toBeGreaterThanOrEqual(8);
    }
  });

  it("presses the sheet for a print shop: the trim is the A4 landscape sheet", async () => {
    const english = result.outputs.find((output) => output.edition === "en");
    const pressed = await PDFDocument.load(readFileSync(english?.press?.path ?? ""));
    const trim = pressed.getPage(0).getTrimBox();
    expect([trim.width, trim.height].map((value) => Math.round(value * 100) / 100)).toEqual([SHEET.width, SHEET.height]);
    expect(pressed.getPageCount()).toBe(2);
  });
});

describe("a leaflet's table across the columns", () => {
  it("is cut at a panel's foot like any table, every row printed: a leaflet has one column a panel, nothing to span", async () => {
    // Written for {.span-all} in a newspaper and pasted into a leaflet: across the columns it spanned the
    // panel's own page box, could not be cut, and the build stopped with rows 23 to 60 missing.
    const stair = ["north", "south", "east"];
    const rows = Array.from({ length: 60 }, (_, index) => `| Flat ${index + 1} on the ${stair[index % 3]} stair | £${100 + index * 7}.50 | ${(index % 28) + 1} May |`);
    const paragraph = "The tenants' association met on Tuesday in the library hall to go through the repair schedule line by line, flat by flat, and agreed who would check each stage as the builders finish it.";
    const { project, issue } = makeProject({
      "issue.md": "---\ntitle: Tenants' rights\nnumber: 1\ndate: 2026-12-01\nlanguages: [en]\nlayout: leaflet\ncontacts:\n  - \"Letters: 1 Mill Lane\"\n---\n",
      "01-rent.md": `---\ntitle: What the rents are\n---\n\n${Array(4).fill(`${paragraph} ${paragraph}`).join("\n\n")}\n\n| Home | Rent | Due |\n|---|--:|--:|\n${rows.join("\n")}\n\n{.span-all}\n\n${Array(10).fill(paragraph).join("\n\n")}\n`,
    });
    const output = path.join(project, "output");
    try {
      const built = await build({ issue, projectDir: project, outDir: output, browser: getBrowserPath() });
      const [leaflet] = built.outputs;
      expect(leaflet?.warnings.map((warning) => warning.code)).not.toContain("page-overflow");
      const words = execFileSync("pdftotext", ["-enc", "UTF-8", leaflet?.panels?.path ?? "", "-"], { encoding: "utf8" });
      for (let flat = 1; flat <= 60; flat++) expect(words, `Flat ${flat}`).toMatch(new RegExp(`Flat ${flat} on the`));
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("what the leaflet layout refuses", () => {
  it("refuses a flip edition before laying anything out, naming issue.md's line and the entry's column", () => {
    const { project } = makeProject({
      "issue.md": "---\ntitle: Leaflet\nnumber: 1\ndate: 2026-05-01\nlanguages: [en, ar]\nlayout: leaflet\neditions: [en, flip]\n---\n",
      "01-one.md": "---\ntitle: One\n---\n\nSome words.\n",
      "01-one.ar.md": "---\ntitle: واحد\n---\n\nبعض الكلمات.\n",
    });
    try {
      const run = runCli(["build", "issues/test-issue"], { cwd: project, timeoutMs: 60_000 });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('cannot print a flip edition ("flip"');
      // At `flip` in `editions: [en, flip]`, not at the list's bracket.
      expect(run.stderr).toMatch(/issue\.md:7:16\b/);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
