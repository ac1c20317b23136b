// Joins two finished halves into one tête-bêche PDF: the front half from page 1, the back half from the last page.

import { PDFDocument } from "@cantoo/pdf-lib";
import { addOutline, type OutlineEntry } from "./add-outline.js";
import { setMetadata, type PdfMetadata } from "./set-metadata.js";
import { LOAD_AT_ONCE } from "../../shared/pdf-at-once.js";
import { savePdf } from "../../shared/save-pdf.js";

export interface FlipHalf {
  bytes: Uint8Array;
  outline: OutlineEntry[];
}

export interface FlipLayout {
  /** Pages in the final PDF, blanks included. */
  total: number;
  blanks: number;
  /** Final 0-based page index of each back-half page, by its own 0-based index. */
  backPageIndex(index: number): number;
}

/**
 * The back half runs from the last page inwards: its page 1 is the PDF's last page, which in a book
 * bound on the left is a left-hand page, exactly where a right-to-left book's first page belongs. So
 * the back half is printed upright and unrotated, and its own mirrored margins already fit the spine.
 * Blank pages go in the middle, where the two halves meet, to make up whole folded sheets.
 */
export function planFlipLayout(frontPages: number, backPages: number): FlipLayout {
  const content = frontPages + backPages;
  // One sheet printed on both sides needs no padding; anything folded needs a multiple of 4 pages.
  const total = content <= 2 ? content : Math.ceil(content / 4) * 4;
  return { total, blanks: total - content, backPageIndex: (index) => total - 1 - index };
}

export async function composeFlip(front: FlipHalf, back: FlipHalf, metadata: PdfMetadata): Promise<{ bytes: Uint8Array; pages: number }> {
  const [frontDoc, backDoc] = await Promise.all([PDFDocument.load(front.bytes, LOAD_AT_ONCE), PDFDocument.load(back.bytes, LOAD_AT_ONCE)]);
  const layout = planFlipLayout(frontDoc.getPageCount(), backDoc.getPageCount());
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (const page of await doc.copyPages(frontDoc, frontDoc.getPageIndices())) doc.addPage(page);
  const model = frontDoc.getPage(frontDoc.getPageCount() - 1);
  for (let i = 0; i < layout.blanks; i++) {
    const blank = doc.addPage([model.getWidth(), model.getHeight()]);
    const trim = model.getTrimBox();
    const bleed = model.getBleedBox();
    blank.setTrimBox(trim.x, trim.y, trim.width, trim.height);
    blank.setBleedBox(bleed.x, bleed.y, bleed.width, bleed.height);
  }
  const backOrder = backDoc.getPageIndices().reverse();
  for (const page of await doc.copyPages(backDoc, backOrder)) doc.addPage(page);
  setMetadata(doc, metadata);
  const backOutline = back.outline.map((entry) => ({ ...entry, pageIndex: layout.backPageIndex(entry.pageIndex) }));
  addOutline(doc, [...front.outline, ...backOutline]);
  return { bytes: await savePdf(doc, { useObjectStreams: true }), pages: layout.total };
}
