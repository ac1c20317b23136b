// Covers the print-side text check: each PDF page's text read from its glyphs and ActualText spans, and pages that lack letters their laid-out page shows.

import { readFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument, PDFOperator, StandardFonts } from "@cantoo/pdf-lib";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { countPrintedText, type PrintedText } from "../../src/stages/postprocess-pdf/count-printed-text.js";
import { describeTextLostInPrint, findTextLostInPrint, foldLetters } from "../../src/stages/postprocess-pdf/find-text-lost-in-print.js";

const SERIF = readFileSync(path.resolve(import.meta.dirname, "../../fonts/noto-serif/NotoSerif-Regular.ttf"));

/** A PDF whose pages draw `texts` in Noto Serif, embedded as Chrome embeds fonts (Type0, two-byte codes, ToUnicode). */
async function makePdf(texts: string[]): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(SERIF, { subset: true });
  for (const text of texts) doc.addPage([300, 300]).drawText(text, { x: 20, y: 150, size: 10, font });
  return PDFDocument.load(await doc.save());
}

/** What a page drew, piece by piece, in a fixed order. */
const pieces = (printed: PrintedText | undefined) => [...(printed ?? new Map<string, number>())].flatMap(([text, count]) => Array<string>(count).fill(text)).sort();
const sorted = (text: string) => Array.from(text).sort();

describe("countPrintedText", () => {
  it("reads each page's text from its glyphs' ToUnicode names", async () => {
    const pages = countPrintedText(await makePdf(["Harbour", "Ferry Road"]));
    expect(pages.map(pieces)).toEqual([sorted("Harbour"), sorted("Ferry Road")]);
  });

  it("reads a span's ActualText in place of its glyphs, as Chrome writes a cluster it cannot name glyph by glyph", async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const font = await doc.embedFont(SERIF, { subset: true });
    const page = doc.addPage([300, 300]);
    page.drawText("sh", { x: 20, y: 150, size: 10, font });
    // The glyphs drawn inside the span ("XY" here) are read as what the span says, "fi".
    page.pushOperators(PDFOperator.of("BDC" as never, ["/Span <</ActualText (fi)>>"]));
    page.drawText("XY", { x: 20, y: 100, size: 10, font });
    page.pushOperators(PDFOperator.of("EMC" as never));
    const [printed] = countPrintedText(await PDFDocument.load(await doc.save()));
    expect(pieces(printed)).toEqual(["fi", "h", "s"]);
  });

  it("leaves unread a page drawn in a font whose glyphs it cannot name", async () => {
    const doc = await PDFDocument.create();
    doc.addPage([300, 300]).drawText("Harbour", { font: await doc.embedFont(StandardFonts.Helvetica) });
    expect(countPrintedText(await PDFDocument.load(await doc.save()))).toEqual([undefined]);
  });
});

describe("findTextLostInPrint", () => {
  const LATIN_ONLY = { arabic: false };
  const WITH_ARABIC = { arabic: true };
  const drawn = (text: string): PrintedText => new Map(Array.from(text, (char) => [char, 1] as const).reduce((map, [char]) => map.set(char, (map.get(char) ?? 0) + 1), new Map<string, number>()));

  it("passes a page that draws every letter its laid-out page shows, and more (running heads, page numbers)", () => {
    expect(findTextLostInPrint([drawn("The Commons · 3 · Harbour news")], ["Harbour news"], LATIN_ONLY)).toEqual([]);
  });

  it("finds a page missing a line, and quotes the laid-out words from where its letters run short", () => {
    const laidOut = "Scaffolding went up on Monday.\nResidents watched from the windows as the poles climbed.";
    const lost = findTextLostInPrint([drawn("Scaffolding went up on Monday."), drawn("Page two")], [laidOut, "Page two"], LATIN_ONLY);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.page).toBe(1);
    expect(laidOut).toContain(lost[0]?.near);
    expect(lost[0]?.near.split(" ").length).toBeLessThanOrEqual(8);
  });

  it("compares without case or accents: capitals set by the layout, ß as SS, accents composed or not", () => {
    expect(findTextLostInPrint([drawn("NEWS · STRASSE · CAFE\u0301")], ["News · Straße · café"], LATIN_ONLY)).toEqual([]);
    expect(foldLetters("Ærø ﬁn İ", false)).toEqual(["æ", "r", "ø", "f", "i", "n", "i"]);
  });

  it("reads Arabic-script letters when asked, without vowel marks and through presentation forms, else Latin letters only", () => {
    expect(findTextLostInPrint([drawn("Menu")], ["قائمة Menu"], LATIN_ONLY)).toEqual([]);
    expect(findTextLostInPrint([drawn("Men")], ["قائمة Menu"], LATIN_ONLY)).toEqual([{ page: 1, near: "Menu" }]);
    // A lam-alef ligature read as its presentation form, the vowel marks not drawn as text: the letters are there.
    expect(findTextLostInPrint([drawn("\uFEFBعب Menu")], ["لَا عَب Menu"], WITH_ARABIC)).toEqual([]);
    expect(findTextLostInPrint([drawn("Menu")], ["قائمة Menu"], WITH_ARABIC)).toEqual([{ page: 1, near: "قائمة Menu" }]);
    // A glyph Persian yeh and Arabic yeh (or kaf and keheh) share is named as one of them.
    expect(findTextLostInPrint([drawn("يك")], ["یک"], WITH_ARABIC)).toEqual([]);
  });

  it("lets a page come up three Arabic-script letters short, as a ligature's name can drop one, but not four, nor one Latin letter", () => {
    const line = "سالن پله ندارد و ورودی ویلچر";
    const minus = (text: string, letters: string) => [...letters].reduce((rest, letter) => rest.replace(letter, ""), text);
    expect(findTextLostInPrint([drawn(minus(line, "لرد"))], [line], WITH_ARABIC)).toEqual([]);
    expect(findTextLostInPrint([drawn(minus(line, "لردو"))], [line], WITH_ARABIC)).toHaveLength(1);
    expect(findTextLostInPrint([drawn(minus("Harbour news", "w"))], ["Harbour news"], WITH_ARABIC)).toEqual([{ page: 1, near: "news" }]);
  });

  it("does not check a page it could not read, nor a PDF whose page count differs from the layout's", () => {
    expect(findTextLostInPrint([undefined], ["Harbour"], LATIN_ONLY)).toEqual([]);
    expect(findTextLostInPrint([drawn("")], ["Harbour", "Ferry"], LATIN_ONLY)).toEqual([]);
  });

  it("words the warning for an editor, by page or by a leaflet's panel", () => {
    const warning = describeTextLostInPrint({ page: 4, near: "unloading steel poles" }, "en", "page");
    expect(warning.message).toBe("Page 4 of the en PDF is missing text that pressroom laid out on it, near the words “unloading steel poles”: the browser printed it differently from its layout.");
    expect(warning.hint).toMatch(/^Look at page 4 of the PDF near those words\./);
    expect(describeTextLostInPrint({ page: 2, near: "x" }, "ar", "panel").message).toMatch(/^Panel 2 of the ar PDF/);
  });
});
