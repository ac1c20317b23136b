// Covers finishing Nastaliq's invisible twins on small synthetic PDFs: printed glyphs silenced, twins turned into invisible text without transparency, and drawn inline after their printed text, every glyph where it was.

import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFContext } from "@cantoo/pdf-lib";
import { describe, expect, it } from "vitest";
import { SHADOW_TEXT_FONTS } from "../../src/shared/shadow-text-fonts.js";
import { drawsNothing } from "../../src/stages/postprocess-pdf/draws-nothing.js";
import { findClearStates } from "../../src/stages/postprocess-pdf/find-clear-states.js";
import { readFontFamily } from "../../src/stages/postprocess-pdf/match-font-family.js";
import { invert, multiply, type Matrix } from "../../src/stages/postprocess-pdf/matrix.js";
import { parseContentStream } from "../../src/stages/postprocess-pdf/parse-content-stream.js";
import { prepareInlineForm } from "../../src/stages/postprocess-pdf/prepare-inline-form.js";
import { readToUnicode } from "../../src/stages/postprocess-pdf/read-to-unicode.js";
import { repairTextLayer } from "../../src/stages/postprocess-pdf/repair-text-layer.js";
import { rewriteContentStream, RewriteError } from "../../src/stages/postprocess-pdf/rewrite-content-stream.js";
import { SILENT_TEXT, writeSilentToUnicode } from "../../src/stages/postprocess-pdf/silence-to-unicode.js";
import { readStreamText } from "../../src/stages/postprocess-pdf/stream-text.js";
import { lookupRawStream } from "../support/lookup-raw-stream.js";

const SHADOW = { shadowText: SHADOW_TEXT_FONTS };

/** The fonts every test PDF has, by resource name: Nastaliq (printed, silenced), Naskh (the twins' face), DejaVu (neither). */
const FONTS = {
  F1: { baseFont: "AAAAAA+NotoNastaliqUrdu-Regular", glyphs: { 0x03: [300, " "], 0x05: [700, "\u0628"], 0x06: [0, ""], 0x07: [520, "\u06CC"] } },
  F2: { baseFont: "BAAAAA+NotoNaskhArabic-Regular", glyphs: { 0x03: [250, " "], 0x10: [600, "\u0628"], 0x11: [500, "\u06CC"] } },
  F3: { baseFont: "CAAAAA+DejaVuSans", glyphs: { 0x20: [500, "x"] } },
} as const satisfies Record<string, { baseFont: string; glyphs: Record<number, readonly [number, string]> }>;
type FontName = keyof typeof FONTS;

/** Graphics states: G0 Chrome's transparent text, G1 a plain one, G2 a clear state that also sets the line width. */
const STATES = { G0: { BM: "Normal", ca: 0 }, G1: { BM: "Normal", ca: 1 }, G2: { BM: "Normal", ca: 0, LW: 2 } } as const;

interface FormSpec {
  content: string;
  bbox?: [number, number, number, number];
  matrix?: Matrix;
  /** Whether it has a transparency group, as Chrome gives each twin (default true). */
  group?: boolean;
}

interface TestPdf {
  doc: PDFDocument;
  page(): string;
  form(name: string): PDFRawStream | undefined;
  toUnicode(font: FontName): string;
}

const hex4 = (code: number) => code.toString(16).padStart(4, "0");
const utf16 = (text: string) => [...text].map((character) => hex4(character.charCodeAt(0))).join("");

function makeToUnicode(glyphs: Record<number, readonly [number, string]>): string {
  const entries = Object.entries(glyphs).map(([code, [, text]]) => `<${hex4(Number(code))}> <${text === "" ? "0000" : utf16(text)}>`);
  return writeSilentToUnicode([]).replace("endcodespacerange\n", `endcodespacerange\n${entries.length} beginbfchar\n${entries.join("\n")}\nendbfchar\n`);
}

