// Print units and the one place they are converted (CSS px at 96 dpi, PDF points, millimetres).

/** PDF user-space points (1/72 inch). PDF origin is bottom-left. */
export type Pt = number & { readonly __unit?: "pt" };
/** CSS pixels (1/96 inch). DOM origin is top-left. */
export type Px = number & { readonly __unit?: "px" };
/** Millimetres, the unit editors and print shops speak in. */
export type Mm = number & { readonly __unit?: "mm" };

const POINTS_PER_INCH = 72;
const PIXELS_PER_INCH = 96;
const MM_PER_INCH = 25.4;

export function mmToPt(mm: Mm): Pt {
  return (mm / MM_PER_INCH) * POINTS_PER_INCH;
}

export function ptToMm(pt: Pt): Mm {
  return (pt / POINTS_PER_INCH) * MM_PER_INCH;
}

export function pxToPt(px: Px): Pt {
  return (px / PIXELS_PER_INCH) * POINTS_PER_INCH;
}

/**
 * Converts a distance from the top of a page in CSS px (DOM, origin top-left) into a PDF y
 * coordinate (origin bottom-left) on a page `pageHeight` points tall.
 */
export function domTopToPdfY(topPx: Px, pageHeight: Pt): Pt {
  return pageHeight - pxToPt(topPx);
}
