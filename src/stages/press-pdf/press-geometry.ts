// Where a press sheet's parts go: trim, bleed, crop and registration marks, in PDF points (pure).

import { mmToPt, type Pt } from "../../shared/units.js";
import type { PdfBox } from "../postprocess-pdf/page-boxes.js";

/** The bleed an editor may ask for, in mm: 0 (none) to 10 (more than any print shop asks). */
export const BLEED_RANGE_MM = { min: 0, max: 10, standard: 3 } as const;

/** Marks stay at least this far off the trim, and 1 mm clear of the bleed when the bleed is wider. */
const MARK_OFFSET_MIN_MM = 3;
const MARK_GAP_PAST_BLEED_MM = 1;
const MARK_LENGTH_MM = 5;
const REGISTRATION_RADIUS_MM = 2;
/** Paper left beyond the outermost mark, so a guillotine does not graze it. */
const SLUG_MARGIN_MM = 2;
export const MARK_LINE_WIDTH: Pt = 0.25;

export interface PressGeometry {
  /** The whole sheet, origin 0 0. */
  mediaBox: PdfBox;
  bleedBox: PdfBox;
  trimBox: PdfBox;
  bleed: Pt;
  /** Distance from the trim edge to where a crop mark starts. */
  markOffset: Pt;
  markLength: Pt;
  registrationRadius: Pt;
}

/** Lays a trim of `trimWidth` x `trimHeight` points out on a sheet big enough for the bleed and the marks. */
export function computePressGeometry(trimWidth: Pt, trimHeight: Pt, bleedMm: number): PressGeometry {
  const bleed = mmToPt(bleedMm);
  const markOffset = mmToPt(Math.max(MARK_OFFSET_MIN_MM, bleedMm + MARK_GAP_PAST_BLEED_MM));
  const markLength = mmToPt(MARK_LENGTH_MM);
  const registrationRadius = mmToPt(REGISTRATION_RADIUS_MM);
  // The registration targets sit beside the crop marks' reach, so the slug must hold the longer of the two.
  const slug = markOffset + Math.max(markLength, 2 * registrationRadius) + mmToPt(SLUG_MARGIN_MM);
  const trimBox = { x: slug, y: slug, width: trimWidth, height: trimHeight };
  return {
    mediaBox: { x: 0, y: 0, width: trimWidth + 2 * slug, height: trimHeight + 2 * slug },
    bleedBox: { x: slug - bleed, y: slug - bleed, width: trimWidth + 2 * bleed, height: trimHeight + 2 * bleed },
    trimBox,
    bleed,
    markOffset,
    markLength,
    registrationRadius,
  };
}