/** One page drawing `page` with fonts F1-F3 and states G0-G2; `forms` become Form XObjects with the same resources of their own. */
async function makePdf(page: string, forms: Record<string, FormSpec> = {}, options: { sharedToUnicode?: boolean; pageFonts?: FontName[] } = {}): Promise<TestPdf> {
  const doc = await PDFDocument.create();
  const { context } = doc;
  const toUnicodeRefs = new Map<FontName, PDFRef>();
  const fontRefs = new Map<FontName, PDFRef>();
  for (const [name, font] of Object.entries(FONTS) as [FontName, (typeof FONTS)[FontName]][]) {
    // A CMap shared by the Nastaliq and the Naskh font, to see a silenced CMap that another face uses left alone.
    const shared = options.sharedToUnicode && name === "F2" ? toUnicodeRefs.get("F1") : undefined;
    const toUnicode = shared ?? context.register(context.flateStream(makeToUnicode(font.glyphs)));
    toUnicodeRefs.set(name, toUnicode);
    const widths = Object.entries(font.glyphs).flatMap(([code, [width]]) => [Number(code), [width]]);
    const cidFont = context.register(context.obj({ Type: "Font", Subtype: "CIDFontType2", BaseFont: font.baseFont, CIDSystemInfo: { Registry: "Adobe", Ordering: "Identity", Supplement: 0 }, W: widths }));
    fontRefs.set(name, context.register(context.obj({ Type: "Font", Subtype: "Type0", BaseFont: font.baseFont, Encoding: "Identity-H", DescendantFonts: [cidFont], ToUnicode: toUnicode })));
  }
  const stateRefs = Object.fromEntries(Object.entries(STATES).map(([name, state]) => [name, context.register(context.obj(state))]));
  const resources = (fonts: FontName[] = ["F1", "F2", "F3"]) => context.obj({ Font: Object.fromEntries(fonts.map((name) => [name, fontRefs.get(name)])), ExtGState: stateRefs });
  const pdfPage = doc.addPage([600, 800]);
  const pageResources = resources(options.pageFonts);
  const formRefs = new Map<string, PDFRef>();
  for (const [name, spec] of Object.entries(forms)) {
    const dict = { Type: "XObject", Subtype: "Form", BBox: spec.bbox ?? [0, 0, 100, 20], Resources: resources(), ...(spec.matrix ? { Matrix: [...spec.matrix] } : {}) };
    const group = spec.group === false ? {} : { Group: { Type: "Group", S: "Transparency", I: true } };
    formRefs.set(name, context.register(context.flateStream(spec.content, { ...dict, ...group })));
  }
  if (formRefs.size > 0) pageResources.set(PDFName.of("XObject"), context.obj(Object.fromEntries(formRefs)));
  pdfPage.node.set(PDFName.of("Resources"), pageResources);
  const contents = context.register(context.flateStream(page));
  pdfPage.node.set(PDFName.of("Contents"), contents);
  const read = (ref: PDFRef) => readStreamText(lookupRawStream(context, ref)) ?? "";
  return {
    doc,
    page: () => read(contents),
    form: (name) => {
      const ref = formRefs.get(name);
      const form = ref && context.lookup(ref);
      return form instanceof PDFRawStream ? form : undefined;
    },
    toUnicode: (font) => read(toUnicodeRefs.get(font) as PDFRef),
  };
}

const glyphWidth = (font: string, code: number) => (Object.values(FONTS).find((entry) => entry.baseFont === font)?.glyphs as Record<number, readonly [number, string]> | undefined)?.[code]?.[0] ?? 1000;

/**
 * Every glyph drawn on the page, forms included, as "font code x y" on the page, sorted: walked independently
 * of the repair's own code (q/Q, cm, Do with /Matrix, BT, Tm, Td, Tf, Tz, Tj; no TJ in these tests).
 */
