// Measures the printed pictures and swaps in 300 ppi (and grayscale) versions, some made during layout; warns about low ppi (edge).

import type { Page } from "puppeteer-core";
import type { BuildWarning } from "../../diagnostics/warnings.js";
import type { PagePicture } from "../../shared/browser-messages.js";
import { decodeUriSafely } from "../../shared/decode-uri.js";
import { computeNeededPixels, convertPxToMm, LOW_PPI, TARGET_PPI } from "../prepare-images/image-density.js";
import { findImageUse, type ImageUse } from "../prepare-images/list-image-uses.js";
import { needsNewBytes, planPictures, type MeasuredPicture, type PicturePlan } from "../prepare-images/plan-pictures.js";
import type { Picture, PictureCatalog } from "../prepare-images/read-pictures.js";
import { resamplePicture, type ResampledPicture } from "../prepare-images/resample-picture.js";
import { ASSET_URLS } from "../render-html/render-document.js";
import type { AssetServer } from "./serve-assets.js";

export interface PicturePrintOptions {
  catalog: PictureCatalog;
  uses: ImageUse[];
  grayscale: boolean;
  /**
   * Pictures already made in this build, by path, size and gray: editions that print a picture at the same
   * size (the English and Arabic editions usually do) share one resampling. One map per build, never global.
   */
  made: Map<string, Promise<ResampledPicture>>;
}

type PageWindow = {
  pressroomMeasurePictures(): PagePicture[];
  pressroomSwapPictures(swaps: { index: number; url: string }[]): Promise<number[]>;
};

/** Returns the made files' URLs, to remove from the server once the PDF is printed. */
export async function printPictures(
  page: Page,
  server: AssetServer,
  options: PicturePrintOptions,
  warn: (warning: BuildWarning) => void,
): Promise<{ urls: string[]; measured: MeasuredPicture[] }> {
  const measured = keepIssuePictures(await page.evaluate(() => (window as unknown as PageWindow).pressroomMeasurePictures()));
  const plans = planPictures(measured, options.catalog, { grayscale: options.grayscale });
  const urls: string[] = [];
  const swaps: { index: number; url: string }[] = [];
  for (const plan of plans) {
    const picture = options.catalog.get(plan.path);
    if (!picture) continue;
    const use = findImageUse(options.uses, plan.path, plan.articleId);
    if (plan.low) warn(describeLowPpi(plan, picture.pixels, use));
    if (needsNewBytes(plan)) {
      const made = await makeForPrint(plan, picture, options, use);
      const name = plan.path.split("/").pop()?.replace(/\.[^.]*$/, "") ?? "picture";
      const url = server.addFile(`${name}.${made.extension}`, made.bytes, made.type);
      urls.push(url);
      for (const index of plan.indexes) swaps.push({ index, url });
    }
  }
  const failed = await page.evaluate((list) => (window as unknown as PageWindow).pressroomSwapPictures(list), swaps);
  if (failed.length) {
    warn({
      code: "picture-swap-failed",
      message: `${failed.length} picture(s) resized for print could not be shown, so the original files were printed instead (the PDF is larger).`,
      hint: "Build again; if it keeps happening, run with --debug and report the message.",
    });
  }
  return { urls, measured };
}

/**
 * Starts making the print copies of pictures on pages already laid out, while the layout goes on (a core is
 * free then: Chromium lays out on one): printPictures, which measures every page once the layout is done,
 * finds them made (options.made) and makes only those whose printed size turned out otherwise. Nothing is
 * said here: warnings come from printPictures.
 */
export function resamplePicturesEarly(measured: PagePicture[], options: PicturePrintOptions): void {
  for (const plan of planPictures(keepIssuePictures(measured), options.catalog, { grayscale: options.grayscale })) {
    const picture = options.catalog.get(plan.path);
    if (picture && needsNewBytes(plan)) void makeForPrint(plan, picture, options, findImageUse(options.uses, plan.path, plan.articleId));
  }
}

/** The pictures from the issue folder, their paths made relative to it (the page measures URLs). */
function keepIssuePictures(measured: PagePicture[]): MeasuredPicture[] {
  return measured
    .filter((picture) => picture.path.startsWith(ASSET_URLS.issue))
    .map((picture) => ({ ...picture, path: decodeUriSafely(picture.path.slice(ASSET_URLS.issue.length)) }));
}

/** The print copy of a plan's picture, made once per build for each path, size and gray. */
function makeForPrint(plan: PicturePlan, picture: Picture, options: PicturePrintOptions, use: ImageUse | undefined): Promise<ResampledPicture> {
  const key = JSON.stringify([plan.path, plan.resizeTo, plan.grayscale]);
  const known = options.made.get(key);
  if (known) return known;
  const making = resamplePicture(picture, { size: plan.resizeTo, grayscale: plan.grayscale, location: use?.location });
  // One started early may fail before printPictures awaits it: the failure is told then, not lost as unhandled.
  making.catch(() => undefined);
  options.made.set(key, making);
  return making;
}

function describeLowPpi(plan: PicturePlan, pixels: { width: number; height: number }, use: ImageUse | undefined): BuildWarning {
  const needed = computeNeededPixels(plan.largest, TARGET_PPI);
  const fits = computeNeededPixels(plan.largest, LOW_PPI);
  return {
    code: "image-low-resolution",
    message:
      `The picture "${plan.path}" prints at ${Math.floor(plan.ppi)} ppi: its ${pixels.width} × ${pixels.height} pixels are spread over ` +
      `${convertPxToMm(plan.largest.widthPx)} × ${convertPxToMm(plan.largest.heightPx)} mm, so it will look blurred or jagged (${LOW_PPI} ppi is the least for print).`,
    hint:
      `Use a larger original (about ${needed.width} × ${needed.height} pixels gives ${TARGET_PPI} ppi at this size, ` +
      `${fits.width} × ${fits.height} the least), or print it smaller: in its column rather than across the columns, if it has {.span-all}, {.top} or {.bottom}.`,
    location: use?.location,
  };
}
