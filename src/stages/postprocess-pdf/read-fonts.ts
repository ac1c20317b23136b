// Reads what the text repairs need from a resource dictionary's fonts: glyph widths and ToUnicode CMaps.

import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFContext, type PDFObject } from "@cantoo/pdf-lib";
import { readToUnicode, type ToUnicodeCMap } from "./read-to-unicode.js";
import { readStreamText } from "./stream-text.js";

export interface ToUnicodeSource {
  /** The stream, shared by every font that refers to it. */
  stream: PDFRawStream;
  text: string;
  cmap: ToUnicodeCMap;
}

/** A Type0 font with two-byte Identity-H codes (how Chrome embeds every font). */
export interface FontInfo {
  /** The font's name ("BAAAAA+NotoNastaliqUrdu-Regular"); undefined if it has none. */
  baseFont: string | undefined;
  widths: Map<number, number>;
  defaultWidth: number;
  toUnicode: ToUnicodeSource | undefined;
}

/** Fonts by their object, so that pages sharing a font read it once (local to one repair). */
export type FontCache = Map<PDFObject, FontInfo | undefined>;

/** The fonts of a resource dictionary by resource name; undefined for fonts the repairs do not understand. */
export function readFonts(context: PDFContext, resources: PDFDict | undefined, cache: FontCache): Map<string, FontInfo | undefined> {
  const fonts = new Map<string, FontInfo | undefined>();
  const fontDict = resources?.lookupMaybe(PDFName.of("Font"), PDFDict);
  for (const [name, value] of fontDict?.entries() ?? []) {
    if (!cache.has(value)) cache.set(value, readFont(context, context.lookup(value)));
    fonts.set(name.decodeText(), cache.get(value));
  }
  return fonts;
}

function readFont(context: PDFContext, font: PDFObject | undefined): FontInfo | undefined {
  if (!(font instanceof PDFDict)) return undefined;
  if (font.lookup(PDFName.of("Subtype")) !== PDFName.of("Type0") || font.lookup(PDFName.of("Encoding")) !== PDFName.of("Identity-H")) return undefined;
  const descendants = font.lookupMaybe(PDFName.of("DescendantFonts"), PDFArray);
  const cidFont = descendants?.size() === 1 ? descendants.lookupMaybe(0, PDFDict) : undefined;
  if (!cidFont) return undefined;
  const defaultWidth = cidFont.lookupMaybe(PDFName.of("DW"), PDFNumber)?.asNumber() ?? 1000;
  const widths = readWidths(context, cidFont.lookupMaybe(PDFName.of("W"), PDFArray));
  if (!widths) return undefined;
  const baseFont = font.lookup(PDFName.of("BaseFont"));
  return {
    baseFont: baseFont instanceof PDFName ? baseFont.decodeText() : undefined,
    widths,
    defaultWidth,
    toUnicode: readToUnicodeSource(context, font.get(PDFName.of("ToUnicode"))),
  };
}

/** The W array: `c [w1 w2 …]` gives codes c, c+1, …; `c1 c2 w` gives codes c1 to c2 one width. */
function readWidths(context: PDFContext, array: PDFArray | undefined): Map<number, number> | undefined {
  const widths = new Map<number, number>();
  if (!array) return widths;
  const items = array.asArray().map((item) => context.lookup(item));
  const numberAt = (index: number) => {
    const item = items[index];
    return item instanceof PDFNumber ? item.asNumber() : undefined;
  };
  for (let at = 0; at < items.length; ) {
    const first = numberAt(at);
    const next = items[at + 1];
    if (first === undefined) return undefined;
    if (next instanceof PDFArray) {
      next.asArray().forEach((width, offset) => {
        const value = context.lookup(width);
        if (value instanceof PDFNumber) widths.set(first + offset, value.asNumber());
      });
      at += 2;
    } else {
      const last = numberAt(at + 1);
      const width = numberAt(at + 2);
      if (last === undefined || width === undefined || last - first > 0xffff) return undefined;
      for (let code = first; code <= last; code++) widths.set(code, width);
      at += 3;
    }
  }
  return widths;
}

function readToUnicodeSource(context: PDFContext, value: PDFObject | undefined): ToUnicodeSource | undefined {
  const stream = value instanceof PDFRef ? context.lookup(value) : value;
  if (!(stream instanceof PDFRawStream)) return undefined;
  const text = readStreamText(stream);
  if (text === undefined) return undefined;
  try {
    return { stream, text, cmap: readToUnicode(text) };
  } catch {
    return undefined;
  }
}
