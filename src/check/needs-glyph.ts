// Which characters need a glyph from a font to print: shared by the quick scan of every build and the detailed one (pure).

/**
 * Characters the browser handles without a glyph: spaces and line ends, controls, format characters
 * (soft hyphen, zero-width joiners, direction marks), and variation selectors.
 */
const NEEDS_NO_GLYPH = /[\s\p{Cc}\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/u;

export function needsGlyph(char: string): boolean {
  return !NEEDS_NO_GLYPH.test(char);
}