function placeGlyphs(context: PDFContext, doc: PDFDocument): string[] {
  const placed: string[] = [];
  const walk = (text: string, resources: PDFDict, start: Matrix) => {
    const fonts = resources.lookup(PDFName.of("Font"), PDFDict);
    const saved: Matrix[] = [];
    let ctm = start;
    let textMatrix: Matrix = [1, 0, 0, 1, 0, 0];
    let line = [0, 0];
    let pen = [0, 0];
    let font = "";
    let size = 0;
    let scale = 100;
    for (const { operator, operands } of parseContentStream(text)) {
      const numbers = operands.map((operand) => (operand.type === "number" ? operand.value : Number.NaN));
      if (operator === "q") saved.push(ctm);
      if (operator === "Q") ctm = saved.pop() ?? ctm;
      if (operator === "cm") ctm = multiply(numbers as unknown as Matrix, ctm);
      if (operator === "BT" || operator === "Tm") {
        textMatrix = operator === "Tm" ? (numbers as unknown as Matrix) : [1, 0, 0, 1, 0, 0];
        line = [0, 0];
        pen = [0, 0];
      }
      if (operator === "Td") {
        line = [(line[0] as number) + (numbers[0] as number), (line[1] as number) + (numbers[1] as number)];
        pen = line;
      }
      if (operator === "Tz") scale = numbers[0] as number;
      if (operator === "Tf" && operands[0]?.type === "name") {
        font = (fonts.lookup(PDFName.of(operands[0].value), PDFDict).lookup(PDFName.of("BaseFont"), PDFName) as PDFName).decodeText();
        size = numbers[1] as number;
      }
      if (operator === "Tj" && operands[0]?.type === "string") {
        const bytes = operands[0].bytes;
        for (let at = 0; at < bytes.length; at += 2) {
          const code = ((bytes[at] as number) << 8) | (bytes[at + 1] as number);
          const [a, b, c, d, e, f] = multiply(textMatrix, ctm);
          const [x, y] = pen as [number, number];
          placed.push(`${font} ${code} ${(a * x + c * y + e).toFixed(4)} ${(b * x + d * y + f).toFixed(4)}`);
          pen = [x + (((glyphWidth(font, code) / 1000) * size * scale) / 100), y];
        }
      }
      if (operator === "Do" && operands[0]?.type === "name") {
        const form = lookupRawStream(context, resources.lookup(PDFName.of("XObject"), PDFDict).get(PDFName.of(operands[0].value)));
        const matrix = form.dict.lookupMaybe(PDFName.of("Matrix"), PDFArray);
        const own = matrix ? (matrix.asArray().map((item) => (item as PDFNumber).asNumber()) as unknown as Matrix) : ([1, 0, 0, 1, 0, 0] as Matrix);
        walk(readStreamText(form) ?? "", form.dict.lookup(PDFName.of("Resources"), PDFDict), multiply(own, ctm));
      }
    }
  };
  const page = doc.getPage(0);
  walk(readStreamText(lookupRawStream(context, page.node.get(PDFName.of("Contents")))) ?? "", page.node.Resources() as PDFDict, [1, 0, 0, 1, 0, 0]);
  return placed.sort();
}

const at = (text: string) => `/Span<</ActualText <feff${utf16(text)}> >> BDC`;
const EMPTY_SPAN = "/Span <</ActualText <FEFF>>> BDC";
/** A printed Nastaliq line as Chrome writes one: loose glyphs, and spans whose ActualText names unnamed glyphs. */
const NASTALIQ_LINE = ["BT", "/ReversedChars BMC", "/F1 10 Tf", "1 0 0 -1 100 200 Tm", "<0007> Tj", at("\u0628"), "7 -2 Td <0006> Tj", "-1 2 Td <0005> Tj", "EMC", "6 0 Td <0003> Tj", "EMC", "ET"];

