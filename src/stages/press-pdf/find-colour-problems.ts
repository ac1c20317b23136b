// Checks a CMYK press PDF: no RGB left anywhere, and black text printed with black ink only.

import { PDFDict, PDFName, PDFRawStream, type PDFDocument } from "@cantoo/pdf-lib";
import { isRgbSpace, listContentStreams } from "./list-content-streams.js";

export interface ColourFindings {
  /** Places still in RGB: "an RGB picture", "RGB drawing colours", ... with a count. */
  rgb: string[];
  /** Text runs drawn in near-black made of several inks. */
  richBlackText: number;
  /** Text runs drawn with black ink only (0 0 0 k). */
  blackInkText: number;
}

const TEXT_SHOWING = new Set(["Tj", "TJ", "'", '"']);

export function findColourProblems(doc: PDFDocument): ColourFindings {
  const rgb: string[] = [];
  let rgbImages = 0;
  let rgbSpaces = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFRawStream ? object.dict : object instanceof PDFDict ? object : undefined;
    if (!dict) continue;
    if (dict.get(PDFName.of("Subtype")) === PDFName.of("Image") && isRgbSpace(dict.get(PDFName.of("ColorSpace")), doc)) rgbImages++;
    else if (dict.get(PDFName.of("CS")) && isRgbSpace(dict.get(PDFName.of("CS")), doc)) rgbSpaces++;
  }
  let rgbOperators = 0;
  let richBlackText = 0;
  let blackInkText = 0;
  for (const stream of listContentStreams(doc)) {
    const tokens = stream.text.split(/[\s\[\]()<>]+/).filter(Boolean);
    let fill: number[] = [0];
    const operands: string[] = [];
    for (const token of tokens) {
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(token)) {
        operands.push(token);
        continue;
      }
      if (token === "rg" || token === "RG") rgbOperators++;
      if (token === "k") fill = operands.slice(-4).map(Number);
      else if (token === "g") fill = operands.slice(-1).map(Number);
      else if (token === "rg") fill = operands.slice(-3).map(Number);
      else if (TEXT_SHOWING.has(token) && fill.length === 4) {
        const [c = 0, m = 0, y = 0, k = 0] = fill;
        // Near-black: a dark total. Black ink only: no cyan, magenta or yellow under it.
        if (c + m + y > 0.01 && k + Math.min(c, m, y) > 0.6) richBlackText++;
        else if (c + m + y <= 0.01 && k > 0.6) blackInkText++;
      }
      operands.length = 0;
    }
  }
  if (rgbImages) rgb.push(`${rgbImages} picture(s) in RGB`);
  if (rgbSpaces) rgb.push(`${rgbSpaces} transparency group(s) in RGB`);
  if (rgbOperators) rgb.push(`${rgbOperators} RGB colour setting(s) in the page drawings`);
  return { rgb, richBlackText, blackInkText };
}
