// Covers imposePdf on PDFs made with pdf-lib (sheet size, scale, where each page lands), the --impose option and issue.md's impose.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument, StandardFonts } from "@cantoo/pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { parseCommand } from "../../src/cli/parse-command.js";
import { UsageError } from "../../src/diagnostics/errors.js";
import { issueFrontMatterSchema } from "../../src/config/front-matter-schema.js";
import { imposePdf } from "../../src/stages/impose-pdf/impose-pdf.js";
import type { PdfMetadata } from "../../src/stages/postprocess-pdf/set-metadata.js";
import { catchError } from "../fixtures/make-issue.js";

const METADATA: PdfMetadata = { title: "Test — 1", author: "Tester", keywords: [], lang: "ar", direction: "rtl", date: new Date("2026-12-02"), creator: "test" };
const A4 = { width: 595.28, height: 841.89 };
const LETTER = { width: 612, height: 792 };
const HALF_LETTER = { width: 396, height: 612 };
const A5 = { width: 420.945, height: 595.28 };
const folder = mkdtempSync(path.join(os.tmpdir(), "pressroom-impose-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A PDF of `count` pages of one size, page n printing the word "pageN" in its top left corner. */
async function makePdf(count: number, size: { width: number; height: number }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= count; n++) doc.addPage([size.width, size.height]).drawText(`page${n}`, { x: 40, y: size.height - 60, size: 20, font });
  return doc.save();
}

interface PlacedWord {
  side: number;
  text: string;
  x: number;
  y: number;
  height: number;
}

/** Every word of a PDF with its side and position in points from the top left (pdftotext -bbox). */
function readWords(bytes: Uint8Array, name: string): PlacedWord[] {
  const file = path.join(folder, name);
  writeFileSync(file, bytes);
  const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
  const words: PlacedWord[] = [];
  html.split("<page ").slice(1).forEach((page, index) => {
    for (const match of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ side: index + 1, text: match[4] as string, x: Number(match[1]), y: Number(match[2]), height: Number(match[3]) - Number(match[2]) });
    }
  });
  return words;
}