describe("repairTextLayer with invisible twins: the printed Nastaliq glyphs give no text", () => {
  it("empties their spans' ActualText, gives loose glyphs an empty one, and names every code U+200B", async () => {
    const content = NASTALIQ_LINE.join("\n");
    const pdf = await makePdf(content);
    const before = placeGlyphs(pdf.doc.context, pdf.doc);
    const repairs = repairTextLayer(pdf.doc, SHADOW);
    expect(repairs.shadowText).toMatchObject({ silencedSpans: 1, silencedDraws: 2, silencedFonts: 1 });
    expect(repairs.skipped).toBe(0);
    expect(pdf.page()).toBe(
      content
        .replace("<0007> Tj", `${EMPTY_SPAN}\n<0007> Tj\nEMC`)
        .replace(`${at("\u0628")}\n7 -2 Td <0006> Tj\n-1 2 Td <0005> Tj`, `${EMPTY_SPAN}\n7 -2 Td\n<0006> Tj\n-1 2 Td\n<0005> Tj`)
        .replace("6 0 Td <0003> Tj", `6 0 Td ${EMPTY_SPAN}\n<0003> Tj\nEMC`),
    );
    expect(placeGlyphs(pdf.doc.context, pdf.doc)).toEqual(before);
    const cmap = readToUnicode(pdf.toUnicode("F1"));
    expect([...cmap.texts.keys()].sort()).toEqual([0x03, 0x05, 0x06, 0x07]);
    expect(new Set(cmap.texts.values())).toEqual(new Set([SILENT_TEXT]));
    // The twins' face keeps its names.
    expect(readToUnicode(pdf.toUnicode("F2")).texts.get(0x10)).toBe("\u0628");
  });

  it("silences a code the font draws that neither its CMap nor its widths list", async () => {
    // <0009>: in none of F1's tables; drawn inside a span on the page, and loose in a form.
    const drawsUnlisted = (content: string) => content.replace("<0005> Tj", "<00050009> Tj");
    const pdf = await makePdf(drawsUnlisted(NASTALIQ_LINE.join("\n")), { X1: { content: "BT /F1 10 Tf 1 0 0 -1 0 6 Tm <0009> Tj ET" } });
    expect(repairTextLayer(pdf.doc, SHADOW).shadowText?.silencedFonts).toBe(1);
    const cmap = readToUnicode(pdf.toUnicode("F1"));
    expect([...cmap.texts.keys()].sort()).toEqual([0x03, 0x05, 0x06, 0x07, 0x09]);
    expect(new Set(cmap.texts.values())).toEqual(new Set([SILENT_TEXT]));
  });

  it("does nothing of the kind without twins", async () => {
    const content = NASTALIQ_LINE.join("\n");
    const pdf = await makePdf(content);
    const toUnicode = pdf.toUnicode("F1");
    expect(repairTextLayer(pdf.doc).shadowText).toBeUndefined();
    expect(pdf.page()).toBe(content);
    expect(pdf.toUnicode("F1")).toBe(toUnicode);
  });

  it("leaves a span that mixes Nastaliq with another face, and a CMap another face shares, and counts them", async () => {
    const mixed = ["BT", "/F1 10 Tf", "1 0 0 -1 100 200 Tm", at("\u0628x"), "<0005> Tj", "/F3 10 Tf", "<0020> Tj", "EMC", "ET"].join("\n");
    const pdf = await makePdf(mixed, {}, { sharedToUnicode: true });
    const toUnicode = pdf.toUnicode("F1");
    const repairs = repairTextLayer(pdf.doc, SHADOW);
    expect(repairs.skipped).toBe(2);
    expect(repairs.shadowText).toMatchObject({ silencedSpans: 0, silencedFonts: 0 });
    expect(pdf.page()).toBe(mixed);
    expect(pdf.toUnicode("F1")).toBe(toUnicode);
  });

  it("finds nothing more to do in its own output", async () => {
    const pdf = await makePdf(NASTALIQ_LINE.join("\n"));
    repairTextLayer(pdf.doc, SHADOW);
    const once = pdf.page();
    expect(repairTextLayer(pdf.doc, SHADOW).shadowText).toMatchObject({ silencedSpans: 0, silencedDraws: 0 });
    expect(pdf.page()).toBe(once);
  });
});

