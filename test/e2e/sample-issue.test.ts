// Builds the sample issue in real Chromium once and checks the PDFs themselves: pages, fonts, boxes, metadata, outline, text.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from "@cantoo/pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "../../src/index.js";
import { readArticleText } from "../support/article-text.js";
import { getBrowserPath } from "../support/browser.js";
import { extractLogicalText, findWordsInOrder, KNOWN_DEFECTS, undoReaderHabits } from "../support/pdf-text.js";
import { extractText, findInOrder, listFonts, readLatinWordOrders, toWords } from "../support/pdf-tools.js";
import { readOutline } from "../support/pdf-outline.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ISSUE = path.join(ROOT, "issues/2026-11");
const BUNDLED_FONT_FILES = /^[A-Z]{6}\+(NotoSerif|NotoNaskhArabic|Vazirmatn|NotoNastaliqUrdu)-/;

let out: string;
let result: BuildResult;
const pdfs: Record<string, PDFDocument> = {};

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), "pressroom-e2e-"));
  result = await build({ issue: ISSUE, projectDir: ROOT, outDir: out, browser: getBrowserPath(), editions: ["en", "ar"] });
  for (const output of result.outputs) pdfs[output.edition] = await PDFDocument.load(readFileSync(output.path));
}, 180_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const englishArticles = () =>
  readdirSync(ISSUE)
    .filter((name) => /^\d.*\.md$/.test(name) && !/\.[a-z]{2}\.md$/.test(name))
    .map((name) => readArticleText(path.join(ISSUE, name)))
    .filter((article) => article.lang === "en");

/** Arabic articles an edition prints: the English edition only those with no English version. */
const arabicArticles = (edition: string) =>
  readdirSync(ISSUE)
    .filter((name) => /^\d.*\.md$/.test(name) && (edition === "ar" || !/\.[a-z]{2}\.md$/.test(name)))
    .map((name) => readArticleText(path.join(ISSUE, name)))
    .filter((article) => article.lang === "ar");

