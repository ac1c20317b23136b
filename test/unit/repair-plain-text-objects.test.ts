// Covers the text-layer repair's plain-line path: the same bytes, counts and votes as the full scan of the whole stream, on Chrome-shaped and odd streams.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FontInfo, ToUnicodeSource } from "../../src/stages/postprocess-pdf/read-fonts.js";
import { readToUnicode } from "../../src/stages/postprocess-pdf/read-to-unicode.js";
import { keepVoters, repairContent, repairStream, repairTextObject, scanContent } from "../../src/stages/postprocess-pdf/repair-content.js";
import { repairPlainTextObjects, type StreamRepair } from "../../src/stages/postprocess-pdf/repair-plain-text-objects.js";
import { readVotes } from "../support/read-votes.js";

/** The test font's glyphs: code → [width, ToUnicode text ("" = U+0000)]. */
const GLYPHS: Record<number, [number, string]> = {
  0x03: [268, " "],
  0x10: [0, ""], // unnamed: a document-wide fix votes on it
  0x11: [0, "\u064B"], // fathatan, a mark
  0x20: [500, "\u062F"],
  0x21: [520, "\u064A"],
  0x30: [333, "\u2010"], // the hyphen Chrome draws where a line breaks at a soft hyphen
  0x31: [500, "w"],
  0x32: [300, "i"],
  0x33: [550, "n"],
  0x34: [600, "ff"],
};

const hex4 = (code: number) => code.toString(16).toUpperCase().padStart(4, "0");
const utf16 = (text: string) => [...text].map((character) => hex4(character.charCodeAt(0))).join("");

function makeFonts(): Map<string, FontInfo | undefined> {
  const entries = Object.entries(GLYPHS).map(([code, [, text]]) => `<${hex4(Number(code))}> <${text === "" ? "0000" : utf16(text)}>`);
  const cmap = readToUnicode(
    `begincmap\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n${entries.length} beginbfchar\n${entries.join("\n")}\nendbfchar\nendcmap`,
  );
  const widths = new Map(Object.entries(GLYPHS).map(([code, [width]]) => [Number(code), width]));
  const font = (baseFont: string): FontInfo => ({ baseFont, widths, defaultWidth: 1000, toUnicode: { cmap, text: "" } as unknown as ToUnicodeSource });
  // F3: a font the repairs cannot read (no ToUnicode, no widths they understand).
  return new Map<string, FontInfo | undefined>([["F1", font("TEST+Serif")], ["F2", font("TEST+Naskh")], ["F3", undefined]]);
}

// Lines as Chrome writes them.
const glyph = (code: number, x = 5) => `${x} 0 Td <${hex4(code)}> Tj`;
const softHyphen = (x = 4.2705231, code = 0x03) => [`/Span<</ActualText <FEFF00AD> >> BDC`, glyph(code, x), "EMC"];
const span = (text: string, ...lines: string[]) => [`/Span<</ActualText <FEFF${utf16(text)}> >> BDC`, ...lines, "EMC"];
const textObject = (font: string, ...lines: string[]) => ["BT", `/${font} 10.5 Tf`, "1 0 0 -1 49.125 693 Tm", "<0031> Tj", ...lines, "ET"];
const between = ["0 0 0 RG 0 0 0 rg", "/G3 gs", "/P <</MCID 4 >>BDC", "49 53 696 3 re", "f", "EMC", "q", "3.125 0 0 3.125 0 0 cm", "Q"];
const MARK_FIRST = ["/ReversedChars BMC", ...span("\u062F\u064B", "18.25 7.59 Td <0011> Tj", "-6.14 -7.59 Td <0020> Tj"), ...span("\u064A", "20.68 0 Td <0021> Tj"), "EMC"];

/** The full scan's repair of the whole stream: what the plain-line path must give. */
function repairWhole(text: string, fonts: Map<string, FontInfo | undefined>): StreamRepair | undefined {
  const scanned = scanContent(text, fonts);
  if (!scanned) return undefined;
  const { rewritten, repairs } = repairContent(scanned);
  return { rewritten, repairs, voters: keepVoters(scanned).scan };
}

function expectSameRepair(text: string) {
  const fonts = makeFonts();
  const whole = repairWhole(text, fonts);
  const fast = repairStream(text, fonts);
  expect(fast?.rewritten).toBe(whole?.rewritten);
  expect(fast?.repairs).toEqual(whole?.repairs);
  expect(fast && readVotes(fast.voters)).toEqual(whole && readVotes(whole.voters));
}

