// Continues whatever touches the trim edge into the bleed by mirroring a hair-thin edge strip outwards, stretched.

import { clip, endPath, popGraphicsState, pushGraphicsState, rectangle, type PDFEmbeddedPage, type PDFPage } from "@cantoo/pdf-lib";
import type { PressGeometry } from "./press-geometry.js";

/**
 * The strip of the page, inside the trim, that is stretched over the bleed: half a point, so a background,
 * rule or picture reaching the edge continues in its own colour while text (kept off the edge by the page
 * margins) is thrown far outside the sheet, where neither the press nor a text extractor sees it.
 */
const EDGE_STRIP = 0.5;

/**
 * Draws the page mirrored and scaled away from each edge (and corner), clipped to the bleed beside it.
 * The mirror maps the strip [0, EDGE_STRIP] to [0, -bleed]; everything further in lands beyond the bleed.
 */
export function extendBleed(sheet: PDFPage, page: PDFEmbeddedPage, geometry: PressGeometry): void {
  const { trimBox: t, bleed } = geometry;
  if (bleed <= 0) return;
  const stretch = bleed / EDGE_STRIP;
  // [horizontal side, vertical side]: -1 left/bottom, 0 along the trim, 1 right/top.
  const sides = [-1, 0, 1].flatMap((sx) => [-1, 0, 1].map((sy) => [sx, sy] as const)).filter(([sx, sy]) => sx || sy);
  for (const [sx, sy] of sides) {
    const clipX = sx < 0 ? t.x - bleed : sx > 0 ? t.x + t.width : t.x;
    const clipY = sy < 0 ? t.y - bleed : sy > 0 ? t.y + t.height : t.y;
    const clipW = sx ? bleed : t.width;
    const clipH = sy ? bleed : t.height;
    // Mirror about the edge: x' = edge - stretch * (x - edge) for the left side, and likewise for the others.
    // Along the edge the page keeps the scale it is printed at on the trim (page.width to t.width).
    const xScale = sx ? -stretch : t.width / page.width;
    const yScale = sy ? -stretch : t.height / page.height;
    const x = sx > 0 ? t.x + t.width + stretch * page.width : t.x;
    const y = sy > 0 ? t.y + t.height + stretch * page.height : t.y;
    sheet.pushOperators(pushGraphicsState(), rectangle(clipX, clipY, clipW, clipH), clip(), endPath());
    sheet.drawPage(page, { x, y, xScale, yScale });
    sheet.pushOperators(popGraphicsState());
  }
}
