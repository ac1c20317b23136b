// Names the faces of Nastaliq's invisible twins, as CSS knows them (paginate) and as Chrome's PDF names them (post-processing).

/** The faces whose printed glyphs the twins stand in for, and the faces the twins are set in, by PDF font name. */
export interface ShadowTextFonts {
  /**
   * PostScript family names (a BaseFont without its subset prefix and style: "NotoNastaliqUrdu" for
   * "BAAAAA+NotoNastaliqUrdu-Regular") of the printed faces, whose glyphs the text layer then leaves silent.
   */
  printed: readonly string[];
  /** The same for the faces the twins are set in, whose text becomes invisible text (render mode 3). */
  twins: readonly string[];
}

/**
 * Faces whose text layer Chrome writes unreadably, whose lines get an invisible twin (page/shadow-text.js), and
 * the family list the twins are set in: Nastaliq's contextual glyphs have no Unicode values; Naskh's map one to one.
 */
export const SHADOWED_FAMILIES = ["PR Noto Nastaliq Urdu"];
export const SHADOW_FAMILY = '"PR Noto Naskh Arabic", "PR Noto Serif", "PR Symbols", "PR Noto Emoji"';

/** The same faces as Chrome names them in the PDF (fonts/fonts.css maps each family to its files). */
export const SHADOW_TEXT_FONTS: ShadowTextFonts = {
  printed: ["NotoNastaliqUrdu"],
  // "PR Symbols" is Noto Sans Mono's and Vazirmatn's files (fonts/fonts.css), for signs such as ← and ∑; then emoji.
  twins: ["NotoNaskhArabic", "NotoSerif", "NotoSansMono", "Vazirmatn", "NotoEmoji"],
};
