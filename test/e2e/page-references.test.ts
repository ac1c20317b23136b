// Builds an issue with a front-page jump, page references and the contents box in real Chromium, and checks every printed page number against where its target lands.

import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from "@cantoo/pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "../../src/index.js";
import { getBrowserPath } from "../support/browser.js";
import { copySampleImage, makeProject } from "../support/issue-fixture.js";
import { extractText, findInOrder, toWords } from "../support/pdf-tools.js";
import { readOutline } from "../support/pdf-outline.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

// Short words only: hyphenation never breaks them, so pdftotext gives each back whole. Every seventh
// word is a numbered tag (l0x07), which places that spot of the text on a page unambiguously.
const ENGLISH = "sun tide park road mill lane bus tea roof wall door bell map van".split(" ");
const ARABIC = "النهر السوق الجسر المجلس المكتبة الشتاء المطبخ الميناء".split(" ");

function writeParagraph(words: string[], length: number, tag: string, seed: number): string {
  return Array.from({ length }, (_, i) => (i % 7 === 0 && tag ? `${tag}x${String(i).padStart(2, "0")}` : words[(seed * 7 + i * 5) % words.length])).join(" ") + ".";
}

const paragraphs = (count: number, words: string[], tag: string, length = 60) =>
  Array.from({ length: count }, (_, i) => writeParagraph(words, length, tag ? `${tag}${i}` : "", i + tag.length));

const LEAD_FIRST = paragraphs(3, ENGLISH, "la");
const LEAD_REFS = "See the mural on page [#](#underpass-mural), the heading on page [#](#far-heading) and the drawing on page [#](#far-figure).";
const LEAD_REST = paragraphs(6, ENGLISH, "lb");
const AR_FIRST = paragraphs(3, ARABIC, "");
const AR_REST = paragraphs(6, ARABIC, "");

const FILES: Record<string, string> = {
  "issue.md": "---\ntitle: The Test Gazette\nnumber: 3\ndate: 2026-05-01\nlanguages: [en, ar]\neditions: [en, ar, parallel]\ndigits: native\n---\n",
  "01-lead-story.md": ["---", "title: The lead story", "---", "", ...LEAD_FIRST, LEAD_REFS, "<!-- jump -->", ...LEAD_REST].join("\n\n"),
  "01-lead-story.ar.md": [
    "---\ntitle: القصة الرئيسية\nlang: ar\n---",
    ...AR_FIRST,
    "انظر الجدارية في الصفحة [#](#underpass-mural).",
    "<!--more-->",
    ...AR_REST,
  ].join("\n\n"),
  "02-middle.md": ["---\ntitle: A middle article\n---", ...paragraphs(12, ENGLISH, "mi", 70)].join("\n\n"),
  "02-middle.ar.md": ["---\ntitle: مقال في الوسط\nlang: ar\n---", ...paragraphs(12, ARABIC, "", 70)].join("\n\n"),
  "03-underpass-mural.md": [
    "---\ntitle: The underpass mural\n---",
    ...paragraphs(8, ENGLISH, "mu", 70),
    "### A far heading {#far-heading}",
    ...paragraphs(6, ENGLISH, "mv", 70),
    '![A drawing](images/alder-court-scaffolding.svg "The far drawing"){#far-figure}',
    ...paragraphs(3, ENGLISH, "mw", 70),
  ].join("\n\n"),
  "03-underpass-mural.ar.md": ["---\ntitle: جدارية النفق\nlang: ar\n---", ...paragraphs(10, ARABIC, "", 70)].join("\n\n"),
};

interface PageLink {
  /** 1-based page the link is printed on. */
  page: number;
  target: string;
  /** 1-based page its destination is on, as Chromium placed the element with that id. */
  destPage: number;
  /** The number printed inside the link, read back with pdftotext and turned into Latin digits. */
  printed: string;
  rawText: string;
}

let project: string;
let result: BuildResult;
const pdfPath = (edition: string) => result.outputs.find((output) => output.edition === edition)?.path as string;

