// Draws crop marks at the trim's corners and registration targets mid-side, all outside the bleed.

import { cmyk, rgb, type PDFPage } from "@cantoo/pdf-lib";
import { MARK_LINE_WIDTH, type PressGeometry } from "./press-geometry.js";

/** Registration colour: black in an RGB file; in a CMYK file all four inks, so every plate shows the mark. */
export type MarkColour = "rgb" | "cmyk";

export function drawMarks(page: PDFPage, geometry: PressGeometry, colour: MarkColour): void {
  const color = colour === "cmyk" ? cmyk(1, 1, 1, 1) : rgb(0, 0, 0);
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
