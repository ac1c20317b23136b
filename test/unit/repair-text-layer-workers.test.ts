// Covers the text-layer repair spread over worker threads: the same bytes and counts as in-thread, and a failed task left for the main thread.

import { existsSync } from "node:fs";
import { PDFDocument, PDFName } from "@cantoo/pdf-lib";
import { describe, expect, it } from "vitest";
import { countPrintedText } from "../../src/stages/postprocess-pdf/count-printed-text.js";
import { repairTextLayer, repairTextLayerInParallel } from "../../src/stages/postprocess-pdf/repair-text-layer.js";

// Workers run the compiled worker in dist/ (Node cannot run the TypeScript one): these tests need `npm run build`
// (setup runs it), as the end-to-end tests need bin/pressroom.js's dist/.
const DIST = new URL("../../dist/stages/postprocess-pdf/", import.meta.url);

/** Codes of the test font: width (1/1000 em) and ToUnicode text ("0000" = U+0000, unnamed). */
const GLYPHS: [code: string, width: number, text: string][] = [
  ["0003", 268, "0020"], // space
  ["0010", 0, "0000"], // shadda+kasra as one glyph, unnamed: P2 names it from the ActualText
  ["0011", 0, "064B"], // fathatan
  ["0020", 500, "062F"], // dal
  ["0021", 520, "064A"], // yeh
  ["0022", 480, "0631"], // reh
  ["0030", 333, "2010"], // the hyphen drawn where a line breaks at a soft hyphen
  ["0031", 500, "0077"], // w
];

const CMAP = [
  "/CIDInit /ProcSet findresource begin",
  "12 dict begin",
  "begincmap",
  "/CMapName /Adobe-Identity-UCS def",
  "1 begincodespacerange",
  "<0000> <FFFF>",
  "endcodespacerange",
  `${GLYPHS.length} beginbfchar`,
  ...GLYPHS.map(([code, , text]) => `<${code}> <${text}>`),
  "endbfchar",
  "endcmap",
  "CMapName currentdict /CMap defineresource pop",
  "end",
  "end",
].join("\n");

const hex = (text: string) => [...text].map((character) => character.charCodeAt(0).toString(16).padStart(4, "0")).join("");
const at = (actualText: string) => `/Span<</ActualText <feff${hex(actualText)}> >> BDC`;

/** One page as Chrome draws it: clusters drawn mark first (P1), one with an unnamed glyph (P2), a line broken at a soft hyphen (P4). */
function drawPage(index: number): string {
  const y = 200 + index;
  return [
    "BT",
    "/F1 10 Tf",
    `1 0 0 -1 100 ${y} Tm`,
    at("\u062F\u064B"),
    "18.25 7.59 Td <0011> Tj",
    "-6.14 -7.59 Td <0020> Tj",
    "EMC",
    at("\u064A"),
    "20.68 0 Td <0021> Tj",
    "EMC",
    at("\u0631\u0651\u0650"),
    "8 4 Td <0010> Tj",
    "-1.7 -4 Td <0022> Tj",
    "EMC",
    "ET",
    "BT",
    "/F1 10 Tf",
    `1 0 0 -1 100 ${y + 20} Tm`,
    "<0031> Tj",
    at("\u00AD"),
    "5 0 Td <0003> Tj",
    "EMC",
    "ET",
    "BT",
    "/F1 10 Tf",
    `1 0 0 -1 107.68 ${y + 20} Tm`,
    "<0030> Tj",
    "ET",
  ].join("\n");
}

/** A PDF of `pages` pages drawn with one Type0, Identity-H font /F1 (as Chrome embeds them), one page in two content streams. */
async function makePdf(pages: number): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const { context } = doc;
  const widths = GLYPHS.flatMap(([code, width]) => [parseInt(code, 16), [width]]);
  const cidFont = context.register(context.obj({ Type: "Font", Subtype: "CIDFontType2", BaseFont: "TEST+Naskh", CIDSystemInfo: { Registry: "Adobe", Ordering: "Identity", Supplement: 0 }, W: widths }));
  const toUnicode = context.register(context.flateStream(CMAP));
  const font = context.register(context.obj({ Type: "Font", Subtype: "Type0", BaseFont: "TEST+Naskh", Encoding: "Identity-H", DescendantFonts: [cidFont], ToUnicode: toUnicode }));
  for (let index = 0; index < pages; index++) {
    const page = doc.addPage([400, 400]);
    page.node.setFontDictionary(PDFName.of("F1"), font);
    const content = drawPage(index);
    if (index === 1) {
      // Streams of one page are read as one, split between tokens.
      const split = content.indexOf("ET\nBT");
      page.node.set(PDFName.of("Contents"), context.obj([context.register(context.flateStream(content.slice(0, split))), context.register(context.flateStream(content.slice(split)))]));
    } else {
      page.node.set(PDFName.of("Contents"), context.register(context.flateStream(content)));
    }
  }
  return doc;
}

