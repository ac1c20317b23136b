// Splits Identity-H strings into glyph codes and measures them in a resource dictionary's fonts.

import type { FontInfo } from "./read-fonts.js";
import type { MeasureString } from "./track-text-state.js";

/** Two-byte codes of a string shown in an Identity-H font; undefined for an odd number of bytes. */
export function splitCodes(bytes: Uint8Array): number[] | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  const codes: number[] = [];
  for (let at = 0; at < bytes.length; at += 2) codes.push(((bytes[at] as number) << 8) | (bytes[at + 1] as number));
  return codes;
}

/** Measures strings in the fonts of one resource dictionary (word spacing never applies to two-byte codes). */
export function createMeasure(fonts: ReadonlyMap<string, FontInfo | undefined>): MeasureString {
  return (name, bytes) => {
    const font = name === undefined ? undefined : fonts.get(name);
    if (!font || bytes.length % 2 !== 0) return undefined;
    let width = 0;
    for (let at = 0; at < bytes.length; at += 2) width += measureCode(font, ((bytes[at] as number) << 8) | (bytes[at + 1] as number));
    return { width, glyphs: bytes.length / 2, spaces: 0 };
  };
}

/**
 * One glyph measured as createMeasure measures a two-byte string of it (0 + its width, the same sum to the last bit),
 * for a reader that has the code and no string (scan-glyph-lines.ts); undefined without a font.
 */
export function measureGlyph(font: FontInfo | undefined, code: number): ReturnType<MeasureString> {
  return font ? { width: 0 + measureCode(font, code), glyphs: 1, spaces: 0 } : undefined;
}

/** One glyph's width in 1/1000 em. */
const measureCode = (font: FontInfo, code: number): number => font.widths.get(code) ?? font.defaultWidth;
