// Draws crop marks at the trim's corners, registration targets mid-side and a folded sheet's fold marks, all outside the bleed.

import { cmyk, rgb, type PDFPage } from "@cantoo/pdf-lib";
import { MARK_LINE_WIDTH, type PressGeometry } from "./press-geometry.js";

/** Registration colour: black in an RGB file; in a CMYK file all four inks, so every plate shows the mark. */
export type MarkColour = "rgb" | "cmyk";

const registrationColour = (colour: MarkColour) => (colour === "cmyk" ? cmyk(1, 1, 1, 1) : rgb(0, 0, 0));

export function drawMarks(page: PDFPage, geometry: PressGeometry, colour: MarkColour): void {
  const color = registrationColour(colour);
  const { trimBox: t, markOffset: off, markLength: len } = geometry;
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: MARK_LINE_WIDTH, color });
  const left = t.x;
  const right = t.x + t.width;
  const bottom = t.y;
  const top = t.y + t.height;
  for (const [x, sx] of [[left, -1], [right, 1]] as const) {
    for (const [y, sy] of [[bottom, -1], [top, 1]] as const) {
      // Each corner: one mark along the vertical trim line, one along the horizontal, both starting past the bleed.
      line(x, y + sy * off, x, y + sy * (off + len));
      line(x + sx * off, y, x + sx * (off + len), y);
    }
  }
  const r = geometry.registrationRadius;
  const reach = off + r;
  const targets = [
    { x: (left + right) / 2, y: top + reach },
    { x: (left + right) / 2, y: bottom - reach },
    { x: left - reach, y: (bottom + top) / 2 },
    { x: right + reach, y: (bottom + top) / 2 },
  ];
  for (const target of targets) {
    page.drawCircle({ x: target.x, y: target.y, size: r * 0.6, borderColor: color, borderWidth: MARK_LINE_WIDTH });
    line(target.x - r, target.y, target.x + r, target.y);
    line(target.x, target.y - r, target.x, target.y + r);
  }
}

/**
 * Fold marks: a dashed line above and below the trim at each fold, `folds` being distances from the trim's
 * left edge. They sit where the crop marks do (past the bleed), so the finisher sets the folder by them.
 */
export function drawFoldMarks(page: PDFPage, geometry: PressGeometry, folds: readonly number[], colour: MarkColour): void {
  const color = registrationColour(colour);
  const { trimBox: t, markOffset: off, markLength: len } = geometry;
  for (const fold of folds) {
    const x = t.x + fold;
    for (const [y, sign] of [[t.y, -1], [t.y + t.height, 1]] as const) {
      page.drawLine({ start: { x, y: y + sign * off }, end: { x, y: y + sign * (off + len) }, thickness: MARK_LINE_WIDTH, color, dashArray: [2, 1.5] });
    }
  }
}
