// Names the fonts a PDF uses without carrying their font program (a print shop would substitute them), and counts those drawn as Type 3.

import { PDFDict, PDFName, PDFArray, type PDFDocument } from "@cantoo/pdf-lib";

const FONT_FILES = ["FontFile", "FontFile2", "FontFile3"].map((key) => PDFName.of(key));

export interface PdfFont {
  /** BaseFont, with its subset prefix ("AAAAAA+NotoSerif-Regular"). */
  name: string;
  /** Whether the font program is in the file. */
  embedded: boolean;
}

/** The fonts a PDF uses, and how many it draws as Type 3 (pictures of letters). */
export interface FontSurvey {
  fonts: PdfFont[];
  /**
   * Type 3 fonts in the file: Chromium writes one, its letters drawn as pictures, for a font whose licence bits
   * forbid embedding it. It prints, but presses' preflight often refuses it and its text searches poorly.
   */
  type3: number;
}

/** Every font dictionary in the file, wherever it is used (pages, forms, patterns), in one walk of its objects. */
export function surveyFonts(doc: PDFDocument): FontSurvey {
  const fonts: PdfFont[] = [];
  let type3 = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Type")) !== PDFName.of("Font")) continue;
    const subtype = object.get(PDFName.of("Subtype"));
    // A Type 3 font's glyphs are drawings inside the font itself; a CID font is checked through its Type 0 parent.
    if (subtype === PDFName.of("Type3")) type3 += 1;
    if (subtype === PDFName.of("Type3") || subtype === PDFName.of("CIDFontType0") || subtype === PDFName.of("CIDFontType2")) continue;
    const name = object.get(PDFName.of("BaseFont"))?.toString().replace(/^\//, "") ?? "(unnamed font)";
    fonts.push({ name, embedded: hasFontFile(doc, object) });
  }
  return { fonts, type3 };
}

function hasFontFile(doc: PDFDocument, font: PDFDict): boolean {
  let described = font;
  if (font.get(PDFName.of("Subtype")) === PDFName.of("Type0")) {
    const descendants = font.lookupMaybe(PDFName.of("DescendantFonts"), PDFArray);
    const child = descendants?.size() ? doc.context.lookup(descendants.get(0)) : undefined;
    if (!(child instanceof PDFDict)) return false;
    described = child;
  }
  const descriptor = described.lookupMaybe(PDFName.of("FontDescriptor"), PDFDict);
  return !!descriptor && FONT_FILES.some((key) => descriptor.has(key));
}