beforeAll(async () => {
  const made = makeProject(FILES, "jumps");
  project = made.project;
  copySampleImage(made.issue, ROOT);
  result = await build({ issue: made.issue, projectDir: ROOT, outDir: path.join(project, "out"), browser: getBrowserPath() });
}, 240_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("jumps, page references and the contents box, laid out", () => {
  it("builds without warnings", () => {
    expect(result.outputs.map((output) => output.edition)).toEqual(["en", "ar", "parallel"]);
    expect(result.outputs.flatMap((output) => output.warnings)).toEqual([]);
  });

  it("prints every page number as the page its link's destination is on, in every edition", async () => {
    for (const edition of ["en", "ar", "parallel"]) {
      const links = await readPageLinks(pdfPath(edition));
      // en: 3 contents entries, 3 references, 2 jump lines; ar: 3 + 1 + 2; parallel: 3 + 4 (jumps ignored).
      expect(links.length, edition).toBe({ en: 8, ar: 6, parallel: 7 }[edition]);
      for (const link of links) expect(link.printed, `${edition}: ${link.target} printed "${link.rawText}"`).toBe(String(link.destPage));
    }
  });

  it("writes the Arabic edition's numbers in Arabic-Indic digits", async () => {
    const links = await readPageLinks(pdfPath("ar"));
    for (const link of links) expect(link.rawText).toMatch(/^[٠-٩]+$/);
  });

  it("jumps from page 1, and 'Continued on/from page' point at the pages where the two parts are", () => {
    const pages = splitPages(pdfPath("en"));
    const onPage = findPage(pages, "Continued on page");
    expect(onPage).toBe(1);
    const on = Number(/Continued on page (\d+)/.exec(pages[onPage - 1] ?? "")?.[1]);
    // The continuation's head and its first words are on the page the front page names.
    expect(findPage(pages, "Continued from page")).toBe(on);
    expect(findPage(pages, "lb0x00")).toBe(on);
    expect(on).toBeGreaterThan(2);
    const from = Number(/Continued from page (\d+)/.exec(pages[on - 1] ?? "")?.[1]);
    // The first part's last words are on the page the continuation names.
    expect(findPage(pages, "la2x56")).toBe(from);
    expect(from).toBe(onPage);
  });

  it("prints the pages where the referenced article, heading and figure land", () => {
    const pages = splitPages(pdfPath("en"));
    const front = pages[0] ?? "";
    const printed = /mural on page (\d+), the heading on page (\d+) and the drawing on page (\d+)/.exec(front.replace(/\s+/g, " "));
    expect(printed).not.toBeNull();
    const [mural, heading, figure] = (printed ?? []).slice(1).map(Number);
    // Page 1 holds the contents box, which names the mural article too, so its head is looked for from page 2.
    expect(findPage(pages, "The underpass mural", 2)).toBe(mural);
    expect(findPage(pages, "mu0x00")).toBe(mural);
    expect(findPage(pages, "A far heading")).toBe(heading);
    expect(findPage(pages, "The far drawing")).toBe(figure);
    expect(new Set([mural, heading, figure]).size).toBeGreaterThan(1);
  });

  it("points the Arabic edition's jump lines at the pages of the two parts, in Arabic words", () => {
    const pages = splitPages(pdfPath("ar"));
    const onPage = findPage(pages, "يتبع في الصفحة");
    const fromPage = findPage(pages, "تابع من الصفحة");
    expect(onPage).toBe(1);
    expect(fromPage).toBeGreaterThan(1);
    expect(readLineDigits(pages[onPage - 1] ?? "", "يتبع في الصفحة")).toBe(String(fromPage));
    expect(readLineDigits(pages[fromPage - 1] ?? "", "تابع من الصفحة")).toBe(String(onPage));
  });

  it("keeps every word of the jumped article, in order, across the jump", () => {
    const words = toWords(extractText(pdfPath("en")));
    let position = 0;
    for (const [index, paragraph] of [...LEAD_FIRST, ...LEAD_REST].entries()) {
      // The lead story's drop cap prints its first letter apart from the rest of the first word.
      const found = findInOrder(words, toWords(paragraph).slice(index === 0 ? 1 : 0), position, 400);
      expect("end" in found, `missing from "${paragraph.slice(0, 40)}"`).toBe(true);
      if ("end" in found) position = found.end;
    }
  });

  it("prints the whole article in the parallel edition, with no jump lines", () => {
    const text = extractText(pdfPath("parallel"));
    expect(text).not.toContain("Continued on page");
    expect(text).not.toContain("Continued from page");
    const words = toWords(text);
    const first = findInOrder(words, toWords(LEAD_FIRST[0] as string), 0, 400);
    const last = "end" in first ? findInOrder(words, toWords(LEAD_REST[5] as string), first.end, 4000) : first;
    expect("end" in last).toBe(true);
  });

  it("lists in the contents box the outline's entries, in its order, with its pages", async () => {
    for (const edition of ["en", "ar", "parallel"]) {
      const doc = await PDFDocument.load(readFileSync(pdfPath(edition)));
      const outline = readOutline(doc);
      expect(outline).toHaveLength(3);
      const contents = (await readPageLinks(pdfPath(edition))).filter((link) => link.page === 1).slice(0, outline.length);
      expect(contents.map((link) => Number(link.printed)), edition).toEqual(outline.map((entry) => entry.pageIndex + 1));
      expect(contents.map((link) => link.destPage)).toEqual(outline.map((entry) => entry.pageIndex + 1));
      const front = (splitPages(pdfPath(edition))[0] ?? "").replace(/\s+/g, " ");
      for (const entry of outline) for (const title of entry.title.split(" / ")) expect(front, edition).toContain(title);
    }
  });
});

/** pdftotext per page (form feed between pages). */
function splitPages(file: string): string[] {
  return extractText(file).split("\f");
}

/** The 1-based page whose text first holds `needle`, from page `from` on; 0 when none does. */
function findPage(pages: string[], needle: string, from = 1): number {
  const index = pages.findIndex((text, i) => i >= from - 1 && text.replace(/\s+/g, " ").includes(needle));
  return index + 1;
}

/** The digits on the line that holds `phrase`, as Latin digits (pdftotext may write the line in visual order). */
function readLineDigits(page: string, phrase: string): string {
  const line = page.split("\n").find((text) => text.includes(phrase)) ?? "";
  return toLatinDigits((/[0-9٠-٩۰-۹]+/.exec(line) ?? [""])[0]);
}

function toLatinDigits(text: string): string {
  return text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
}

/**
 * Every internal link Chromium wrote for an <a href="#id">: where it is, the page its named destination
 * is on, and the text printed inside its rectangle.
 */
async function readPageLinks(file: string): Promise<PageLink[]> {
  const doc = await PDFDocument.load(readFileSync(file));
  const pageRefs = doc.getPages().map((page) => page.ref.toString());
  const dests = doc.catalog.lookup(PDFName.of("Dests"));
  const links: PageLink[] = [];
  doc.getPages().forEach((page, index) => {
    const annots = page.node.lookup(PDFName.of("Annots"));
    if (!(annots instanceof PDFArray)) return;
    for (let k = 0; k < annots.size(); k++) {
      const annot = annots.lookup(k, PDFDict);
      const dest = annot.get(PDFName.of("Dest"));
      if (!(dest instanceof PDFName) || !(dests instanceof PDFDict)) continue;
      const target = dest.decodeText();
      const destination = dests.lookup(dest);
      const destRef = destination instanceof PDFArray ? destination.get(0) : undefined;
      const rect = (annot.lookup(PDFName.of("Rect"), PDFArray).asArray() as unknown[]).map((value) => Number(String(value)));
      const [x1, y1, x2, y2] = rect as [number, number, number, number];
      const height = page.getHeight();
      const cropped = execFileSync(
        "pdftotext",
        ["-f", String(index + 1), "-l", String(index + 1), "-x", String(Math.floor(x1)), "-y", String(Math.floor(height - y2)), "-W", String(Math.ceil(x2 - x1)), "-H", String(Math.ceil(y2 - y1)), "-enc", "UTF-8", file, "-"],
        { encoding: "utf8" },
      );
      // The rectangle is the number's own box, but pdftotext's crop can take in the full stop after it.
      const rawText = (/[0-9٠-٩۰-۹]+/.exec(cropped) ?? [""])[0];
      links.push({
        page: index + 1,
        target,
        destPage: destRef instanceof PDFRef ? pageRefs.indexOf(destRef.toString()) + 1 : 0,
        printed: toLatinDigits(rawText),
        rawText,
      });
    }
  });
  return links;
}

