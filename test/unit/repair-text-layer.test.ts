// Covers the text-layer repair: the content-stream tokenizer and parser, the glyph-line reader, ToUnicode reading and patching, and each repair (P1 marks, P2 ToUnicode, P3 ZWNJ) on small synthetic PDFs, glyph positions checked by an independent walk.

import { PDFDict, PDFDocument, PDFName, type PDFRef } from "@cantoo/pdf-lib";
import { describe, expect, it } from "vitest";
import { createMeasure } from "../../src/stages/postprocess-pdf/measure-glyphs.js";
import { parseContentStream, readOperations, type ContentValue, type Operation } from "../../src/stages/postprocess-pdf/parse-content-stream.js";
import { patchToUnicode } from "../../src/stages/postprocess-pdf/patch-to-unicode.js";
import type { FontInfo, ToUnicodeSource } from "../../src/stages/postprocess-pdf/read-fonts.js";
import { readToUnicode } from "../../src/stages/postprocess-pdf/read-to-unicode.js";
import { keepVoters, planSpanRepairs, repairContent, scanContent } from "../../src/stages/postprocess-pdf/repair-content.js";
import { repairTextLayer } from "../../src/stages/postprocess-pdf/repair-text-layer.js";
import { scanGlyphLines } from "../../src/stages/postprocess-pdf/scan-glyph-lines.js";
import { scanTextSpans, type Draw } from "../../src/stages/postprocess-pdf/scan-text-spans.js";
import { formatNumber, rewriteContentStream, RewriteError, type Rewrite } from "../../src/stages/postprocess-pdf/rewrite-content-stream.js";
import { readStreamText } from "../../src/stages/postprocess-pdf/stream-text.js";
import { ContentSyntaxError, tokenizeContentStream, type Token } from "../../src/stages/postprocess-pdf/tokenize-content-stream.js";
import { lookupRawStream } from "../support/lookup-raw-stream.js";

const bytesOf = (token: Token | ContentValue | undefined) => (token && "bytes" in token ? [...token.bytes] : undefined);

describe("tokenizeContentStream", () => {
  it("reads numbers, names, keywords and delimiters with their byte offsets", () => {
    const tokens = tokenizeContentStream("1 0 0 -1 .5 +3. -0.25 Tm /F#231 10 Tf [<<>>] T* ' \" true");
    expect(tokens.map((token) => ("value" in token ? token.value : token.type))).toEqual([1, 0, 0, -1, 0.5, 3, -0.25, "Tm", "F#1", 10, "Tf", "[", "<<", ">>", "]", "T*", "'", '"', "true"]);
    const name = tokens[8] as Token;
    expect([name.start, name.end]).toEqual([25, 31]);
  });

  it("gives the same value as Number() for every real it reads", () => {
    for (const word of ["2.3550568", "-6.1430359", "1.47167969", "452.89063", "0.1", "123456789012.5", "-.000001", "12345678901234567.5"]) {
      expect((tokenizeContentStream(word)[0] as Token & { value: number }).value).toBe(Number(word));
    }
  });

  it("decodes literal strings: escapes, octal, balanced parentheses, line continuations and line ends", () => {
    const [string] = tokenizeContentStream("(a\\(b\\)\\n\\101\\0618 (nested) c\\\nd\re\\q)");
    expect(String.fromCharCode(...(bytesOf(string) ?? []))).toBe("a(b)\nA18 (nested) cd\neq");
    expect(string?.end).toBe(37);
  });

  it("decodes hex strings, whitespace ignored and an odd last digit padded", () => {
    const tokens = tokenizeContentStream("<FEFF 062f> <abc> <>");
    expect(tokens.map(bytesOf)).toEqual([[0xfe, 0xff, 0x06, 0x2f], [0xab, 0xc0], []]);
  });

  it("skips comments", () => {
    expect(tokenizeContentStream("q % a comment (with a paren\nQ").map((token) => "value" in token && token.value)).toEqual(["q", "Q"]);
  });

  it("reads an inline image's data as one token, even when the data holds EI", () => {
    const data = "\x00\xffEI\x01 EI\x80\x81";
    const tokens = tokenizeContentStream(`BI /W 2 /H 2 /BPC 8 /CS /G ID ${data}\nEI Q`);
    const image = tokens.find((token) => token.type === "inline-image-data");
    expect(image && `BI /W 2 /H 2 /BPC 8 /CS /G ID ${data}\nEI Q`.slice(image.start, image.end)).toBe(data);
    expect(tokens.slice(-2).map((token) => "value" in token && token.value)).toEqual(["EI", "Q"]);
  });

  it("throws on what a reader could only guess at", () => {
    for (const broken of ["(open", "<12", "<zz>", "1.2.3 Td", ")", "> x", "BI /W 1 ID \x01\x02"]) {
      expect(() => tokenizeContentStream(broken), broken).toThrow(ContentSyntaxError);
    }
  });
});