/** The plain-line path alone, with the text objects it hands to the full scan. */
function repairPlainly(text: string) {
  const fonts = makeFonts();
  const pieces: string[] = [];
  const repair = repairPlainTextObjects(text, fonts, (piece) => {
    pieces.push(piece);
    return repairTextObject(piece, fonts);
  });
  return { repair, pieces };
}

describe("repairPlainTextObjects", () => {
  it("repairs a Chrome page's plain lines itself, soft hyphens cut to their moves, and hands only the other objects to the full scan", () => {
    const content = [
      ...between,
      ...textObject("F1", glyph(0x32), ...softHyphen(), "0 0 Td <0033> Tj", glyph(0x31), glyph(0x30)),
      ...between,
      ...textObject("F2", ...MARK_FIRST),
      ...textObject("F1", glyph(0x33), ...softHyphen(6.1), "0 0 Td <0032> Tj", glyph(0x10), ...softHyphen(3)),
    ].join("\n");
    const { repair, pieces } = repairPlainly(content);
    expect(pieces).toEqual([textObject("F2", ...MARK_FIRST).join("\n")]);
    expect(repair?.repairs).toEqual({ marks: 1, zwnj: 0, softHyphens: 3, skipped: 0 });
    // Only the move of each soft hyphen is left, the next glyph's move as it was.
    expect(repair?.rewritten).toContain("<0032> Tj\n4.2705231 0 Td\n0 0 Td <0033> Tj");
    expect(repair?.rewritten).not.toContain("FEFF00AD");
    // The hyphen and the unnamed glyph are what the document-wide fixes vote on, with the piece's spans.
    expect(repair && readVotes(repair.voters).loose).toEqual([
      { font: "F1", codes: [0x30] },
      { font: "F1", codes: [0x10] },
    ]);
    expectSameRepair(content);
  });

  it("reads as plain lines the spans of one glyph no repair concerns, and marked content around them", () => {
    const lines = ["/ReversedChars BMC", ...span("\u064A", glyph(0x21)), ...span("\u062F", "<0020> Tj"), "EMC", "/Span<</ActualText (ff) >> BDC", glyph(0x34), "EMC", ...softHyphen(), glyph(0x31)];
    const content = [...between, ...textObject("F2", ...lines)].join("\n");
    const { repair, pieces } = repairPlainly(content);
    expect(pieces).toEqual([]);
    expect(repair?.repairs.softHyphens).toBe(1);
    expectSameRepair(content);
  });

  it("hands on a whole object where a plain line is not as Chrome writes it, and the result is still the full scan's", () => {
    const odd = [
      // A glyph without a move of its own right after a soft hyphen: the full repair writes it a move.
      [glyph(0x32), ...softHyphen(), "<0033> Tj"],
      // A soft hyphen drawn with a glyph that is not whitespace, or in a font the repairs cannot read.
      [...softHyphen(4, 0x31)],
      [...softHyphen(4, 0x32), "/F3 9 Tf", ...softHyphen(4)],
      // A soft hyphen's span with text state set inside it, or two glyphs.
      ["/Span<</ActualText <FEFF00AD> >> BDC", "/F1 10 Tf", glyph(0x03), "EMC"],
      [...span("\u00AD", glyph(0x03), glyph(0x03))],
      // Other spacing, a TJ array.
      ["6.7  0 Td <0031> Tj"],
      ["[<0031> -20 <0032>] TJ"],
      // Spans a repair or a vote concerns: a cluster of two glyphs, a ZWNJ, a ligature across a soft hyphen, an unnamed glyph.
      [...span("\u062F\u064B", glyph(0x11), glyph(0x20))],
      [...span("\u200C", glyph(0x03))],
      [...span("f\u00ADf", glyph(0x34), glyph(0x03))],
      [...span("\u0631\u0651\u0650", glyph(0x10))],
      // A span in an escaped literal string, or nested in another; marked content with properties, or closing what it did not open.
      ["/Span<</ActualText (\\255) >> BDC", glyph(0x03), "EMC"],
      [...span("w", ...span("i", glyph(0x32)))],
      ["/P <</MCID 3 >>BDC", glyph(0x31), "EMC"],
      [glyph(0x31), "EMC"],
    ];
    for (const lines of odd) {
      const content = [...between, ...textObject("F1", ...lines), ...textObject("F1", glyph(0x32), ...softHyphen(), glyph(0x33))].join("\n");
      const { repair, pieces } = repairPlainly(content);
      expect(repair, lines.join(" | ")).toBeDefined();
      expect(pieces, lines.join(" | ")).toEqual([textObject("F1", ...lines).join("\n")]);
      expectSameRepair(content);
    }
  });

  it("leaves to the full scan of the whole stream what plain lines cannot follow", () => {
    const plain = textObject("F1", glyph(0x32), ...softHyphen(), glyph(0x33));
    const streams = [
      // Text state a later object would inherit, a comment, an inline image.
      [...plain.slice(0, 2), "0.5 Tc", ...plain.slice(2)],
      ["3 TL", ...plain],
      [...plain, "% a comment"],
      ["q BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI Q", ...plain],
      // A glyph before the object sets its font, in a plain object and in another.
      ["BT", "1 0 0 -1 1 1 Tm", "<0031> Tj", "ET", ...plain],
      ["BT", "/ReversedChars BMC", "<0031> Tj", "EMC", "/F1 9 Tf", "ET", ...plain],
      // A literal string or glyphs between objects.
      ["/P <</Alt (BT) >>BDC", "EMC", ...plain],
      ["<0031> Tj", ...plain],
      // Text state restored inside an object from a save outside it.
      ["q", "BT", "/F1 10 Tf", "1 0 0 -1 1 1 Tm", "/ReversedChars BMC", "<0031> Tj", "Q", "EMC", "ET", ...plain],
      // A span left open across the end of its object, an object never closed.
      ["BT", "/F2 10 Tf", "1 0 0 -1 1 1 Tm", ...span("\u062F", glyph(0x20)).slice(0, 2), "ET", "EMC", ...plain],
      [...plain, "BT", "/F1 10 Tf"],
    ];
    for (const lines of streams) {
      const content = lines.join("\n");
      expect(repairPlainly(content).repair, content).toBeUndefined();
      expectSameRepair(content);
    }
  });

  it("gives the full scan's bytes, counts and votes on any stream made of Chrome's lines", () => {
    const line = fc.oneof(
      fc.constantFrom(0x31, 0x32, 0x33, 0x30, 0x10, 0x03, 0x20).map((code) => [glyph(code)]),
      fc.constantFrom(0x31, 0x33, 0x30).map((code) => [`<${hex4(code)}> Tj`]),
      fc.constantFrom(0x03, 0x31).map((code) => softHyphen(4.5, code)),
      fc.constant(["/F2 12 Tf"]),
      fc.constant(["/F3 12 Tf"]),
      fc.constant(["1 0 0 -1 60 700 Tm"]),
      fc.constant(MARK_FIRST),
      fc.constant(span("\u064A", glyph(0x21))),
      fc.constant(span("ff", glyph(0x34))),
      fc.constant(["/ReversedChars BMC", ...span("\u062F", glyph(0x20)), ...span("\u064A", "<0021> Tj"), "EMC"]),
      fc.constant(span("\u200C", glyph(0x03))),
      fc.constant(span("\u0631\u0651\u0650", glyph(0x10))),
      fc.constant(["/ReversedChars BMC"]),
      fc.constant(["EMC"]),
      fc.constantFrom("<00310030>", "<00320033>", "<00100033>", "<>", "<0031003>").map((shown) => [`4.5 0 Td ${shown} Tj`]),
      fc.constant(span("\u062F\u064B", "4.5 0 Td <00110020> Tj")),
    );
    const object = fc.tuple(fc.constantFrom("F1", "F2"), fc.array(line, { maxLength: 12 })).map(([font, lines]) => textObject(font, ...lines.flat()));
    const stream = fc.array(fc.tuple(fc.boolean(), object), { minLength: 1, maxLength: 6 }).map((parts) => parts.flatMap(([graphics, lines]) => (graphics ? [...between, ...lines] : lines)).join("\n"));
    fc.assert(
      fc.property(stream, (content) => {
        expect(repairPlainly(content).repair).toBeDefined();
        expectSameRepair(content);
      }),
      { numRuns: 300 },
    );
  });
});
