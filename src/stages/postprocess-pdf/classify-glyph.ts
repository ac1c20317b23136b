// Says what a glyph's ToUnicode text is (a mark, something else, nothing) and takes texts out of an ActualText.

import type { FontInfo } from "./read-fonts.js";
import { isUnnamed } from "./patch-to-unicode.js";

/** "unnamed": ToUnicode gives U+0000 or nothing; "mark": only combining marks; "other": anything else. */
export type GlyphKind = "unnamed" | "mark" | "other";

export interface ClassifiedGlyph {
  code: number;
  kind: GlyphKind;
  /** The ToUnicode text (empty for an unnamed glyph). */
  text: string;
}

const MARKS_ONLY = /^\p{M}+$/u;

/** The glyph's kind by its font's ToUnicode CMap; undefined when the font has none the repairs can read. */
export function classifyGlyph(font: FontInfo | undefined, code: number): ClassifiedGlyph | undefined {
  const cmap = font?.toUnicode?.cmap;
  if (!cmap) return undefined;
  const text = cmap.texts.get(code);
  if (isUnnamed(text)) return { code, kind: "unnamed", text: "" };
  return { code, kind: MARKS_ONLY.test(text as string) ? "mark" : "other", text: text as string };
}

/**
 * What is left of `whole` after taking out each of `parts` once (a part in its NFKC form if that is what
 * `whole` holds: ToUnicode may name a presentation form, ActualText holds the letters). Undefined if a part
 * is not there: then the glyphs do not spell the ActualText, and nothing should be inferred from it.
 */
export function subtractTexts(whole: string, parts: readonly string[]): string | undefined {
  let rest = whole;
  for (const part of parts) {
    const found = [part, part.normalize("NFKC")].find((form) => form !== "" && rest.includes(form));
    if (found === undefined) return undefined;
    const at = rest.indexOf(found);
    rest = rest.slice(0, at) + rest.slice(at + found.length);
  }
  return rest;
}

export const isMarksOnly = (text: string) => MARKS_ONLY.test(text);

/** Whether ToUnicode calls the glyph whitespace: how Chrome draws a soft hyphen or a ZWNJ, with the font's space glyph. */
export const isSpaceGlyph = (glyph: ClassifiedGlyph | undefined): boolean => glyph?.kind === "other" && /^\s+$/u.test(glyph.text);