describe("parseContentStream", () => {
  it("groups operands with their operator and keeps the bytes each operation spans", () => {
    const text = "BT\n/Span<</ActualText <feff0631> /Lang (ar)>> BDC\n2.5 0 Td [<0001> -120 <0002>] TJ EMC ET";
    const operations = parseContentStream(text);
    expect(operations.map((operation) => operation.operator)).toEqual(["BT", "BDC", "Td", "TJ", "EMC", "ET"]);
    const bdc = operations[1];
    expect(text.slice(bdc?.start, bdc?.end)).toBe("/Span<</ActualText <feff0631> /Lang (ar)>> BDC");
    const dict = bdc?.operands[1];
    expect(dict?.type === "dict" && bytesOf(dict.entries.get("ActualText"))).toEqual([0xfe, 0xff, 0x06, 0x31]);
    const array = operations[3]?.operands[0];
    expect(array?.type === "array" && array.items.map((item) => item.type)).toEqual(["string", "number", "string"]);
  });

  it("reads an inline image as one BI operation", () => {
    const operations = parseContentStream("q BI /W 1 /H 1 /F [/AHx] ID 00>\nEI Q");
    expect(operations.map((operation) => operation.operator)).toEqual(["q", "BI", "Q"]);
    const dict = operations[1]?.operands[0];
    expect(dict?.type === "dict" && [...dict.entries.keys()]).toEqual(["W", "H", "F"]);
  });

  it("throws on operands left without an operator, or unbalanced brackets", () => {
    for (const broken of ["1 0 Td 5", "[1 2 TJ", "<< /A 1 BDC", "1 ] Td", "<< 1 2 >> BDC"]) expect(() => parseContentStream(broken), broken).toThrow(ContentSyntaxError);
    // Read one at a time, the same error comes when the reading reaches it, after the operations before it.
    const read: string[] = [];
    expect(() => {
      for (const operation of readOperations("q 1 0 0 1 0 0 cm [1 2 TJ")) read.push(operation.operator);
    }).toThrow(ContentSyntaxError);
    expect(read).toEqual(["q", "cm"]);
  });

  it("reads the same operations one at a time, and from an operation's first byte the rest of the stream", () => {
    const text = "BT /F1 10 Tf\n/Span<</ActualText <feff00ad> >> BDC 5 0 Td <0003> Tj EMC (a) Tj ET";
    const operations = parseContentStream(text);
    expect([...readOperations(text)]).toEqual(operations);
    const bdc = operations.findIndex((operation) => operation.operator === "BDC");
    expect([...readOperations(text, (operations[bdc] as Operation).start)]).toEqual(operations.slice(bdc));
  });
});

const CMAP = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Adobe-Identity-UCS def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
3 beginbfchar
<0003> <0020>
<0010> <0000>
<0011> <064B>
endbfchar
1 beginbfrange
<0020> <0022> <0628>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;

describe("readToUnicode and patchToUnicode", () => {
  it("reads bfchar and bfrange entries, and the code length", () => {
    const cmap = readToUnicode(CMAP);
    expect(cmap.codeLength).toBe(2);
    expect(cmap.texts.get(0x03)).toBe(" ");
    expect(cmap.texts.get(0x10)).toBe("\0");
    expect(cmap.texts.get(0x22)).toBe("\u062A");
    expect(cmap.inRanges.has(0x21)).toBe(true);
  });

  it("writes a text over a U+0000 entry, adds codes the CMap leaves out, and leaves named or ranged codes alone", () => {
    const cmap = readToUnicode(CMAP);
    const fixes = new Map([
      [0x10, "\u0651\u0650"],
      [0x40, "\u064E"],
      [0x11, "x"],
      [0x21, "y"],
    ]);
    const patched = patchToUnicode(CMAP, cmap, fixes);
    expect(patched.applied).toEqual([0x10, 0x40]);
    expect(patched.text).toContain("<0010> <06510650>");
    expect(patched.text).toContain("1 beginbfchar\n<0040> <064E>\nendbfchar\nendcmap");
    const reread = readToUnicode(patched.text);
    expect(reread.texts.get(0x10)).toBe("\u0651\u0650");
    expect(reread.texts.get(0x40)).toBe("\u064E");
    expect(reread.texts.get(0x11)).toBe("\u064B");
    // Nothing else changed.
    expect(patched.text.replace("<06510650>", "<0000>").replace("1 beginbfchar\n<0040> <064E>\nendbfchar\n", "")).toBe(CMAP);
  });

  it("renames the codes it is told to (P4's hyphens): a bfchar entry in place, a ranged code by an entry after the range", () => {
    const cmap = readToUnicode(CMAP);
    const patched = patchToUnicode(CMAP, cmap, new Map([[0x11, "-"], [0x21, "-"]]), new Set([0x11, 0x21]));
    expect(patched.applied).toEqual([0x11, 0x21]);
    expect(patched.text).toContain("<0011> <002D>");
    expect(patched.text.indexOf("<0021> <002D>")).toBeGreaterThan(patched.text.indexOf("endbfrange"));
    expect(readToUnicode(patched.text).texts.get(0x11)).toBe("-");
  });
});

describe("rewriteContentStream", () => {
  const measure = () => ({ width: 500, glyphs: 1, spaces: 0 });

  it("refuses a rewrite that would leave the text state other than the original's", () => {
    const text = "BT /F1 10 Tf /Span <</ActualText <FEFF0628>>> BDC <0023> Tj EMC <0021> Tj ET";
    const operations = parseContentStream(text);
    const forgetsToRestore: Rewrite = { open: 2, close: 4, emits: [{ kind: "copy", index: 2 }, { kind: "scale", value: 0 }, { kind: "copy", index: 3 }, { kind: "copy", index: 4 }] };
    expect(() => rewriteContentStream(text, operations, [forgetsToRestore], measure)).toThrow(RewriteError);
  });

  it("copies every byte outside the rewritten spans, comments and line ends included", () => {
    const text = "% Chrome\r\nBT /F1 10 Tf\t/Span <</ActualText <FEFF0628>>> BDC <0023> Tj EMC  <0021> Tj ET\n";
    const operations = parseContentStream(text);
    const same: Rewrite = { open: 2, close: 4, emits: [{ kind: "copy", index: 2 }, { kind: "copy", index: 3 }, { kind: "copy", index: 4 }] };
    expect(rewriteContentStream(text, operations, [same], measure)).toBe(text.replace("BDC <0023> Tj EMC", "BDC\n<0023> Tj\nEMC"));
  });
});

