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

/** One glyph's width in 1/1000 em: what createMeasure adds up, for a reader that has the code and no string. */
export const measureCode = (font: FontInfo, code: number): number => font.widths.get(code) ?? font.defaultWidth;