const save = async (doc: PDFDocument) => Buffer.from(await doc.save({ useObjectStreams: true }));

describe("repairTextLayerInParallel", () => {
  it("has the compiled worker to run", () => {
    expect(existsSync(new URL("content-repair-worker.js", DIST)), "dist/ is missing the worker: run `npm run build`").toBe(true);
  });

  it("repairs a document too small for workers in-thread, as repairTextLayer does", async () => {
    const inThread = await makePdf(3);
    const expected = repairTextLayer(inThread);
    const parallel = await makePdf(3);
    expect(await repairTextLayerInParallel(parallel)).toEqual(expected);
    expect((await save(parallel)).equals(await save(inThread))).toBe(true);
  });

  it("gives the same bytes and counts from worker threads as in-thread", async () => {
    const compiled = (await import(new URL("repair-text-layer.js", DIST).href)) as typeof import("../../src/stages/postprocess-pdf/repair-text-layer.js");
    // Big enough for workers (MIN_PAGES_FOR_WORKERS in repair-text-layer.ts).
    const inThread = await makePdf(64);
    const expected = repairTextLayer(inThread);
    // Two clusters and a soft hyphen repaired on every page; two ToUnicode entries (the unnamed glyph, the hyphen) decided over all of them.
    expect(expected).toEqual({ marks: 128, toUnicode: 2, zwnj: 0, softHyphens: 64, skipped: 0 });
    const parallel = await makePdf(64);
    expect(await compiled.repairTextLayerInParallel(parallel)).toEqual(expected);
    expect((await save(parallel)).equals(await save(inThread))).toBe(true);
  });

  it("scans each page's glyphs as Chrome drew them, in the workers as in-thread, for the print-side text check", async () => {
    const compiled = (await import(new URL("repair-text-layer.js", DIST).href)) as typeof import("../../src/stages/postprocess-pdf/repair-text-layer.js");
    const inThread = await makePdf(64);
    const threadScans = new Map();
    repairTextLayer(inThread, { glyphScans: threadScans });
    const parallel = await makePdf(64);
    const workerScans = new Map();
    await compiled.repairTextLayerInParallel(parallel, { glyphScans: workerScans });
    expect([threadScans.size, workerScans.size]).toEqual([64, 64]);
    const fromThread = countPrintedText(inThread, threadScans);
    expect(countPrintedText(parallel, workerScans)).toEqual(fromThread);
    // The glyphs Chrome drew, not the repair's rewrite (which takes the soft hyphens' spans out), named by the
    // repaired ToUnicode (the hyphen at a line's end is "-" now, P4): the unrepaired document's, hyphen aside.
    const unrepaired = countPrintedText(await makePdf(64)).map((page) => new Map([...(page ?? [])].map(([text, count]) => [text === "\u2010" ? "-" : text, count])));
    expect(fromThread).toEqual(unrepaired);
    // Each span reads as its ActualText, the glyphs outside spans as ToUnicode names them.
    expect(fromThread[0]).toEqual(new Map([["\u062F\u064B", 1], ["\u064A", 1], ["\u0631\u0651\u0650", 1], ["\u00AD", 1], ["w", 1], ["-", 1]]));
  });

  it("scans a document repaired in-thread in a worker meanwhile, the same scans as in-thread", async () => {
    const compiled = (await import(new URL("repair-text-layer.js", DIST).href)) as typeof import("../../src/stages/postprocess-pdf/repair-text-layer.js");
    // Long enough to scan aside, too short to repair in workers (MIN_PAGES_TO_SCAN_ASIDE, MIN_PAGES_FOR_WORKERS).
    const inThread = await makePdf(20);
    const threadScans = new Map();
    const expected = repairTextLayer(inThread, { glyphScans: threadScans });
    const aside = await makePdf(20);
    const asideScans = new Map();
    expect(await compiled.repairTextLayerInParallel(aside, { glyphScans: asideScans })).toEqual(expected);
    expect((await save(aside)).equals(await save(inThread))).toBe(true);
    expect(asideScans.size).toBe(20);
    expect(countPrintedText(aside, asideScans)).toEqual(countPrintedText(inThread, threadScans));
  });

  it("leaves a task a worker fails on undefined, for the main thread, and finishes the others", async () => {
    const { runContentRepairs } = (await import(new URL("run-content-repairs.js", DIST).href)) as typeof import("../../src/stages/postprocess-pdf/run-content-repairs.js");
    const good = { parts: [{ text: "BT /F1 10 Tf <0031> Tj ET" }], fonts: [["F1", undefined]] as [string, undefined][], scanGlyphs: false };
    const broken = { parts: [{ text: "BT ET" }], fonts: null as unknown as [string, undefined][], scanGlyphs: false };
    const outcomes = await runContentRepairs([good, broken, good], [], 2);
    expect(outcomes.map((outcome) => outcome?.kind)).toEqual(["repaired", undefined, "repaired"]);
  });
});