/** A twin as Chrome writes it: a form with a transparency group drawing Naskh text under the clear state G0. */
const TWIN = ["q", "2 0 0 2 1 3 cm", "0 0 0 RG 0 0 0 rg", "/G0 gs", "BT", "/ReversedChars BMC", "/F2 5 Tf", "1 0 0 -1 0 6 Tm", "<0011> Tj", "3 0 Td <0003> Tj", "EMC", "ET", "Q"].join("\n");

describe("repairTextLayer with invisible twins: twins become invisible text without transparency", () => {
  it("replaces the clear state by render mode 3 and drops the state and the form's group", async () => {
    const pdf = await makePdf("q 1 0 0 1 300 500 cm /X1 Do Q", { X1: { content: TWIN } });
    const before = placeGlyphs(pdf.doc.context, pdf.doc);
    const state = (pdf.form("X1")?.dict.lookup(PDFName.of("Resources"), PDFDict).lookup(PDFName.of("ExtGState"), PDFDict).get(PDFName.of("G0")) as PDFRef).objectNumber;
    const repairs = repairTextLayer(pdf.doc, SHADOW);
    expect(repairs.shadowText).toMatchObject({ invisibleTwins: 1, transparencyRemoved: 2 });
    const form = pdf.form("X1") as PDFRawStream;
    expect(readStreamText(form)).toBe(TWIN.replace("/G0 gs", "3 Tr"));
    expect(form.dict.has(PDFName.of("Group"))).toBe(false);
    expect(form.dict.lookup(PDFName.of("Resources"), PDFDict).lookup(PDFName.of("ExtGState"), PDFDict).has(PDFName.of("G0"))).toBe(false);
    // The page's own resources still name the state: the object stays.
    expect(pdf.doc.context.lookup(PDFRef.of(state))).toBeInstanceOf(PDFDict);
    expect(placeGlyphs(pdf.doc.context, pdf.doc)).toEqual(before);
  });

  it("leaves a clear state alone, and counts it, when anything but twin-face text is drawn under it", async () => {
    const cases = {
      "a filled path": TWIN.replace("BT", "0 0 5 5 re f\nBT"),
      "text in another face": TWIN.replace("/F2 5 Tf", "/F3 5 Tf"),
      "a form drawn": TWIN.replace("BT", "/X1 Do\nBT"),
      "another state": TWIN.replace("BT", "/G1 gs\nBT"),
      "a rendering mode": TWIN.replace("BT", "1 Tr\nBT"),
    };
    for (const [name, content] of Object.entries(cases)) {
      const pdf = await makePdf("q /X1 Do Q", { X1: { content } });
      const repairs = repairTextLayer(pdf.doc, SHADOW);
      expect(repairs.shadowText?.invisibleTwins, name).toBe(0);
      expect(repairs.skipped, name).toBe(1);
      expect(readStreamText(pdf.form("X1") as PDFRawStream), name).toBe(content);
      expect(pdf.form("X1")?.dict.has(PDFName.of("Group")), name).toBe(true);
    }
  });

  it("leaves a state that does more than clear the fill, and text whose stroke may show", async () => {
    const pdf = await makePdf("q /X1 Do Q", { X1: { content: TWIN.replace("/G0 gs", "/G2 gs") } });
    expect(repairTextLayer(pdf.doc, SHADOW).shadowText?.invisibleTwins).toBe(0);
    // A page that strokes text: a form it draws may inherit that mode, and its stroke is not made clear by /ca.
    const stroked = await makePdf("2 Tr q /X1 Do Q", { X1: { content: TWIN } });
    expect(repairTextLayer(stroked.doc, SHADOW).shadowText?.invisibleTwins).toBe(0);
  });

  it("knows what mode a form starts in from the Tr operators written, even in a page it cannot parse", async () => {
    // The stray ")" makes the page unreadable (it is left as it is); with no Tr in it, it cannot set a mode.
    const broken = await makePdf("q /X1 Do Q )", { X1: { content: TWIN } });
    expect(repairTextLayer(broken.doc, SHADOW).shadowText?.invisibleTwins).toBe(1);
    expect(broken.page()).toBe("q /X1 Do Q )");
    // One that writes a Tr may set one before the Do: the form's twin is left as drawn.
    const stroking = await makePdf("2 Tr q /X1 Do Q )", { X1: { content: TWIN } });
    expect(repairTextLayer(stroking.doc, SHADOW).shadowText?.invisibleTwins).toBe(0);
    // A name that only holds the letters is no operator.
    const named = await makePdf("/Tr BMC EMC q /X1 Do Q", { X1: { content: TWIN } });
    expect(repairTextLayer(named.doc, SHADOW).shadowText?.invisibleTwins).toBe(1);
  });
});

