// What an editor checks before printing, for one finished edition: pages, fonts and whether each is embedded, pictures and the lowest resolution, text, warnings (pure).

import { LOW_PPI } from "../prepare-images/image-density.js";
import type { PdfFont } from "../press-pdf/list-unembedded-fonts.js";
import { dropSubsetPrefix } from "../postprocess-pdf/match-font-family.js";

export interface EditionSummary {
  pages: number;
  /** Font families in the PDF ("NotoSerif", "NotoNaskhArabic"), subset prefixes taken off. */
  fonts: string[];
  /** Fonts printed without their font program: a print shop would substitute them. None from pressroom's own layouts. */
  unembeddedFonts: string[];
  /** Pictures printed (drawings included). */
  pictures: number;
  /** The photograph with the fewest pixels per inch at its printed size, if any. */
  lowestPpi?: { path: string; ppi: number };
  /** Pictures under 150 ppi, which print soft. */
  softPictures: number;
  /**
   * Articles whose every letter was found on the laid-out pages (the build stops otherwise), their words, and
   * the PDF's pages (a leaflet's panels) found missing some of that text when printed (find-text-lost-in-print.ts).
   */
  text: { articles: number; words: number; lost: TextLost };
  /** Articles printed in another language than the edition's, for lack of a translation (count-untranslated.ts). */
  untranslated: number;
  warnings: number;
}

/** Pages of the edition's PDF (panels of a leaflet) missing text laid out on them. */
export interface TextLost {
  unit: "page" | "panel";
  numbers: number[];
}

export interface SummaryInput {
  /**
   * The fonts of the edition's PDF, as post-processing read them from the document it wrote (a flip edition's
   * two halves', a leaflet's panels'): reading the written file again only for them took 0.1 s at 41 pages.
   */
  fonts: readonly PdfFont[];
  pages: number;
  /** Every picture as laid out, by path; `ppi` only for pictures with pixels. */
  pictures: readonly { path: string; ppi?: number }[];
  articles: readonly { words: number }[];
  textLost: TextLost;
  untranslated: number;
  warnings: number;
}

export function summarizeEdition(input: SummaryInput): EditionSummary {
  const fonts = input.fonts;
  const family = (name: string) => dropSubsetPrefix(name).replace(/-.*$/, "");
  const rated = input.pictures.filter((picture): picture is { path: string; ppi: number } => picture.ppi !== undefined);
  const lowest = [...rated].sort((a, b) => a.ppi - b.ppi)[0];
  return {
    pages: input.pages,
    fonts: [...new Set(fonts.map((font) => family(font.name)))].sort(),
    unembeddedFonts: fonts.filter((font) => !font.embedded).map((font) => font.name),
    pictures: new Set(input.pictures.map((picture) => picture.path)).size,
    // Rounded down, as the low-resolution warning above it says it (43.7 ppi was "43" there and "44" here).
    ...(lowest && { lowestPpi: { path: lowest.path, ppi: Math.floor(lowest.ppi) } }),
    softPictures: new Set(rated.filter((picture) => picture.ppi < LOW_PPI).map((picture) => picture.path)).size,
    text: { articles: input.articles.length, words: input.articles.reduce((sum, article) => sum + article.words, 0), lost: { unit: input.textLost.unit, numbers: [...input.textLost.numbers] } },
    untranslated: input.untranslated,
    warnings: input.warnings,
  };
}
