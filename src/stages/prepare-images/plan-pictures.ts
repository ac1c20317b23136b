// Decides, per picture file, from the boxes it was laid out in: its ppi, whether to downscale or gray it, and whether to warn (pure).

import { computeNeededPixels, computePpi, decideResample, findLargestBox, LOW_PPI, TARGET_PPI, type PixelSize, type PrintedBox } from "./image-density.js";
import type { PictureCatalog } from "./read-pictures.js";

/** A picture as the page laid it out (page/print-pictures.js). */
export interface MeasuredPicture extends PrintedBox {
  /** The picture's number in the page, for the swap. */
  index: number;
  /** Its path inside the issue folder, e.g. "images/harbour.jpg". */
  path: string;
  articleId?: string;
  /** The page it prints on (from 1), for the press preflight. */
  page?: number;
}

export interface PicturePlan {
  path: string;
  /** The measured pictures that show this file. */
  indexes: number[];
  /** The largest box it prints in, and the pixel density there (Infinity for drawings, which have none). */
  largest: PrintedBox;
  ppi: number;
  /** The article of the largest use, to name where it is used. */
  articleId?: string;
  /**
   * The pixel size to print from when it differs from the file's (a bitmap over 300 ppi; a drawing rasterised
   * for a grayscale edition at 300 ppi); null keeps the file's own.
   */
  resizeTo: PixelSize | null;
  grayscale: boolean;
  /** Under LOW_PPI at its printed size. */
  low: boolean;
}

/** Bitmaps sharp resamples; other formats (GIF, AVIF, ...) are converted only for grayscale. */
const RESAMPLED_FORMATS = new Set(["jpeg", "png", "webp"]);

export function planPictures(measured: MeasuredPicture[], catalog: PictureCatalog, options: { grayscale: boolean }): PicturePlan[] {
  const byPath = new Map<string, MeasuredPicture[]>();
  for (const picture of measured) {
    // A picture laid out with no size (display: none, an empty fragment) prints nothing.
    if (picture.widthPx <= 0 || picture.heightPx <= 0) continue;
    byPath.set(picture.path, [...(byPath.get(picture.path) ?? []), picture]);
  }
  const plans: PicturePlan[] = [];
  for (const [path, uses] of byPath) {
    const picture = catalog.get(path);
    const largest = findLargestBox(uses);
    if (!picture || !largest) continue;
    const isSvg = picture.format === "svg";
    const ppi = isSvg ? Infinity : computePpi(picture.pixels, largest);
    const decision = RESAMPLED_FORMATS.has(picture.format) ? decideResample(picture.pixels, largest) : { action: "keep" as const };
    const owner = uses.find((use) => use.widthPx === largest.widthPx && use.heightPx === largest.heightPx);
    plans.push({
      path,
      indexes: uses.map((use) => use.index),
      largest,
      ppi,
      articleId: owner?.articleId,
      resizeTo:
        decision.action === "downscale"
          ? { width: decision.width, height: decision.height }
          : isSvg && options.grayscale
            ? computeNeededPixels(largest, TARGET_PPI)
            : null,
      grayscale: options.grayscale,
      low: ppi < LOW_PPI,
    });
  }
  return plans;
}

/** Whether the page must be given new bytes for this picture. */
export function needsNewBytes(plan: PicturePlan): boolean {
  return plan.resizeTo !== null || plan.grayscale;
}
