// Soft hyphens no line broke at come out before printing (page/settle-soft-hyphens.js) and the printed pages stay the same to the pixel, in real Chromium.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageScriptUrl } from "../../src/stages/paginate/browser-session.js";
import { useTemplateSession } from "../support/browser.js";

const SHY = "\u00AD";

/**
 * Words whose breaks sit between kerning pairs (Wa, To, AV, Ty, r.), inside ligatures (ff, fi, ffi, fl) and
 * beside accented letters, set in narrow justified columns so lines break at many of them, in regular, italic
 * and bold text (an inline element splits a paragraph's text into several nodes).
 */
const WORDS = [
  "Wa-ter-front",
  "To-wards",
  "AV-ER-AGE",
  "Ty-po-graph-ic",
  "ef-fi-cient",
  "scaf-fold-ing",
  "of-fi-cial-ly",
  "baf-fle-ment",
  "re-flec-tion",
  "neigh-bour-hood",
  "co-op-er-a-tive",
  "par-ti-ci-pa-ción",
  "or-ga-ni-za-ción",
  "pé-ti-tion-nai-res",
  "as-so-cia-tion",
  "in-ter-na-tion-al",
  "com-mu-ni-ty",
  "news-pa-per",
];
const hyphenate = (word: string) => word.replaceAll("-", SHY);
/** A paragraph of `count` words, cycling through WORDS from `offset`, with short words between. */
const paragraph = (count: number, offset: number) =>
  Array.from({ length: count }, (_, index) => hyphenate(WORDS[(index + offset) % WORDS.length] as string) + (index % 3 === 0 ? " and" : "")).join(" ");

const DOCUMENT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="/fonts/fonts.css">
<style>
  @page { size: 148mm 210mm; margin: 0; }
  body { margin: 0; font: 9.5pt/12.5pt "PR Noto Serif"; }
  .pagedjs_pages { width: 148mm; padding: 8mm; box-sizing: border-box; }
  .columns { column-count: 3; column-gap: 4mm; column-fill: auto; height: 60mm; margin-bottom: 4mm; }
  p { margin: 0; text-align: justify; hyphens: manual; }
  /* Columns one line tall: the next column's line has the same top, so only its place tells a break from none. */
  .one-line { column-count: 4; column-gap: 3mm; column-fill: auto; height: 12.5pt; width: 100mm; margin-bottom: 4mm; }
  .pretty { text-wrap: pretty; }
  .spaced { letter-spacing: 0.05em; }
</style></head>
<body><div class="pagedjs_pages">
  <div class="columns">
    <p>${paragraph(40, 0)} <em>${paragraph(12, 5)}</em> ${paragraph(30, 7)} <strong>${paragraph(10, 3)}</strong> ${paragraph(40, 11)}</p>
  </div>
  ${[1, 4, 8, 13].map((offset) => `<div class="one-line"><p class="one">${paragraph(7, offset)}</p></div>`).join("\n  ")}
  <p class="pretty" style="width: 40mm">${paragraph(30, 2)}</p>
  <p class="spaced" style="width: 40mm">${paragraph(24, 9)}</p>