describe("formatNumber", () => {
  it("writes plain PDF numbers", () => {
    expect([0, -0, 1.5, -6.14303589999, 12.1, 1e-10, -1e-10, 123456.000000001].map(formatNumber)).toEqual(["0", "0", "1.5", "-6.1430359", "12.1", "0", "0", "123456"]);
  });
});

// ---- synthetic PDFs -------------------------------------------------------------------------------------

/** Glyph codes of the test font, with their widths (1/1000 em) and ToUnicode texts ("" = U+0000). */
const GLYPHS: Record<number, { width: number; text: string }> = {
  0x03: { width: 268, text: " " }, // space (Chrome draws a ZWNJ with it)
  0x10: { width: 0, text: "" }, // shadda+kasra as one glyph, unnamed
  0x11: { width: 0, text: "\u064B" }, // fathatan
  0x12: { width: 0, text: "\u0651" }, // shadda
  0x20: { width: 500, text: "\u062F" }, // dal
  0x21: { width: 520, text: "\u064A" }, // yeh
  0x22: { width: 480, text: "\u0631" }, // reh
  0x23: { width: 600, text: "\u0628" }, // beh
  0x30: { width: 333, text: "\u2010" }, // the hyphen Chrome draws where a line breaks at a soft hyphen
  0x31: { width: 500, text: "w" },
  0x32: { width: 300, text: "i" },
  0x33: { width: 550, text: "n" },
  0x34: { width: 600, text: "ff" }, // a ligature Chrome draws across a soft hyphen (scaf|folding)
};

const hex = (text: string) => [...text].map((character) => character.charCodeAt(0).toString(16).padStart(4, "0")).join("");
const at = (actualText: string) => `/Span<</ActualText <feff${hex(actualText)}> >> BDC`;

function makeToUnicode(): string {
  const entries = Object.entries(GLYPHS).map(([code, glyph]) => `<${Number(code).toString(16).padStart(4, "0")}> <${glyph.text === "" ? "0000" : hex(glyph.text)}>`);
  return CMAP.replace(/3 beginbfchar[\s\S]*?endbfchar\n1 beginbfrange[\s\S]*?endbfrange\n/, `${entries.length} beginbfchar\n${entries.join("\n")}\nendbfchar\n`);
}

/** The test font as the repairs read a page's fonts (resource name /F1), for tests that scan content without a PDF. */
function makeContentFonts(): Map<string, FontInfo> {
  const cmap = readToUnicode(makeToUnicode());
  const widths = new Map(Object.entries(GLYPHS).map(([code, glyph]) => [Number(code), glyph.width]));
  return new Map([["F1", { baseFont: "TEST+Naskh", widths, defaultWidth: 1000, toUnicode: { cmap, text: "" } as unknown as ToUnicodeSource }]]);
}

interface TestPdf {
  doc: PDFDocument;
  contentOf(pageIndex?: number): string;
  toUnicode(): string;
}

/** A PDF whose pages draw `contents` with font /F1 (Type0, Identity-H, like Chrome's); forms become /X1, /X2 …. */
async function makePdf(contents: string[], forms: string[] = []): Promise<TestPdf> {
  const doc = await PDFDocument.create();
  const { context } = doc;
  const toUnicodeRef = context.register(context.flateStream(makeToUnicode()));
  const widths = Object.entries(GLYPHS).flatMap(([code, glyph]) => [Number(code), [glyph.width]]);
  const cidFont = context.register(
    context.obj({ Type: "Font", Subtype: "CIDFontType2", BaseFont: "TEST+Naskh", CIDSystemInfo: { Registry: "Adobe", Ordering: "Identity", Supplement: 0 }, W: widths }),
  );
  const font = context.register(context.obj({ Type: "Font", Subtype: "Type0", BaseFont: "TEST+Naskh", Encoding: "Identity-H", DescendantFonts: [cidFont], ToUnicode: toUnicodeRef }));
  const contentRefs: PDFRef[] = [];
  for (const content of contents) {
    const page = doc.addPage([400, 400]);
    page.node.setFontDictionary(PDFName.of("F1"), font);
    forms.forEach((form, index) => {
      const resources = context.obj({ Font: { F1: font } });
      const stream = context.flateStream(form, { Type: "XObject", Subtype: "Form", BBox: [0, 0, 400, 400], Resources: resources });
      page.node.setXObject(PDFName.of(`X${index + 1}`), context.register(stream));
    });
    const ref = context.register(context.flateStream(content));
    page.node.set(PDFName.of("Contents"), ref);
    contentRefs.push(ref);
  }
  const read = (ref: PDFRef) => readStreamText(lookupRawStream(context, ref)) ?? "";
  return { doc, contentOf: (pageIndex = 0) => read(contentRefs[pageIndex] as PDFRef), toUnicode: () => read(toUnicodeRef) };
}

