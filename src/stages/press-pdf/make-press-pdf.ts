// Makes the press PDF from a reading PDF: each page placed on a larger sheet, bled, marked, with its boxes set.

import { PDFDocument, PDFName } from "@cantoo/pdf-lib";
import { drawFoldMarks, drawMarks, type MarkColour } from "./draw-marks.js";
import { extendBleed } from "./extend-bleed.js";
import { computePressGeometry } from "./press-geometry.js";
import { givePagesContents } from "../../shared/give-pages-contents.js";
import { LOAD_AT_ONCE } from "../../shared/pdf-at-once.js";
import { savePdf } from "../../shared/save-pdf.js";

export interface PressOptions {
  bleedMm: number;
  marks: MarkColour;
  /**
   * The edition's paper in points (portrait), the TrimBox to set. Chrome prints whole CSS pixels, so its A4 page is
   * 594.96 x 841.92 pt; the page is scaled (by 0.05% or so) onto the exact paper. Default: the page's own size.
   */
  paper?: { width: number; height: number };
  /** A folded sheet's folds on each page, in points from the trim's left edge (a leaflet's two sides differ). */
  folds?: readonly (readonly number[])[];
}

/** A page further off its paper than this (a custom size) keeps its own size. */
const PAPER_TOLERANCE = 3;

/**
 * A pdf-lib post-step rather than Paged.js's `@page { bleed; marks }`: Paged.js draws its marks inside the
 * bleed area and would need a second layout per edition; here the reading PDF's pages are placed whole
 * (as vectors, text kept) on a sheet with room for the marks, and the page edges are continued into the bleed.
 */
export async function makePressPdf(readingPdf: Uint8Array, options: PressOptions): Promise<Uint8Array> {
  const source = await PDFDocument.load(readingPdf, LOAD_AT_ONCE);
  const press = await PDFDocument.create({ updateMetadata: false });
  copyMetadata(source, press);
  const pages = givePagesContents(source);
  const embedded = await press.embedPages(pages);
  pages.forEach((page, index) => {
    const size = page.getSize();
    const { width, height } = fitPaper(size, options.paper);
    const geometry = computePressGeometry(width, height, options.bleedMm);
    const sheet = press.addPage([geometry.mediaBox.width, geometry.mediaBox.height]);
    const form = embedded[index]!;
    extendBleed(sheet, form, geometry);
    sheet.drawPage(form, { x: geometry.trimBox.x, y: geometry.trimBox.y, xScale: width / size.width, yScale: height / size.height });
    drawMarks(sheet, geometry, options.marks);
    const folds = options.folds?.[index];
    if (folds) drawFoldMarks(sheet, geometry, folds, options.marks);
    const { bleedBox: b, trimBox: t } = geometry;
    sheet.setBleedBox(b.x, b.y, b.width, b.height);
    sheet.setTrimBox(t.x, t.y, t.width, t.height);
  });
  return savePdf(press, { useObjectStreams: false });
}

/** The paper in the page's orientation when the page is that paper give or take Chrome's rounding. */
export function fitPaper(size: { width: number; height: number }, paper: PressOptions["paper"]): { width: number; height: number } {
  if (!paper) return size;
  const turned = size.width > size.height ? { width: paper.height, height: paper.width } : paper;
  const close = Math.abs(turned.width - size.width) <= PAPER_TOLERANCE && Math.abs(turned.height - size.height) <= PAPER_TOLERANCE;
  return close ? turned : size;
}

function copyMetadata(from: PDFDocument, to: PDFDocument): void {
  const title = from.getTitle();
  if (title) to.setTitle(title);
  const author = from.getAuthor();
  if (author) to.setAuthor(author);
  const subject = from.getSubject();
  if (subject) to.setSubject(subject);
  const creator = from.getCreator();
  if (creator) to.setCreator(creator);
  const language = from.catalog.get(PDFName.of("Lang"));
  if (language) to.catalog.set(PDFName.of("Lang"), language);
}
