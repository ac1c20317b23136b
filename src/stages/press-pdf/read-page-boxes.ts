// Reads each page's MediaBox, BleedBox and TrimBox exactly as written in the PDF (no fallbacks), for checking.

import { PDFArray, PDFName, PDFNumber, type PDFDocument } from "@cantoo/pdf-lib";
import type { PdfBox } from "../postprocess-pdf/page-boxes.js";

export interface WrittenBoxes {
  mediaBox?: PdfBox;
  bleedBox?: PdfBox;
  trimBox?: PdfBox;
}

/** pdf-lib's getTrimBox() falls back to the CropBox when there is none; a print shop's preflight does not. */
export function readPageBoxes(doc: PDFDocument): WrittenBoxes[] {
  return doc.getPages().map((page) => ({
    mediaBox: readBox(page.node.lookupMaybe(PDFName.of("MediaBox"), PDFArray)),
    bleedBox: readBox(page.node.lookupMaybe(PDFName.of("BleedBox"), PDFArray)),
    trimBox: readBox(page.node.lookupMaybe(PDFName.of("TrimBox"), PDFArray)),
  }));
}

function readBox(array: PDFArray | undefined): PdfBox | undefined {
  if (!array || array.size() !== 4) return undefined;
  const [x1, y1, x2, y2] = array.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : NaN)) as [number, number, number, number];
  if ([x1, y1, x2, y2].some((n) => !Number.isFinite(n))) return undefined;
  return { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
}