describe("the sample issue, built end to end", () => {
  it("writes one PDF per language to <out>/2026-11/<edition>.pdf", () => {
    expect(result.outputs.map((o) => o.edition)).toEqual(["en", "ar"]);
    for (const output of result.outputs) expect(output.path).toBe(path.join(out, "2026-11", `${output.edition}.pdf`));
  });

  it("has as many pages as the layout reported, and enough pages for its text", () => {
    for (const output of result.outputs) {
      const doc = pdfs[output.edition] as PDFDocument;
      expect(doc.getPageCount()).toBe(output.pages);
      // ~4,000 words of English in 3 columns at 9.5 pt fill 4 to 7 A4 pages; a dropped page shows up here.
      expect(output.pages).toBeGreaterThanOrEqual(4);
      expect(output.pages).toBeLessThanOrEqual(8);
    }
  });

  it("prints on A4 with TrimBox inside BleedBox inside MediaBox on every page", () => {
    for (const doc of Object.values(pdfs)) {
      for (const page of doc.getPages()) {
        const media = page.getMediaBox();
        const bleed = page.getBleedBox();
        const trim = page.getTrimBox();
        expect(media.width).toBeCloseTo(595.3, 0);
        expect(media.height).toBeCloseTo(841.9, 0);
        expect(trim.x).toBeGreaterThanOrEqual(bleed.x);
        expect(trim.y).toBeGreaterThanOrEqual(bleed.y);
        expect(trim.x + trim.width).toBeLessThanOrEqual(bleed.x + bleed.width + 0.01);
        expect(trim.y + trim.height).toBeLessThanOrEqual(bleed.y + bleed.height + 0.01);
        expect(bleed.x + bleed.width).toBeLessThanOrEqual(media.x + media.width + 0.01);
        expect(bleed.y + bleed.height).toBeLessThanOrEqual(media.y + media.height + 0.01);
        // Without press output the trim is the page itself.
        expect(trim).toEqual(media);
      }
    }
  });

  it("embeds every font, and only pressroom's bundled fonts", () => {
    for (const output of result.outputs) {
      const fonts = listFonts(output.path);
      expect(fonts.length).toBeGreaterThan(2);
      for (const font of fonts) {
        expect(font.embedded, `${font.name} in ${output.edition}.pdf`).toBe(true);
        expect(font.name, `unexpected font in ${output.edition}.pdf (a system fallback?)`).toMatch(BUNDLED_FONT_FILES);
        expect(font.type).not.toMatch(/Type 3/);
      }
      const names = fonts.map((font) => font.name).join(" ");
      expect(names).toMatch(/NotoSerif-Regular/);
      expect(names).toMatch(/NotoNaskhArabic-Regular/);
    }
  });

  it("carries title, author, subject, language and the issue's date as metadata", () => {
    const en = pdfs.en as PDFDocument;
    expect(en.getTitle()).toBe("The Riverside Commons — 14");
    expect(en.getAuthor()).toBe("The Riverside Commons");
    expect(en.getSubject()).toBe("News and voices from the east bank, in English and Arabic");
    expect(en.getCreationDate()?.toISOString()).toBe("2026-11-20T00:00:00.000Z");
    expect(en.getCreator()).toMatch(/^pressroom /);
    expect(readLang(en)).toBe("en");
    expect(readLang(pdfs.ar as PDFDocument)).toBe("ar");
    // The Arabic edition's title and subject are its masthead's (issue.ar.md), not issue.md's English.
    expect((pdfs.ar as PDFDocument).getTitle()).toBe("مشاع ريفرسايد — 14");
    expect((pdfs.ar as PDFDocument).getSubject()).toBe("أخبار الضفة الشرقية وأصواتها، بالإنجليزية والعربية");
    // No publisher is written, so the author is the paper's name, in the edition's language too.
    expect((pdfs.ar as PDFDocument).getAuthor()).toBe("مشاع ريفرسايد");
  });

  it("sets the right-to-left reading direction on the Arabic edition only", () => {
    expect(readDirection(pdfs.ar as PDFDocument)).toBe("R2L");
    expect(readDirection(pdfs.en as PDFDocument)).toBe("L2R");
  });

  it("has an outline with one entry per article, each pointing at the page its headline is on", () => {
    for (const output of result.outputs) {
      const doc = pdfs[output.edition] as PDFDocument;
      const entries = readOutline(doc);
      expect(entries.length).toBe(5);
      const pageTexts = splitPages(extractText(output.path));
      for (const entry of entries) {
        const pageText = toWords(pageTexts[entry.pageIndex] ?? "").join(" ");
        // The first words of the headline are on the page the bookmark opens.
        const headWords = toWords(entry.title).slice(0, 3);
        // Right-to-left headlines come out of pdftotext in visual order; those are checked in a later issue.
        if (/^[\x00-\x7F\u2019\u2014]*$/.test(entry.title)) {
          expect(pageText, `"${entry.title}" on page ${entry.pageIndex + 1}`).toContain(headWords.join(" "));
        }
      }
      const pages = entries.map((entry) => entry.pageIndex);
      expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    }
  });

  it("prints every word of every English paragraph, footnote and caption, in reading order", () => {
    const readings = readLatinWordOrders(result.outputs[0]?.path as string);
    let checked = 0;
    for (const article of englishArticles()) {
      // Each reading keeps its own place: a paragraph must follow the one before it in at least one of them.
      const positions = readings.map((words) => {
        const start = findInOrder(words, toWords(article.title), 0, 3);
        return "end" in start ? start.end : -1;
      });
      expect(positions.some((position) => position >= 0), `headline "${article.title}"`).toBe(true);
      for (const paragraph of article.paragraphs) {
        const paragraphWords = toWords(paragraph);
        // Consecutive words may be separated by a caption, pull quote, footnote or page foot, never by a page of text.
        const found = readings.map((words, index) => findInOrder(words, paragraphWords, Math.max(0, positions[index] ?? 0), 400));
        const best = found.reduce((most, item) => Math.max(most, "missingAt" in item ? item.missingAt : paragraphWords.length), 0);
        expect(found.some((item) => "end" in item), `${article.title}: missing from "${paragraphWords.slice(best).slice(0, 8).join(" ")}"`).toBe(true);
        found.forEach((item, index) => { if ("end" in item) positions[index] = item.end; });
        checked += paragraphWords.length;
      }
      for (const note of [...article.footnotes, ...article.captions]) {
        const found = readings.some((words) => "end" in findInOrder(words, toWords(note), 0, 60));
        expect(found, `${article.title}: footnote or caption "${note.slice(0, 40)}"`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(1500);
  });

  it("prints every word of every Arabic paragraph, in logical order", () => {
    for (const output of result.outputs) {
      // pdftotext writes right-to-left lines in visual order; the shared reader puts them back in reading order.
      const extracted = undoReaderHabits(extractLogicalText(output.path));
      const articles = arabicArticles(output.edition);
      expect(articles.length).toBeGreaterThan(0);
      for (const article of articles) {
        for (const paragraph of article.paragraphs) {
          const { missing } = findWordsInOrder(extracted, undoReaderHabits(paragraph), KNOWN_DEFECTS.pdftotext);
          expect(missing, `${output.edition}: "${paragraph.slice(0, 50)}"`).toEqual([]);
        }
      }
    }
  });

  it("numbers the pages in the running footer, and leaves it off the front page", () => {
    const pages = splitPages(extractText(result.outputs[0]?.path as string));
    expect(pages[0]).not.toContain("The Riverside Commons · Issue 14 · November 20, 2026");
    // Only the page foot: the front page's contents box prints page numbers of its own, "1" among them.
    const frontFoot = execFileSync("pdftotext", ["-f", "1", "-l", "1", "-x", "0", "-y", "780", "-W", "596", "-H", "62", "-enc", "UTF-8", result.outputs[0]?.path as string, "-"], { encoding: "utf8" });
    expect(frontFoot.split("\n").map((line) => line.trim())).not.toContain("1");
    for (let index = 1; index < pages.length; index++) {
      const text = pages[index] ?? "";
      expect(text).toContain("The Riverside Commons · Issue 14 · November 20, 2026");
      // A page holding Arabic (a note at its foot) gets pdftotext's bidi embedding marks around every line.
      expect(text.split("\n").map((line) => line.replace(/[\u200e\u200f\u202a-\u202e]/g, "").trim())).toContain(String(index + 1));
    }
  });
});

function readLang(doc: PDFDocument): string | undefined {
  const lang = doc.catalog.lookup(PDFName.of("Lang"));
  return lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined;
}

function readDirection(doc: PDFDocument): string | undefined {
  const prefs = doc.catalog.lookup(PDFName.of("ViewerPreferences"));
  if (!(prefs instanceof PDFDict)) return undefined;
  return prefs.lookup(PDFName.of("Direction"))?.toString().replace("/", "");
}

/** pdftotext ends every page with a form feed, so the piece after the last one is not a page. */
function splitPages(text: string): string[] {
  return text.split("\f").slice(0, -1);
}
