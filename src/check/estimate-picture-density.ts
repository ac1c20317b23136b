// Warns about pictures with too few pixels for the width they will likely print at, before any layout (pure).

import type { BuildWarning } from "../diagnostics/warnings.js";
import { LOW_PPI } from "../stages/prepare-images/image-density.js";
import type { ImageUse } from "../stages/prepare-images/list-image-uses.js";
import type { PictureCatalog } from "../stages/prepare-images/read-pictures.js";

const MM_PER_INCH = 25.4;
/** Page margins together, and the gap between columns, as pressroom's layouts set them (about). */
export const MARGINS_MM = 24;
export const COLUMN_GAP_MM = 4.5;
/** The newspaper's and the bulletin's columns: as many at least this wide as the text width holds, five at most; a narrow page has one. */
const COLUMN_MM = 46;
const MOST_COLUMNS = 5;

/**
 * The width a picture prints at depends on the layout, which `check` does not run; this takes the page's
 * text width and the layout's usual columns: one column for a plain picture, N for {.span-N}, the whole
 * width for {.span-all}, {.top}, {.bottom} and page pictures. The build measures the real size and warns again.
 */
export function estimatePrintedWidthMm(classes: readonly string[], pageWidthMm: number): number {
  const text = pageWidthMm - MARGINS_MM;
  const columns = Math.min(MOST_COLUMNS, Math.max(1, Math.floor((text + COLUMN_GAP_MM) / (COLUMN_MM + COLUMN_GAP_MM))));
  const column = (text - (columns - 1) * COLUMN_GAP_MM) / columns;
  const span = classes.map((name) => /^span-(\d+)$/.exec(name)?.[1]).find(Boolean);
  if (span) return Math.min(text, Number(span) * column + (Number(span) - 1) * COLUMN_GAP_MM);
  const wide = classes.some((name) => ["span-all", "top", "bottom", "page-top", "page-bottom"].includes(name));
  return wide ? text : column;
}

export function estimatePictureDensity(uses: readonly ImageUse[], catalog: PictureCatalog, pageWidthMm: number): BuildWarning[] {
  const warnings: BuildWarning[] = [];
  for (const use of uses) {
    const picture = catalog.get(use.path);
    // A drawing (SVG) has no pixels to lack.
    if (!picture || picture.format === "svg" || !picture.pixels.width) continue;
    const widthMm = estimatePrintedWidthMm(use.classes, pageWidthMm);
    const ppi = Math.round(picture.pixels.width / (widthMm / MM_PER_INCH));
    if (ppi >= LOW_PPI) continue;
    const needed = Math.ceil((LOW_PPI * widthMm) / MM_PER_INCH);
    warnings.push({
      code: "picture-low-resolution",
      message: `${use.path} is ${picture.pixels.width} pixels wide: printed about ${Math.round(widthMm)} mm wide it gets about ${ppi} ppi, under the ${LOW_PPI} ppi a printed picture needs to look sharp.`,
      hint: `Use a larger version of the picture, at least ${needed} pixels wide, or print it narrower.`,
      location: use.location,
    });
  }
  return warnings;
}
