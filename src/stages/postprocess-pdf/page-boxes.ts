// Page box geometry for print: TrimBox inside BleedBox inside MediaBox, all in PDF points (pure).

import type { Pt } from "../../shared/units.js";

/** A rectangle in PDF user space as pdf-lib takes it: origin bottom-left, width and height (not x2, y2). */
export interface PdfBox {
  x: Pt;
  y: Pt;
  width: Pt;
  height: Pt;
}

export interface PageBoxes {
  mediaBox: PdfBox;
  bleedBox: PdfBox;
  trimBox: PdfBox;
}

/**
 * Derives the boxes from the printed page (the MediaBox) and the bleed printed around the trim.
 * pagedjs-cli passes x + width where a width belongs, so its TrimBox overshoots the page; here
 * every box is written as x, y, width, height and checked to nest.
 */
export function computePageBoxes(mediaBox: PdfBox, bleed: Pt): PageBoxes {
  if (bleed < 0 || bleed * 2 >= Math.min(mediaBox.width, mediaBox.height)) {
    throw new RangeError(`A bleed of ${bleed} pt does not fit a ${mediaBox.width} x ${mediaBox.height} pt page.`);
  }
  const trimBox = insetBox(mediaBox, bleed);
  const boxes = { mediaBox, bleedBox: { ...mediaBox }, trimBox };
  if (!containsBox(boxes.mediaBox, boxes.bleedBox) || !containsBox(boxes.bleedBox, boxes.trimBox)) {
    throw new RangeError("Page boxes do not nest: TrimBox must lie inside BleedBox inside MediaBox.");
  }
  return boxes;
}

export function insetBox(box: PdfBox, by: Pt): PdfBox {
  return { x: box.x + by, y: box.y + by, width: box.width - 2 * by, height: box.height - 2 * by };
}

/** True when `inner` lies within `outer` (edges may touch); a tolerance absorbs float rounding. */
export function containsBox(outer: PdfBox, inner: PdfBox, tolerance = 0.01): boolean {
  return (
    inner.x >= outer.x - tolerance &&
    inner.y >= outer.y - tolerance &&
    inner.x + inner.width <= outer.x + outer.width + tolerance &&
    inner.y + inner.height <= outer.y + outer.height + tolerance
  );
}