describe("repairTextLayer with invisible twins: each twin is drawn inline after its printed text", () => {
  // The printed line's glyphs start at (100, 200)-(113, 200) on the page; X1's box covers them.
  const page = (...twins: string[]) => [...NASTALIQ_LINE, "/F3 10 Tf", "BT /F3 10 Tf 1 0 0 1 20 20 Tm <0020> Tj ET", ...twins].join("\n");
  const twinAt = (name: string, x: number, y: number) => `q 1 0 0 1 ${x} ${y} cm /${name} Do Q`;

  it("copies the twin's content in place of its Do, keeping every glyph where it was, and drops the form", async () => {
    const pdf = await makePdf(page(twinAt("X1", 98, 190)), { X1: { content: TWIN, bbox: [0, 0, 30, 20] } });
    const before = placeGlyphs(pdf.doc.context, pdf.doc);
    const formRef = pdf.doc.getPage(0).node.Resources()?.lookup(PDFName.of("XObject"), PDFDict).get(PDFName.of("X1")) as PDFRef;
    const repairs = repairTextLayer(pdf.doc, SHADOW);
    expect(repairs.shadowText).toMatchObject({ invisibleTwins: 1, placedTwins: 1 });
    expect(repairs.skipped).toBe(0);
    const content = pdf.page();
    // Right after the printed line's ET, before the next text object; the Do is gone.
    expect(content).toContain(`EMC\nET\nq 1 0 0 1 98 190 cm\n${TWIN.replace("/G0 gs", "3 Tr")}\nQ\n/F3 10 Tf`);
    expect(content).not.toContain("Do");
    const resources = pdf.doc.getPage(0).node.Resources() as PDFDict;
    expect(resources.lookup(PDFName.of("XObject"), PDFDict).has(PDFName.of("X1"))).toBe(false);
    expect(pdf.doc.context.lookup(formRef)).toBeUndefined();
    expect(placeGlyphs(pdf.doc.context, pdf.doc)).toEqual(before);
  });

  it("gives the page a name for a twin's font it has none for", async () => {
    const pdf = await makePdf(page(twinAt("X1", 98, 190)), { X1: { content: TWIN, bbox: [0, 0, 30, 20] } }, { pageFonts: ["F1", "F3"] });
    const naskh = pdf.form("X1")?.dict.lookup(PDFName.of("Resources"), PDFDict).lookup(PDFName.of("Font"), PDFDict).get(PDFName.of("F2"));
    const before = placeGlyphs(pdf.doc.context, pdf.doc);
    expect(repairTextLayer(pdf.doc, SHADOW).shadowText?.placedTwins).toBe(1);
    expect(pdf.page()).toContain("/PRTwin1 5 Tf");
    expect(pdf.doc.getPage(0).node.Resources()?.lookup(PDFName.of("Font"), PDFDict).get(PDFName.of("PRTwin1"))).toBe(naskh);
    expect(placeGlyphs(pdf.doc.context, pdf.doc)).toEqual(before);
  });

  it("keeps a form's /Matrix, and orders two twins after one text object top to bottom, then left to right", async () => {
    const forms = {
      X1: { content: TWIN, bbox: [0, 0, 20, 20] as [number, number, number, number], matrix: [1, 0, 0, 1, 5, 0] as Matrix },
      X2: { content: TWIN.replace("<0011>", "<0010>"), bbox: [0, 0, 20, 20] as [number, number, number, number] },
    };
    // X2 (left) comes first in the stream, X1 (right) second; both cover glyphs of the one printed text object.
    const pdf = await makePdf(page(twinAt("X1", 103, 190), twinAt("X2", 95, 190)), forms);
    const before = placeGlyphs(pdf.doc.context, pdf.doc);
    expect(repairTextLayer(pdf.doc, SHADOW).shadowText?.placedTwins).toBe(2);
    const content = pdf.page();
    expect(content.indexOf("<0010> Tj")).toBeGreaterThan(0);
    expect(content.indexOf("<0010> Tj")).toBeLessThan(content.indexOf("<0011> Tj"));
    expect(content).toContain("q 1 0 0 1 108 190 cm");
    expect(placeGlyphs(pdf.doc.context, pdf.doc)).toEqual(before);
  });

  it("finds the printed glyphs under a twin where a second text matrix of their text object put them", async () => {
    // Only the glyph drawn after the second Tm, at (300, 400), lies under the twin; the first is at (100, 200).
    const moved = ["BT", "/F1 10 Tf", "1 0 0 -1 100 200 Tm", "<0007> Tj", "1 0 0 -1 300 400 Tm", "<0006> Tj", "ET", twinAt("X1", 298, 390)].join("\n");
    const pdf = await makePdf(moved, { X1: { content: TWIN, bbox: [0, 0, 30, 20] } });
    const before = placeGlyphs(pdf.doc.context, pdf.doc);
    const repairs = repairTextLayer(pdf.doc, SHADOW);
    expect(repairs.shadowText?.placedTwins).toBe(1);
    expect(repairs.skipped).toBe(0);
    // Inline right after that text object (each loose printed glyph now in an empty span), in place of the Do.
    expect(pdf.page()).toContain("<0006> Tj\nEMC\nET\nq 1 0 0 1 298 390 cm\n");
    expect(pdf.page()).not.toContain("Do");
    expect(placeGlyphs(pdf.doc.context, pdf.doc)).toEqual(before);
  });

  it("leaves a twin with no printed glyph under it, or one whose content cannot go inline, where Chrome drew it", async () => {
    for (const [name, content, x] of [
      ["nothing under it", TWIN, 400],
      ["a named colour space", TWIN.replace("0 0 0 RG 0 0 0 rg", "/CS0 cs 0 sc"), 98],
      ["a Q too many", `${TWIN}\nQ`, 98],
    ] as const) {
      const pdf = await makePdf(page(twinAt("X1", x, 190)), { X1: { content, bbox: [0, 0, 30, 20] } });
      const repairs = repairTextLayer(pdf.doc, SHADOW);
      expect(repairs.shadowText?.placedTwins, name).toBe(0);
      expect(repairs.skipped, name).toBe(1);
      expect(pdf.page(), name).toContain(twinAt("X1", x, 190));
      expect(pdf.form("X1"), name).toBeDefined();
    }
  });

  it("finds nothing more to do in its own output", async () => {
    const pdf = await makePdf(page(twinAt("X1", 98, 190)), { X1: { content: TWIN, bbox: [0, 0, 30, 20] } });
    repairTextLayer(pdf.doc, SHADOW);
    const once = pdf.page();
    expect(repairTextLayer(pdf.doc, SHADOW).shadowText).toMatchObject({ silencedSpans: 0, silencedDraws: 0, invisibleTwins: 0, placedTwins: 0 });
    expect(pdf.page()).toBe(once);
  });
});