describe("imposePdf", () => {
  it("prints A4 pages as a booklet on A3 landscape at their own size, blanks where the plan has them", async () => {
    const source = await makePdf(6, A4);
    const imposed = await imposePdf({ bytes: source, mode: "booklet", direction: "ltr", metadata: METADATA });
    expect(imposed.sheet).toMatchObject({ name: "A3", width: 1190.55, height: 841.89 });
    expect(imposed.scale).toBe(1);
    const words = readWords(imposed.bytes, "a4-booklet.pdf");
    // Sides [6,1] [2,_] [_,3] [4,5]: each word 40 pt from its page's left edge, which is 0 or the fold.
    const where = words.map((word) => [word.side, word.text, Math.round(word.x - (word.x > 595 ? 595.28 : 0))]);
    expect(where).toEqual([
      [1, "page6", 40], [1, "page1", 40],
      [2, "page2", 40],
      [3, "page3", 40],
      [4, "page4", 40], [4, "page5", 40],
    ]);
    expect(words.filter((word) => word.text === "page1" || word.text === "page5").every((word) => word.x > 595.28)).toBe(true);
    // Same height on the sheet as on the page: not moved up or down, not scaled.
    const original = readWords(source, "a4.pdf")[0] as PlacedWord;
    for (const word of words) expect([word.y, word.height]).toEqual([original.y, original.height]);
  });

  it("moves a booklet's inner sheets' pages toward the fold by a sheet of office paper's thickness for each sheet around them (creep)", async () => {
    // Sixteen A5 pages on four A4 sheets: folded and nested, the middle sheet's fold lies three sheets' thickness
    // (0.3 mm) further out than the cover's, and its pages' text with it.
    const imposed = await imposePdf({ bytes: await makePdf(16, A5), mode: "booklet", direction: "rtl", metadata: METADATA });
    expect(imposed.sheet).toMatchObject({ name: "A4" });
    const fold = imposed.sheet.width / 2;
    const caliper = (0.1 * 72) / 25.4;
    const words = readWords(imposed.bytes, "creep-booklet.pdf");
    expect(words).toHaveLength(16);
    for (const word of words) {
      const sheet = Math.floor((word.side - 1) / 2);
      // Each page drawn at its own size in its half: the word 40 pt from the page's left edge, that edge moved
      // right (toward the fold) on the left half and left on the right half.
      const left = word.x < fold;
      const expected = (left ? 0 : fold) + (fold - A5.width) / 2 + 40 + (left ? 1 : -1) * sheet * caliper;
      expect(word.x, `${word.text} on side ${word.side}`).toBeCloseTo(expected, 1);
    }
    // The cover's pages stay where they were (40 pt into their halves); the middle sheet's pages 8 and 9 move 0.85
    // pt (0.3 mm) toward the fold, the one left of it right and the one right of it left.
    const inHalf = (word: PlacedWord) => (word.x < fold ? word.x : word.x - fold);
    for (const word of words.filter((placed) => placed.side === 1)) expect(inHalf(word)).toBeCloseTo(40, 1);
    const middle = words.filter((word) => word.side === 8);
    expect(middle.map((word) => word.text).sort()).toEqual(["page8", "page9"]);
    for (const word of middle) expect(Math.abs(inHalf(word) - 40)).toBeCloseTo(0.85, 2);
  });

  it("moves them by the thickness of the paper the issue names: twice as far on 160 g/m² card as on office paper", async () => {
    const inHalf = (word: PlacedWord, fold: number) => (word.x < fold ? word.x : word.x - fold);
    const middleShift = async (paperWeight?: number) => {
      const imposed = await imposePdf({ bytes: await makePdf(16, A5), mode: "booklet", direction: "ltr", metadata: METADATA, ...(paperWeight && { paperWeight }) });
      const fold = imposed.sheet.width / 2;
      const middle = readWords(imposed.bytes, `creep-${paperWeight ?? "office"}.pdf`).filter((word) => word.side === 8);
      expect(middle).toHaveLength(2);
      return middle.map((word) => Math.abs(inHalf(word, fold) - 40));
    };
    // Three sheets around the middle one: 0.3 mm (0.85 pt) on office paper, 0.6 mm (1.70 pt) on card.
    for (const shift of await middleShift()) expect(shift).toBeCloseTo(0.85, 2);
    for (const shift of await middleShift(80)) expect(shift).toBeCloseTo(0.85, 2);
    for (const shift of await middleShift(160)) expect(shift).toBeCloseTo(1.7, 2);
  });

  it("moves no page of a 2-up copy, which is cut rather than folded", async () => {
    const imposed = await imposePdf({ bytes: await makePdf(8, A5), mode: "2up", direction: "ltr", metadata: METADATA });
    const fold = imposed.sheet.width / 2;
    const offsets = readWords(imposed.bytes, "creep-2up.pdf").map((word) => Math.round((word.x < fold ? word.x : word.x - fold) * 100) / 100);
    expect(new Set(offsets).size).toBe(1);
  });

  it("imposes a page with nothing drawn on it (no content stream), as a flip edition's blank middle page is", async () => {
    const doc = await PDFDocument.load(await makePdf(3, A4));
    // pdf-lib's own blank page: no /Contents at all, as composeFlip adds where the two halves meet.
    doc.insertPage(2, [A4.width, A4.height]);
    expect(doc.getPage(2).node.Contents()).toBeUndefined();
    const imposed = await imposePdf({ bytes: await doc.save(), mode: "booklet", direction: "ltr", metadata: METADATA });
    // Sides [4,1] [2,3]: the blank third page prints nothing; the fourth is the one that says "page3".
    const words = readWords(imposed.bytes, "blank-booklet.pdf").map((word) => [word.side, word.text]);
    expect(words).toEqual([[1, "page3"], [1, "page1"], [2, "page2"]]);
  });

  it("shrinks A4 pages to fit 2-up on A4 landscape, centred in each half, and says by how much", async () => {
    const imposed = await imposePdf({ bytes: await makePdf(3, A4), mode: "2up", direction: "rtl", metadata: METADATA });
    expect(imposed.sheet).toMatchObject({ name: "A4", width: 841.89, height: 595.28 });
    expect(imposed.scale).toBeCloseTo(595.28 / 841.89, 4);
    const words = readWords(imposed.bytes, "a4-2up.pdf");
    // Right to left: the earlier page on the right; the odd last page alone on the right, a blank beside it.
    expect(words.map((word) => [word.side, word.text, word.x > 420.945 ? "right" : "left"])).toEqual([
      [1, "page2", "left"], [1, "page1", "right"],
      [2, "page3", "right"],
    ]);
    // Scaled by 0.707 and centred: the word 40 pt in becomes 28.3 pt in from the page's scaled left edge.
    const pageWidth = 595.28 * imposed.scale;
    const firstLeft = (420.945 - pageWidth) / 2;
    const page2 = words.find((word) => word.text === "page2") as PlacedWord;
    expect(page2.x).toBeCloseTo(firstLeft + 40 * imposed.scale, 0);
    expect(page2.height).toBeLessThan(20 * 0.75);
  });

  it("puts Letter pages on Tabloid as a booklet and on Letter landscape 2-up", async () => {
    const booklet = await imposePdf({ bytes: await makePdf(4, LETTER), mode: "booklet", direction: "ltr", metadata: METADATA });
    expect(booklet.sheet).toMatchObject({ name: "Tabloid", width: 1224, height: 792 });
    expect(booklet.scale).toBe(1);
    const twoUp = await imposePdf({ bytes: await makePdf(4, LETTER), mode: "2up", direction: "ltr", metadata: METADATA });
    expect(twoUp.sheet).toMatchObject({ name: "Letter", width: 792, height: 612 });
    expect(twoUp.scale).toBeCloseTo(396 / 612, 4);
  });

  it("puts Half Letter pages on Letter landscape at their own size, as a booklet and 2-up", async () => {
    for (const mode of ["booklet", "2up"] as const) {
      const imposed = await imposePdf({ bytes: await makePdf(4, HALF_LETTER), mode, direction: "ltr", metadata: METADATA });
      expect(imposed.sheet).toMatchObject({ name: "Letter", width: 792, height: 612 });
      expect(imposed.scale).toBe(1);
    }
  });

  it("keeps the metadata it is given, and writes no outline", async () => {
    const imposed = await imposePdf({ bytes: await makePdf(2, A4), mode: "booklet", direction: "rtl", metadata: METADATA });
    const doc = await PDFDocument.load(imposed.bytes);
    expect(doc.getTitle()).toBe("Test — 1");
    expect(doc.getAuthor()).toBe("Tester");
    expect(doc.catalog.toString()).toContain("/Lang (ar)");
    expect(doc.catalog.toString()).not.toContain("/Outlines");
    expect(doc.getPageCount()).toBe(2);
  });
});