</div></body></html>`;

const session = useTemplateSession();
let page: Page;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), "pressroom-settle-"));
  page = await session().browser.newPage();
  await page.goto(session().server.addDocument("settle-soft-hyphens", DOCUMENT), { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  await page.addScriptTag({ url: session().server.origin + pageScriptUrl("settle-soft-hyphens.js") });
}, 60_000);
afterAll(async () => {
  await page?.close();
  rmSync(folder, { recursive: true, force: true });
});

const printPdf = async () => new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true }));

/** Page images by pdftoppm, as PGM bytes, one per page. */
function rasterize(pdf: Uint8Array, name: string): Buffer[] {
  const file = path.join(folder, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync("pdftoppm", ["-r", "300", "-gray", file, path.join(folder, name)]);
  return readdirSync(folder)
    .filter((entry) => entry.startsWith(`${name}-`) && entry.endsWith(".pgm"))
    .sort()
    .map((entry) => readFileSync(path.join(folder, entry)));
}

/** Each paragraph's text, by class, and how many soft hyphens it holds. */
const readParagraphs = () =>
  page.evaluate(() => Array.from(document.querySelectorAll("p"), (p) => ({ kind: p.className || "columns", text: p.textContent ?? "" })));

/** Soft hyphens left (where they should go) whose next character is on the same line: there should be none. */
const findUnbrokenLeft = () =>
  page.evaluate((shy) => {
    const range = document.createRange();
    const unbroken: string[] = [];
    const walker = document.createTreeWalker(document.querySelector(".pagedjs_pages") as Element, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest(".pretty, .spaced") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let at = node.data.indexOf(shy); at !== -1; at = node.data.indexOf(shy, at + 1)) {
        if (at + 1 >= node.length) continue;
        range.setStart(node, at - 1);
        range.setEnd(node, at);
        const before = range.getBoundingClientRect();
        range.setStart(node, at + 1);
        range.setEnd(node, at + 2);
        const after = Array.from(range.getClientRects()).pop() as DOMRect;
        // Side by side on one line (a ligature's letters share one glyph and report its box: those stay, uncounted).
        if (Math.abs(after.top - before.top) < 0.5 && Math.abs(after.left - before.right) < 0.5) unbroken.push(node.data.slice(Math.max(0, at - 6), at + 6));
      }
    }
    return unbroken;
  }, SHY);

describe("settling soft hyphens before printing", () => {
  let before: { kind: string; text: string }[];
  let result: { found: number; removed: number };
  let printedBefore: Uint8Array;

  beforeAll(async () => {
    before = await readParagraphs();
    printedBefore = await printPdf();
    result = await page.evaluate(() => (window as unknown as { pressroomSettleSoftHyphens(): { found: number; removed: number } }).pressroomSettleSoftHyphens());
  }, 60_000);

  it("takes out most soft hyphens and keeps those where a line breaks", async () => {
    const shies = before.reduce((sum, { text }) => sum + text.split(SHY).length - 1, 0);
    expect(result.found).toBe(shies);
    expect(result.removed).toBeGreaterThan(shies / 2);
    const after = await readParagraphs();
    const columns = after.find(({ kind }) => kind === "columns")?.text ?? "";
    // Dozens of lines in narrow columns: many end in a hyphen.
    expect(columns.split(SHY).length - 1).toBeGreaterThan(10);
    // Some one-line columns end in a hyphen too.
    expect(after.filter(({ kind }) => kind === "one").reduce((sum, { text }) => sum + text.split(SHY).length - 1, 0)).toBeGreaterThan(0);
    expect(await findUnbrokenLeft()).toEqual([]);
  });

  it("loses no letter: each paragraph reads the same without its soft hyphens", async () => {
    const after = await readParagraphs();
    expect(after.map(({ text }) => text.replaceAll(SHY, ""))).toEqual(before.map(({ text }) => text.replaceAll(SHY, "")));
  });

  it("leaves text set with text-wrap: pretty or letter spacing as it was", async () => {
    const after = await readParagraphs();
    for (const kind of ["pretty", "spaced"]) expect(after.find((entry) => entry.kind === kind)?.text).toBe(before.find((entry) => entry.kind === kind)?.text);
  });

  it("prints the same pages, to the pixel at 300 dpi", async () => {
    const printedAfter = await printPdf();
    const pagesBefore = rasterize(printedBefore, "before");
    const pagesAfter = rasterize(printedAfter, "after");
    expect(pagesAfter.length).toBe(pagesBefore.length);
    pagesAfter.forEach((image, index) => expect(image.equals(pagesBefore[index] as Buffer), `page ${index + 1}`).toBe(true));
    // And the PDF is smaller: the spans Chrome wrote for the soft hyphens are gone.
    expect(printedAfter.length).toBeLessThan(printedBefore.length);
  });
});
