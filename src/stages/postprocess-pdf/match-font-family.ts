// Tells whether a PDF font is one of a list of faces, by the PostScript family in its BaseFont.

import type { FontInfo } from "./read-fonts.js";

/** A BaseFont without the six-letter subset prefix Chrome adds: "BAAAAA+NotoSerif-Bold" is "NotoSerif-Bold". */
export function dropSubsetPrefix(baseFont: string): string {
  return baseFont.replace(/^[A-Z]{6}\+/, "");
}

/**
 * The family of a BaseFont: without the subset prefix Chrome adds and the style after the last hyphen, so
 * "BAAAAA+NotoNastaliqUrdu-Regular" and "AAAAAA+NotoNastaliqUrdu-Bold" are both "NotoNastaliqUrdu".
 */
export function readFontFamily(baseFont: string): string {
  const name = dropSubsetPrefix(baseFont);
  const hyphen = name.lastIndexOf("-");
  return hyphen > 0 ? name.slice(0, hyphen) : name;
}

/** Whether a font (by its resource name in `fonts`) is of one of `families`; false for a font that cannot be read. */
export function createFontMatcher(fonts: ReadonlyMap<string, FontInfo | undefined>, families: readonly string[]): (name: string | undefined) => boolean {
  return (name) => {
    const baseFont = name === undefined ? undefined : fonts.get(name)?.baseFont;
    return baseFont !== undefined && families.includes(readFontFamily(baseFont));
  };
}