describe("--impose and issue.md's impose", () => {
  it("takes booklet and 2up (in any case), and leaves the choice to issue.md without the flag", () => {
    expect(parseCommand(["build", "x", "--impose", "booklet"])).toMatchObject({ kind: "build", impose: "booklet" });
    expect(parseCommand(["build", "x", "--impose", "2UP"])).toMatchObject({ kind: "build", impose: "2up" });
    const plain = parseCommand(["build", "x"]);
    expect(plain.kind === "build" && plain.impose).toBeUndefined();
  });

  it("refuses any other value as a usage error that lists both", () => {
    const error = catchError(() => parseCommand(["build", "x", "--impose", "poster"]));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('--impose takes booklet or 2up; "poster" is neither.');
    expect(error.hint).toContain("--impose booklet");
    expect(error.hint).toContain("--impose 2up");
  });

  it("refuses --impose with --press, in either order: a print shop imposes the pages itself", () => {
    for (const argv of [["build", "x", "--impose", "booklet", "--press"], ["build", "x", "--press", "--impose", "2up"]]) {
      const error = catchError(() => parseCommand(argv));
      expect(error).toBeInstanceOf(UsageError);
      expect(error.code).toBe("usage-impose-with-press");
      expect(error.message).toContain("print shop");
      expect(error.hint).toContain("pick one");
    }
  });

  it("accepts impose: booklet or 2up in issue.md and refuses anything else", () => {
    const base = { title: "T", number: 1, date: "2026-12-02" };
    expect(issueFrontMatterSchema.parse({ ...base, impose: "2up" }).impose).toBe("2up");
    expect(issueFrontMatterSchema.parse(base).impose).toBeUndefined();
    const wrong = issueFrontMatterSchema.safeParse({ ...base, impose: "leaflet" });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toBe("must be booklet or 2up");
  });

  it("accepts paper-weight in g/m² in issue.md, as a number or as on the ream, and refuses a word or a weight no office printer takes", () => {
    const base = { title: "T", number: 1, date: "2026-12-02" };
    expect(issueFrontMatterSchema.parse({ ...base, "paper-weight": 120 })["paper-weight"]).toBe(120);
    expect(issueFrontMatterSchema.parse({ ...base, "paper-weight": "120gsm" })["paper-weight"]).toBe(120);
    expect(issueFrontMatterSchema.parse({ ...base, "paper-weight": "100 g/m²" })["paper-weight"]).toBe(100);
    expect(issueFrontMatterSchema.parse(base)["paper-weight"]).toBeUndefined();
    const word = issueFrontMatterSchema.safeParse({ ...base, "paper-weight": "heavy" });
    expect(word.error?.issues[0]?.message).toBe("must be the paper's weight in g/m², a number such as 80 or 120");
    const card = issueFrontMatterSchema.safeParse({ ...base, "paper-weight": 400 });
    expect(card.error?.issues[0]?.message).toBe("must be from 40 to 350 g/m²");
  });
});
