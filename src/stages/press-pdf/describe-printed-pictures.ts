// Turns the pictures measured on the laid-out pages into what the preflight reports: file, page, ppi, Markdown line (pure).

import { computePpi } from "../prepare-images/image-density.js";
import { findImageUse, type ImageUse } from "../prepare-images/list-image-uses.js";
import type { MeasuredPicture } from "../prepare-images/plan-pictures.js";
import type { PictureCatalog } from "../prepare-images/read-pictures.js";
import type { PrintedPicture } from "./preflight.js";

/** One entry per file and page, at its lowest ppi there; drawings (no pixels) have none and are left out. */
export function describePrintedPictures(measured: MeasuredPicture[], catalog: PictureCatalog, uses: ImageUse[], pageOffset = 0): PrintedPicture[] {
  const byKey = new Map<string, PrintedPicture>();
  for (const picture of measured) {
    const file = catalog.get(picture.path);
    // A drawing (SVG) has no pixels to lack.
    if (!file || file.format === "svg" || picture.widthPx <= 0 || picture.heightPx <= 0) continue;
    const ppi = computePpi(file.pixels, picture);
    if (!Number.isFinite(ppi)) continue;
    const page = picture.page === undefined ? undefined : picture.page + pageOffset;
    const key = `${picture.path}\u0000${page}`;
    const known = byKey.get(key);
    if (known && known.ppi <= ppi) continue;
    byKey.set(key, { path: picture.path, page, ppi, pixels: file.pixels, location: findImageUse(uses, picture.path, picture.articleId)?.location });
  }
  return [...byKey.values()];
}