/** Where each glyph is drawn, walked independently of the repair's own text-state code: [code, x, y], sorted. */
function placeGlyphs(content: string): [number, number, number][] {
  const placed: [number, number, number][] = [];
  let matrix = [1, 0, 0, 1, 0, 0];
  let line = [0, 0];
  let pen = [0, 0];
  let size = 0;
  let scale = 100;
  let leading = 0;
  let charSpacing = 0;
  const moveTo = (x: number, y: number) => {
    line = [x, y];
    pen = [x, y];
  };
  for (const { operator, operands } of parseContentStream(content)) {
    const numbers = operands.map((operand) => (operand.type === "number" ? operand.value : Number.NaN));
    if (operator === "BT") moveTo(0, 0);
    if (operator === "Tm") {
      matrix = numbers;
      moveTo(0, 0);
    }
    if (operator === "Tf") size = numbers[1] as number;
    if (operator === "Tz") scale = numbers[0] as number;
    if (operator === "TL") leading = numbers[0] as number;
    if (operator === "Tc") charSpacing = numbers[0] as number;
    if (operator === '"') charSpacing = numbers[1] as number;
    if (operator === "TD") leading = -(numbers[1] as number);
    if (operator === "Td" || operator === "TD") moveTo((line[0] as number) + (numbers[0] as number), (line[1] as number) + (numbers[1] as number));
    if (operator === "T*" || operator === "'" || operator === '"') moveTo(line[0] as number, (line[1] as number) - leading);
    if (operator === "Tj" || operator === "'" || operator === '"') {
      const shown = operands[operands.length - 1];
      const bytes = shown?.type === "string" ? [...shown.bytes] : [];
      for (let index = 0; index < bytes.length; index += 2) {
        const code = ((bytes[index] as number) << 8) | (bytes[index + 1] as number);
        const [a, b, c, d, e, f] = matrix as [number, number, number, number, number, number];
        const [x, y] = pen as [number, number];
        placed.push([code, round(a * x + c * y + e), round(b * x + d * y + f)]);
        pen = [x + ((((GLYPHS[code]?.width ?? 1000) / 1000) * size + charSpacing) * scale) / 100, y];
      }
    }
  }
  return placed.sort((p, q) => p[0] - q[0] || p[1] - q[1] || p[2] - q[2]);
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** "دً" drawn mark first, as Chrome does, then "ي" (visual order: the cluster is right of the yeh). */
const MARK_FIRST = ["BT", "/ReversedChars BMC", "/F1 10 Tf", "1 0 0 -1 100 200 Tm", at("\u062F\u064B"), "18.25 7.59 Td <0011> Tj", "-6.14 -7.59 Td <0020> Tj", "EMC", at("\u064A"), "20.68 0 Td <0021> Tj", "EMC", "EMC", "ET"];

describe("repairTextLayer: P1, a mark drawn before its letter", () => {
  it("draws the letter first with the cluster's ActualText, the mark after it in an empty span, and every glyph where it was", async () => {
    const content = MARK_FIRST.join("\n");
    const pdf = await makePdf([content]);
    expect(repairTextLayer(pdf.doc)).toEqual({ marks: 1, toUnicode: 0, zwnj: 0, softHyphens: 0, skipped: 0 });
    const repaired = pdf.contentOf();
    expect(repaired).toBe(
      [
        "BT",
        "/ReversedChars BMC",
        "/F1 10 Tf",
        "1 0 0 -1 100 200 Tm",
        `${at("\u062F\u064B")}\n12.11 0 Td\n<0020> Tj\nEMC\n/Span <</ActualText <FEFF>>> BDC\n6.14 7.59 Td\n<0011> Tj\nEMC`,
        at("\u064A"),
        "14.54 -7.59 Td <0021> Tj",
        "EMC",
        "EMC",
        "ET",
      ].join("\n"),
    );
    expect(placeGlyphs(repaired)).toEqual(placeGlyphs(content));
  });

  it("repairs a span that opens a text object, with Tf and Tm inside it", async () => {
    const content = ["BT", at("\u0628\u0651"), "/F1 10 Tf", "1 0 0 -1 50 60 Tm", "<0012> Tj", "-2 0 Td <0023> Tj", "EMC", "ET"].join("\n");
    const pdf = await makePdf([content]);
    expect(repairTextLayer(pdf.doc).marks).toBe(1);
    expect(pdf.contentOf()).toContain("/F1 10 Tf\n1 0 0 -1 50 60 Tm\n-2 0 Td\n<0023> Tj\nEMC\n/Span <</ActualText <FEFF>>> BDC\n2 0 Td\n<0012> Tj");
    expect(placeGlyphs(pdf.contentOf())).toEqual(placeGlyphs(content));
  });

  it("puts the pen back with a Td where the next glyph has none (drawn where the letter's advance ended)", async () => {
    const content = ["BT", "/F1 10 Tf", "1 0 0 -1 100 200 Tm", at("\u062F\u064B"), "18.25 7.59 Td <0011> Tj", "-6.14 -7.59 Td <0020> Tj", "EMC", "<0021> Tj", "<0022> Tj", "3 0 Td <0023> Tj", "T*", "<0020> Tj", "ET"].join("\n");
    const pdf = await makePdf([`2 TL\n${content}`]);
    expect(repairTextLayer(pdf.doc).marks).toBe(1);
    const repaired = pdf.contentOf();
    expect(placeGlyphs(repaired)).toEqual(placeGlyphs(`2 TL\n${content}`));
    // The glyph after the span gets a Td from the mark (18.25, 7.59) to where the letter's advance left the pen
    // (12.11 + 5, 0); the next Td becomes relative to that new line start; T*, the lines back in step, stays.
    expect(repaired).toContain("EMC\n-1.14 -7.59 Td <0021> Tj\n<0022> Tj\n-2 0 Td <0023> Tj\nT*");
  });

  it("rewrites the TD, T*, ' and \" that follow a repaired span while the line start is elsewhere, keeping their effect", async () => {
    const span = [at("\u062F\u064B"), "18.25 7.59 Td <0011> Tj", "-6.14 -7.59 Td <0020> Tj", "EMC"];
    for (const [next, expected] of [
      ["1 -12 TD <0021> Tj", "12 TL -5.14 -19.59 Td"],
      ["T*", "-6.14 -11.59 Td"],
      ["(\\000!) '", "-6.14 -11.59 Td (\\000!) Tj"],
      ["1 2 (\\000!) \"", "1 Tw 2 Tc -6.14 -11.59 Td (\\000!) Tj"],
    ] as const) {
      const content = ["4 TL", "BT", "/F1 10 Tf", "1 0 0 -1 100 200 Tm", ...span, next, "<0022> Tj", "ET"].join("\n");
      const pdf = await makePdf([content]);
      repairTextLayer(pdf.doc);
      expect(pdf.contentOf(), next).toContain(`EMC\n${expected}`);
      expect(placeGlyphs(pdf.contentOf()), next).toEqual(placeGlyphs(content));
    }
  });

  it("repairs a cluster whose mark glyph is unnamed, and names it in ToUnicode (P2)", async () => {
    const content = ["BT", "/F1 10 Tf", "1 0 0 -1 100 200 Tm", at("\u0631\u0651\u0650"), "8 4 Td <0010> Tj", "-1.7 -4 Td <0022> Tj", "EMC", "ET"].join("\n");
    const pdf = await makePdf([content]);
    expect(repairTextLayer(pdf.doc)).toEqual({ marks: 1, toUnicode: 1, zwnj: 0, softHyphens: 0, skipped: 0 });
    expect(readToUnicode(pdf.toUnicode()).texts.get(0x10)).toBe("\u0651\u0650");
    expect(placeGlyphs(pdf.contentOf())).toEqual(placeGlyphs(content));
  });

  it("repairs Form XObjects too", async () => {
    const form = ["BT", "/F1 10 Tf", "1 0 0 -1 10 20 Tm", ...MARK_FIRST.slice(4, 8), "ET"].join("\n");
    const pdf = await makePdf(["q /X1 Do Q"], [form]);
    expect(repairTextLayer(pdf.doc).marks).toBe(1);
    const xObjects = pdf.doc.getPage(0).node.Resources()?.lookup(PDFName.of("XObject"), PDFDict);
    const formStream = lookupRawStream(pdf.doc.context, xObjects?.get(PDFName.of("X1")));
    const repaired = readStreamText(formStream) ?? "";
    expect(repaired).toContain("/Span <</ActualText <FEFF>>> BDC");
    expect(placeGlyphs(repaired)).toEqual(placeGlyphs(form));
    expect(formStream.dict.get(PDFName.of("Subtype"))).toBe(PDFName.of("Form"));
  });

  it("leaves alone, and counts, spans that are not as expected", async () => {
    const cases = {
      "a letter the ActualText does not have": [at("\u062F\u064B"), "5 0 Td <0011> Tj", "-1 0 Td <0023> Tj", "EMC"],
      "an operator Chrome does not write there": [at("\u062F\u064B"), "5 0 Td <0011> Tj", "0 g", "-1 0 Td <0020> Tj", "EMC"],
      "nested marked content": [at("\u062F\u064B"), "5 0 Td <0011> Tj", "/X BMC", "-1 0 Td <0020> Tj", "EMC", "EMC"],
      "two moves before a glyph": [at("\u062F\u064B"), "5 0 Td <0011> Tj", "1 0 Td -2 0 Td <0020> Tj", "EMC"],
      "an ActualText that starts with a mark": [at("\u064B\u062F"), "5 0 Td <0011> Tj", "-1 0 Td <0020> Tj", "EMC"],
    };
    for (const [name, span] of Object.entries(cases)) {
      const content = ["BT", "/F1 10 Tf", "1 0 0 -1 100 200 Tm", ...span, "ET"].join("\n");
      const pdf = await makePdf([content]);
      expect(repairTextLayer(pdf.doc), name).toEqual({ marks: 0, toUnicode: 0, zwnj: 0, softHyphens: 0, skipped: 1 });
      expect(pdf.contentOf(), name).toBe(content);
    }
  });

  it("leaves clusters drawn letter first, and single glyphs, as they are", async () => {
    const content = ["BT", "/F1 10 Tf", "1 0 0 -1 100 200 Tm", at("\u062F\u064B"), "5 0 Td <0020> Tj", "1 -3 Td <0011> Tj", "EMC", at("\u064A"), "4 3 Td <0021> Tj", "EMC", "ET"].join("\n");
    const pdf = await makePdf([content]);
    expect(repairTextLayer(pdf.doc)).toEqual({ marks: 0, toUnicode: 0, zwnj: 0, softHyphens: 0, skipped: 0 });
    expect(pdf.contentOf()).toBe(content);
  });

  it("leaves a stream it cannot parse as it is", async () => {
    const content = `${MARK_FIRST.join("\n")}\n(unterminated`;
    const pdf = await makePdf([content]);
    expect(repairTextLayer(pdf.doc)).toEqual({ marks: 0, toUnicode: 0, zwnj: 0, softHyphens: 0, skipped: 0 });
    expect(pdf.contentOf()).toBe(content);
  });

  it("finds nothing more to do in its own output", async () => {
    const pdf = await makePdf([MARK_FIRST.join("\n")]);
    repairTextLayer(pdf.doc);
    const once = pdf.contentOf();
    expect(repairTextLayer(pdf.doc)).toEqual({ marks: 0, toUnicode: 0, zwnj: 0, softHyphens: 0, skipped: 0 });
    expect(pdf.contentOf()).toBe(once);
  });
});

describe("repairTextLayer: P2, ToUnicode entries Chrome left as U+0000", () => {
  const cluster = (actualText: string) => [at(actualText), "8 4 Td <0010> Tj", "-1.7 -4 Td <0022> Tj", "EMC"];
  const page = (...spans: string[][]) => ["BT", "/F1 10 Tf", "1 0 0 -1 100 200 Tm", ...spans.flat(), "ET"].join("\n");

  it("names a code when every span it is drawn in agrees", async () => {
    const pdf = await makePdf([page(cluster("\u0631\u0651\u0650")), page(cluster("\u0631\u0651\u0650"), cluster("\u0631\u0651\u0650"))]);
    expect(repairTextLayer(pdf.doc).toUnicode).toBe(1);
    expect(pdf.toUnicode()).toContain("<0010> <06510650>");
  });

  it("leaves a code unnamed when two spans disagree, or it is drawn outside any span", async () => {
    for (const content of [page(cluster("\u0631\u0651\u0650"), cluster("\u0631\u0651\u064E")), page(cluster("\u0631\u0651\u0650"), ["<0010> Tj"])]) {
      const pdf = await makePdf([content]);
      const repairs = repairTextLayer(pdf.doc);
      expect(repairs.toUnicode).toBe(0);
      expect(repairs.skipped).toBe(1);
      expect(pdf.toUnicode()).toContain("<0010> <0000>");
    }
  });

  it("leaves a code unnamed when a span holds two unnamed glyphs", async () => {
    const pdf = await makePdf([page([at("\u0631\u0651\u0650"), "8 4 Td <0010> Tj", "1 0 Td <0010> Tj", "-1.7 -4 Td <0022> Tj", "EMC"])]);
    expect(repairTextLayer(pdf.doc).toUnicode).toBe(0);
    expect(pdf.toUnicode()).toContain("<0010> <0000>");
  });
});

describe("repairTextLayer: P3, a ZWNJ drawn as a space-wide glyph", () => {
  const zwnj = ["BT", "/F1 10 Tf", "1 0 0 -1 100 200 Tm", at("\u0647"), "<0020> Tj", "EMC", at("\u200C"), "7.4 0 Td <0003> Tj", "EMC", at("\u0645"), "0 0 Td <0021> Tj", "EMC", "ET"];

  it("sets horizontal scaling 0 around the glyph and back to 100 after it", async () => {
    const content = zwnj.join("\n");
    const pdf = await makePdf([content]);
    expect(repairTextLayer(pdf.doc)).toEqual({ marks: 0, toUnicode: 0, zwnj: 1, softHyphens: 0, skipped: 0 });
    expect(pdf.contentOf()).toBe(content.replace("7.4 0 Td <0003> Tj", "0 Tz\n7.4 0 Td\n<0003> Tj\n100 Tz"));
    expect(placeGlyphs(pdf.contentOf())).toEqual(placeGlyphs(content));
  });

  it("moves the next glyph explicitly when it had no Td and so followed the space's width", async () => {
    const content = zwnj.join("\n").replace("0 0 Td <0021> Tj", "<0021> Tj");
    const pdf = await makePdf([content]);
    expect(repairTextLayer(pdf.doc).zwnj).toBe(1);
    expect(pdf.contentOf()).toContain("100 Tz\nEMC\n/Span<</ActualText <feff0645> >> BDC\n2.68 0 Td <0021> Tj");
    expect(placeGlyphs(pdf.contentOf())).toEqual(placeGlyphs(content));
  });

  it("finds nothing more to do in its own output", async () => {
    const pdf = await makePdf([zwnj.join("\n")]);
    repairTextLayer(pdf.doc);
    const once = pdf.contentOf();
    expect(repairTextLayer(pdf.doc)).toEqual({ marks: 0, toUnicode: 0, zwnj: 0, softHyphens: 0, skipped: 0 });
    expect(pdf.contentOf()).toBe(once);
  });

  it("leaves a ZWNJ span that is not one space glyph alone, and counts it", async () => {
    const content = zwnj.join("\n").replace("7.4 0 Td <0003> Tj", "7.4 0 Td <0023> Tj");
    const pdf = await makePdf([content]);
    expect(repairTextLayer(pdf.doc)).toEqual({ marks: 0, toUnicode: 0, zwnj: 0, softHyphens: 0, skipped: 1 });
    expect(pdf.contentOf()).toBe(content);
  });
});

describe("repairTextLayer: P4, soft hyphens and the hyphens drawn where lines break at them", () => {
  // As Chrome writes "win\u00ADdows" broken after "win": the soft hyphen as a space glyph in its own span,
  // then the hyphen glyph in a text object of its own at the line end.
  const broken = ["BT", "/F1 10 Tf", "1 0 0 -1 100 200 Tm", "<0031> Tj", "5 0 Td <0032> Tj", "3 0 Td <0033> Tj", at("\u00AD"), "5.5 0 Td <0003> Tj", "EMC", "ET", "BT", "/F1 10 Tf", "1 0 0 -1 113.5 200 Tm", "<0030> Tj", "ET"];

  it("takes the soft hyphen's glyph and span out, keeps every other glyph where it was, and names the hyphen \"-\"", async () => {
    const content = broken.join("\n");
    const pdf = await makePdf([content]);
    expect(repairTextLayer(pdf.doc)).toEqual({ marks: 0, toUnicode: 1, zwnj: 0, softHyphens: 1, skipped: 0 });
    expect(pdf.contentOf()).not.toContain("<0003>");
    expect(pdf.contentOf()).not.toContain("ActualText");
    expect(placeGlyphs(pdf.contentOf())).toEqual(placeGlyphs(content).filter(([code]) => code !== 0x03));
    expect(readToUnicode(pdf.toUnicode()).texts.get(0x30)).toBe("-");
  });

  it("renames no hyphen in a document without soft hyphens", async () => {
    const content = broken.join("\n").replace(`${at("\u00AD")}\n5.5 0 Td <0003> Tj\nEMC\n`, "");
    const pdf = await makePdf([content]);
    expect(repairTextLayer(pdf.doc)).toEqual({ marks: 0, toUnicode: 0, zwnj: 0, softHyphens: 0, skipped: 0 });
    expect(readToUnicode(pdf.toUnicode()).texts.get(0x30)).toBe("\u2010");
  });

  it("drops the soft hyphen from a ligature's ActualText and draws the ligature as it was", async () => {
    const content = ["BT", "/F1 10 Tf", "1 0 0 -1 100 200 Tm", at("f\u00ADf"), "<0034> Tj", "EMC", "ET"].join("\n");
    const pdf = await makePdf([content]);
    expect(repairTextLayer(pdf.doc).softHyphens).toBe(1);
    expect(pdf.contentOf()).toContain(`/Span <</ActualText <FEFF00660066>>> BDC`);
    expect(placeGlyphs(pdf.contentOf())).toEqual(placeGlyphs(content));
  });

  it("takes out the space glyph Chrome draws for the soft hyphen after a ligature, keeping the ligature", async () => {
    const content = ["BT", "/F1 10 Tf", "1 0 0 -1 100 200 Tm", at("f\u00ADf"), "<0034> Tj", "6 0 Td <0003> Tj", "EMC", "0 0 Td <0032> Tj", "ET"].join("\n");
    const pdf = await makePdf([content]);
    expect(repairTextLayer(pdf.doc).softHyphens).toBe(1);
    expect(pdf.contentOf()).not.toContain("<0003>");
    expect(pdf.contentOf()).toContain(`/Span <</ActualText <FEFF00660066>>> BDC`);
    expect(placeGlyphs(pdf.contentOf())).toEqual(placeGlyphs(content).filter(([code]) => code !== 0x03));
  });

  it("leaves a soft-hyphen span that does not draw one space glyph alone, and counts it", async () => {
    const content = broken.join("\n").replace("5.5 0 Td <0003> Tj", "5.5 0 Td <0033> Tj");
    const pdf = await makePdf([content]);
    expect(repairTextLayer(pdf.doc)).toMatchObject({ softHyphens: 0, skipped: 1 });
    expect(pdf.contentOf()).toContain("<0033> Tj");
  });

  it("finds nothing more to do in its own output", async () => {
    const pdf = await makePdf([broken.join("\n")]);
    repairTextLayer(pdf.doc);
    const once = pdf.contentOf();
    expect(repairTextLayer(pdf.doc)).toEqual({ marks: 0, toUnicode: 0, zwnj: 0, softHyphens: 0, skipped: 0 });
    expect(pdf.contentOf()).toBe(once);
  });

  it("keeps for the document-wide votes only the spans with an unnamed glyph or a hyphen, and whether the page had soft hyphens", () => {
    // A soft hyphen's span (a space glyph), a cluster with an unnamed glyph (P2), a span around the hyphen, and a plain cluster.
    const content = [
      "BT", "/F1 10 Tf", "1 0 0 -1 100 200 Tm", "<0031> Tj", at("\u00AD"), "5 0 Td <0003> Tj", "EMC",
      at("\u0631\u0651\u0650"), "8 4 Td <0010> Tj", "-1.7 -4 Td <0022> Tj", "EMC",
      at("-"), "10 0 Td <0030> Tj", "EMC", at("\u064A"), "5 0 Td <0021> Tj", "EMC", "ET",
    ].join("\n");
    const fonts = makeContentFonts();
    const scanned = scanContent(content, fonts);
    if (!scanned) throw new Error("the test content should parse");
    expect(scanned.scan.spans.map((span) => span.text)).toEqual(["\u00AD", "\u0631\u0651\u0650", "-", "\u064A"]);
    const voters = keepVoters(scanned);
    expect(voters.scan.spans.map((span) => span.text)).toEqual(["\u0631\u0651\u0650", "-"]);
    expect(voters.scan.softHyphens).toBe(true);
    const withoutSoftHyphen = scanContent(content.replace(`${at("\u00AD")}\n5 0 Td <0003> Tj\nEMC\n`, ""), fonts);
    expect(withoutSoftHyphen?.scan.spans).toHaveLength(3);
    expect(withoutSoftHyphen && keepVoters(withoutSoftHyphen).scan.softHyphens).toBe(false);
  });

  it("rewrites a page as the whole walk does while reading again only its repaired spans and what follows each until back in step", () => {
    // Twenty lines of plain glyphs, each with a word broken at a soft hyphen and one left whole, and a cluster drawn mark first.
    const line = (y: number) => ["BT", "/F1 10 Tf", `1 0 0 -1 100 ${y} Tm`, "<0031> Tj", ...Array.from({ length: 12 }, () => "5 0 Td <0032> Tj"), at("\u00AD"), "3 0 Td <0003> Tj", "EMC", "0 0 Td <0033> Tj", "5.5 0 Td <0031> Tj", "ET"];
    const content = [...Array.from({ length: 20 }, (_, index) => line(100 + index * 12)), MARK_FIRST].flat().join("\n");
    const fonts = makeContentFonts();
    const scanned = scanContent(content, fonts);
    if (!scanned) throw new Error("the test content should parse");
    const { rewrites, found } = planSpanRepairs(scanned.scan.spans, fonts);
    expect(found).toEqual({ marks: 1, zwnj: 0, softHyphens: 20 });
    const whole = rewriteContentStream(content, parseContentStream(content), rewrites, createMeasure(fonts));

    let readAgain = 0;
    function* countReads(offset: number): Generator<Operation> {
      for (const operation of readOperations(content, offset)) {
        readAgain++;
        yield operation;
      }
    }
    const placed = rewrites.map((rewrite) => ({ ...rewrite, from: scanned.scan.starts.get(rewrite.open) }));
    expect(placed.every((rewrite) => rewrite.from !== undefined)).toBe(true);
    expect(rewriteContentStream(content, countReads(0), placed, createMeasure(fonts), countReads)).toBe(whole);
    // Each line's 25 operations before its span are skipped: read again are the spans (3 operations), the one
    // operation after each, and the mark cluster's span with what follows it.
    const operations = parseContentStream(content).length;
    expect(readAgain).toBeLessThan(operations / 3);
    expect(repairContent(scanned).rewritten).toBe(whole);
    expect(placeGlyphs(whole)).toEqual(placeGlyphs(content).filter(([code]) => code !== 0x03));
  });
});

describe("scanGlyphLines", () => {
  // Chrome's own lines, and every way a stream can say the same or nearly the same that the fast path must hand on.
  const MIXED = [
    "q",
    "0 0 0 RG 0 0 0 rg",
    "BT",
    "/F1 10 Tf",
    "1 0 0 -1 49.125 33650 Tm",
    "<0031> Tj",
    "6.7080536 0 Td <0032> Tj",
    "-.5 +1. Td<0033>Tj",
    "  7   0   Td   <0031>   Tj  ",
    "5 0 % a comment between operands\nTd <0032> % and before the operator\nTj",
    "5 0 Td <00 32> Tj",
    "5 0 Td <32> Tj",
    "5 0 Td <0032003100> Tj",
    "5 0 Td <003a> Tj",
    "[<0031> -120 <0032>] TJ",
    "5 0 Tdx <0031> Tjq",
    "1 2 3 Td <0031> <0032> Tj",
    at("\u00AD"),
    "5 0 Td <0003> Tj",
    "EMC",
    "0 0 Td <0030> Tj",
    "/Artifact BMC 5 0 Td <0032> Tj EMC",
    "/F9 12 Tf 4 0 Td <0031> Tj",
    "/F1 10 Tf 2 Tz 3 Tc 4 0 Td <0031> Tj",
    "ET",
    "2 0 0 2 0 0 cm",
    "BI /W 1 /H 1 /BPC 8 /CS /G ID \x80\x01 EI",
    "Q",
    ...MARK_FIRST,
    "BT /F1 10 Tf 1 0 0 -1 5 5 Tm 5 0 Td <0031> Tj",
  ].join("\n");

  it("scans a stream exactly as the general reader's scan does", () => {
    const fonts = makeContentFonts();
    const general = scanTextSpans(readOperations(MIXED), createMeasure(fonts));
    expect(scanGlyphLines(MIXED, fonts)).toEqual(general);
    // The comparison covers glyphs in spans and out, kept by a filter or not, and where each span starts.
    expect(general.spans.length).toBe(3);
    expect(general.looseDraws.length).toBeGreaterThan(15);
    const keepHyphens = (draw: Draw) => draw.codes?.includes(0x30) ?? false;
    expect(scanGlyphLines(MIXED, fonts, keepHyphens)).toEqual(scanTextSpans(readOperations(MIXED), createMeasure(fonts), keepHyphens));
  });

  it("follows the pen through Chrome's lines to the same bits as the general reader", () => {
    const fonts = makeContentFonts();
    const content = ["BT", "/F1 12.6599998 Tf", "1 0 0 -1 56.90625 32633 Tm", "<0031> Tj", ...Array.from({ length: 300 }, (_, index) => `${(5 + index / 7).toFixed(7)} 0 Td <003${index % 4}> Tj`), "ET"].join("\n");
    const fast = scanGlyphLines(content, fonts);
    const general = scanTextSpans(readOperations(content), createMeasure(fonts));
    expect(fast.looseDraws).toHaveLength(301);
    fast.looseDraws.forEach((draw, index) => {
      expect(Object.is(draw.end.x, general.looseDraws[index]?.end.x), `glyph ${index}`).toBe(true);
      expect(Object.is(draw.origin.x, general.looseDraws[index]?.origin.x), `glyph ${index}`).toBe(true);
    });
  });

  it("throws where the general reader throws", () => {
    const fonts = makeContentFonts();
    for (const broken of ["BT 1.2.3 0 Td <0031> Tj ET", "BT 5 0 Td <00G1> Tj ET", "BT 5 0 Td <0031 Tj ET", "BT 5 0 ET 7"]) {
      expect(() => scanTextSpans(readOperations(broken), createMeasure(fonts)), broken).toThrow(ContentSyntaxError);
      expect(() => scanGlyphLines(broken, fonts), broken).toThrow(ContentSyntaxError);
    }
  });
});
