// Rewrites the ToUnicode CMaps of silenced faces so that every code of theirs gives a text no reader shows.

import type { PDFRawStream } from "@cantoo/pdf-lib";
import { createFontMatcher } from "./match-font-family.js";
import type { FontInfo, ToUnicodeSource } from "./read-fonts.js";
import type { GlyphUse, TextScan } from "./scan-text-spans.js";
import { writeStreamText } from "./stream-text.js";

/**
 * What each silenced glyph maps to. pdf.js (4.10) drops a glyph whose text is a format character (\p{Cf})
 * before it makes a text item or a space of it: ZERO WIDTH SPACE gives nothing at all. The alternatives were
 * measured on the Urdu sample issue and are worse: an empty destination, or no ToUnicode, makes pdf.js fall
 * back to the glyph's code as a character (glyph 0x3CC reads "ό"); U+0000 comes back as NUL characters.
 * poppler reads the spans' empty ActualText instead (plan-silence.ts).
 */
export const SILENT_TEXT = "\u200B";

/** A complete Identity ToUnicode CMap for two-byte codes, every code in `codes` mapped to SILENT_TEXT. */
export function writeSilentToUnicode(codes: Iterable<number>): string {
  const sorted = [...new Set(codes)].filter((code) => code >= 0 && code <= 0xffff).sort((a, b) => a - b);
  const destination = `<${SILENT_TEXT.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`;
  const blocks: string[] = [];
  // A bfchar block holds at most 100 entries.
  for (let first = 0; first < sorted.length; first += 100) {
    const block = sorted.slice(first, first + 100);
    blocks.push(`${block.length} beginbfchar`, ...block.map((code) => `<${code.toString(16).toUpperCase().padStart(4, "0")}> ${destination}`), "endbfchar");
  }
  return [
    "/CIDInit /ProcSet findresource begin",
    "12 dict begin",
    "begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def",
    "/CMapType 2 def",
    "1 begincodespacerange",
    "<0000> <FFFF>",
    "endcodespacerange",
    ...blocks,
    "endcmap",
    "CMapName currentdict /CMap defineresource pop",
    "end",
    "end",
    "",
  ].join("\n");
}

/** What silencing reads of one content stream: its fonts, and the codes it draws in each font of the silenced families. */
export interface PrintedCodes {
  fonts: ReadonlyMap<string, FontInfo | undefined>;
  drawn: ReadonlyMap<FontInfo, ReadonlySet<number>>;
}

/**
 * The codes `scan` draws in the fonts of `families`, kept in place of the scan itself: an Urdu sheet's scans hold
 * a draw for every glyph of its 204 streams, which kept until the last stream was repaired were copied by every
 * garbage collection on the way (repair-text-layer.ts).
 */
export function readPrintedCodes(scan: TextScan, fonts: ReadonlyMap<string, FontInfo | undefined>, families: readonly string[]): PrintedCodes {
  const isSilenced = createFontMatcher(fonts, families);
  const drawn = new Map<FontInfo, Set<number>>();
  const add = (draw: GlyphUse) => {
    const font = draw.font === undefined ? undefined : fonts.get(draw.font);
    if (!font || !draw.codes || !isSilenced(draw.font)) return;
    const codes = drawn.get(font) ?? new Set<number>();
    drawn.set(font, codes);
    for (const code of draw.codes) codes.add(code);
  };
  scan.looseDraws.forEach(add);
  for (const span of scan.spans) span.draws.forEach(add);
  return { fonts, drawn };
}

/**
 * Rewrites the ToUnicode CMap of every font of `families` in the streams, every code it has naming
 * SILENT_TEXT: those the CMap named, those /W gives a width, those drawn. A CMap that a font of another
 * family shares, or that is not in two-byte codes, is left as it was and counted as skipped.
 */
export function silenceToUnicode(streams: readonly PrintedCodes[], families: readonly string[]): { streams: Set<PDFRawStream>; silenced: number; skipped: number } {
  const users = new Map<PDFRawStream, { source: ToUnicodeSource; fonts: Set<FontInfo>; silenced: Set<FontInfo> }>();
  const drawn = new Map<FontInfo, Set<number>>();
  for (const stream of streams) {
    const isSilenced = createFontMatcher(stream.fonts, families);
    for (const [name, font] of stream.fonts) {
      if (!font?.toUnicode) continue;
      const entry = users.get(font.toUnicode.stream) ?? { source: font.toUnicode, fonts: new Set<FontInfo>(), silenced: new Set<FontInfo>() };
      users.set(font.toUnicode.stream, entry);
      entry.fonts.add(font);
      if (isSilenced(name)) entry.silenced.add(font);
    }
    for (const [font, codes] of stream.drawn) {
      const all = drawn.get(font) ?? new Set<number>();
      drawn.set(font, all);
      for (const code of codes) all.add(code);
    }
  }
  const silencedStreams = new Set<PDFRawStream>();
  let skipped = 0;
  for (const { source, fonts, silenced } of users.values()) {
    if (silenced.size === 0) continue;
    if (silenced.size < fonts.size || source.cmap.codeLength !== 2) {
      skipped++;
      continue;
    }
    const codes = [...silenced].flatMap((font) => [...source.cmap.texts.keys(), ...font.widths.keys(), ...(drawn.get(font) ?? [])]);
    writeStreamText(source.stream, writeSilentToUnicode(codes));
    silencedStreams.add(source.stream);
  }
  return { streams: silencedStreams, silenced: silencedStreams.size, skipped };
}