describe("the pieces", () => {
  it("names fonts by family, without subset prefix or style", () => {
    expect(["BAAAAA+NotoNastaliqUrdu-Regular", "AAAAAA+NotoNastaliqUrdu-Bold", "NotoSerif-Italic", "DejaVuSans"].map(readFontFamily)).toEqual([
      "NotoNastaliqUrdu",
      "NotoNastaliqUrdu",
      "NotoSerif",
      "DejaVuSans",
    ]);
  });

  it("lists only the states whose one effect is a clear fill", async () => {
    const pdf = await makePdf("");
    expect([...findClearStates(pdf.doc.context, pdf.doc.getPage(0).node.Resources())]).toEqual(["G0"]);
  });

  it("tells a stream that paints nothing: state, unpainted paths, text in mode 3 only", () => {
    const paints = (text: string, inherited: number | undefined = 0) => !drawsNothing(parseContentStream(text), inherited);
    expect(paints("q 1 0 0 1 5 5 cm 0 0 5 5 re W n 3 Tr BT /F1 5 Tf (a) Tj ET Q")).toBe(false);
    expect(paints("BT /F1 5 Tf (a) Tj ET")).toBe(true);
    expect(paints("BT /F1 5 Tf (a) Tj ET", 3)).toBe(false);
    expect(paints("BT /F1 5 Tf (a) Tj ET", undefined)).toBe(true);
    expect(paints("q 3 Tr Q BT (a) Tj ET", 0)).toBe(true);
    expect(paints("0 0 5 5 re f")).toBe(true);
    expect(paints("/X1 Do")).toBe(true);
  });

  it("writes a form's content with other font names, and refuses what it cannot copy", () => {
    const content = "q BT /F2 5 Tf (a) Tj /F1 4 Tf (b) Tj ET Q";
    expect(prepareInlineForm(content, parseContentStream(content))?.render(new Map([["F2", "PRTwin1"]]))).toBe("q BT /PRTwin1 5 Tf (a) Tj /F1 4 Tf (b) Tj ET Q");
    for (const refused of ["q BT ET", "BT ET Q", "BT /P1 BDC ET EMC", "/Span /P1 BDC EMC", "/CS0 cs", "BT", "EMC"]) {
      expect(prepareInlineForm(refused, parseContentStream(refused)), refused).toBeUndefined();
    }
  });

  it("refuses rewrites that overlap, rather than apply one of them", () => {
    const text = "BT /F1 10 Tf /Span <</ActualText <FEFF0628>>> BDC <0005> Tj EMC ET";
    const operations = parseContentStream(text);
    const span = { open: 2, close: 4, emits: [{ kind: "copy" as const, index: 2 }, { kind: "copy" as const, index: 3 }, { kind: "copy" as const, index: 4 }] };
    const inner = { open: 3, close: 3, emits: [{ kind: "copy" as const, index: 3 }] };
    expect(() => rewriteContentStream(text, operations, [span, inner], () => ({ width: 500, glyphs: 1, spaces: 0 }))).toThrow(RewriteError);
  });

  it("inverts and composes matrices as PDF does", () => {
    const a: Matrix = [2, 0, 0, -3, 10, 20];
    const b: Matrix = [0.24, 0, 0, -0.24, 0, 841.92];
    const product = multiply(multiply(a, b), invert(b) as Matrix);
    product.forEach((value, index) => expect(value).toBeCloseTo(a[index] as number, 9));
    expect(invert([1, 2, 2, 4, 0, 0])).toBeUndefined();
  });

  it("writes a ToUnicode CMap that names every code U+200B, in blocks of 100", () => {
    const codes = Array.from({ length: 250 }, (_, index) => index * 3);
    const text = writeSilentToUnicode([...codes, 3, 0x10000]);
    expect(text.match(/beginbfchar/g)?.length).toBe(3);
    const cmap = readToUnicode(text);
    expect([...cmap.texts.keys()].sort((x, y) => x - y)).toEqual(codes);
    expect(new Set(cmap.texts.values())).toEqual(new Set(["\u200B"]));
    expect(cmap.codeLength).toBe(2);
  });
});
