// Reads every picture the issue uses, once, and checks that it decodes: an unreadable one is a located error (disk).

import sharp from "sharp";
import { ContentError } from "../../diagnostics/errors.js";
import { resolveFile } from "../paginate/serve-assets.js";
import type { PixelSize } from "./image-density.js";
import type { ImageUse } from "./list-image-uses.js";

export interface Picture {
  /** Path inside the issue folder, e.g. "images/harbour.jpg". */
  path: string;
  /**
   * The real file (symbolic links resolved, checked to be inside the issue). Only the path is kept: an issue
   * of fifty 8 MB photographs would otherwise hold 400 MB for the whole build.
   */
  file: string;
  /** sharp's name for the format: "jpeg", "png", "webp", "gif", "avif"/"heif", "svg", ... */
  format: string;
  /** Pixel size as displayed (EXIF orientation applied); for SVG its own size (what the browser calls CSS px). */
  pixels: PixelSize;
  hasAlpha: boolean;
}

/** Pictures by path. Only files inside the issue folder are read (symbolic links may not lead out). */
export type PictureCatalog = ReadonlyMap<string, Picture>;

const READABLE = "JPEG, PNG, WebP, GIF, AVIF or SVG";

export async function readPictures(issueDir: string, uses: ImageUse[]): Promise<PictureCatalog> {
  const catalog = new Map<string, Picture>();
  for (const use of uses) {
    if (catalog.has(use.path)) continue;
    catalog.set(use.path, await readPicture(issueDir, use));
  }
  return catalog;
}

async function readPicture(issueDir: string, use: ImageUse): Promise<Picture> {
  // The same resolution the browser's asset server uses, so Node reads exactly what the page may load.
  const file = await resolveFile({ folders: { "/issue/": issueDir }, files: {} }, "/issue/" + use.path);
  if (!file) {
    throw new ContentError("image-outside", `The image "${use.path}" is not a file inside the issue folder.`, {
      hint: "Copy the picture itself into the issue's images/ folder (not a link to a file elsewhere).",
      location: use.location,
    });
  }
  // Only the header is read here; the pixels are decoded when (and if) the picture is resampled.
  const metadata = await sharp(file).metadata().catch((error: unknown) => {
    throw new ContentError("image-unreadable", `The file "${use.path}" is not a picture pressroom can read (${READABLE}).`, {
      hint: "Open it in an image program and save or export it again as JPEG (photographs) or PNG (drawings, screenshots).",
      location: use.location,
      cause: error,
    });
  });
  const width = metadata.autoOrient?.width ?? metadata.width;
  const height = metadata.autoOrient?.height ?? metadata.height;
  if (!width || !height) {
    throw new ContentError("image-unreadable", `The picture "${use.path}" has no width or height pressroom can read.`, {
      hint: "Save it again from an image program; an SVG drawing needs a width and height or a viewBox.",
      location: use.location,
    });
  }
  return {
    path: use.path,
    file,
    format: metadata.format ?? "unknown",
    pixels: { width, height },
    hasAlpha: metadata.hasAlpha ?? false,
  };
}
