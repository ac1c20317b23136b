// Reads every picture the issue uses, once, and checks that it decodes: an unreadable one is a located error (disk).

import path from "node:path";
import sharp from "sharp";
import { ContentError } from "../../diagnostics/errors.js";
import { resolveFile } from "../paginate/serve-assets.js";
import type { PixelSize } from "./image-density.js";
import { isCutShort, startsAsPicture } from "./is-cut-short.js";
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

/** A format a page cannot show: what the file is, in an editor's words, and how to get a picture it can. */
interface RefusedFormat {
  what: string;
  hint: string;
}

const EXPORT_HINT = "Open it in an image program and export it as JPEG (photographs, scans) or PNG (drawings, screenshots), then use that file instead.";
const DOCUMENT_HINT = "Save the picture out of the document (right-click it, Save as Picture) as JPEG or PNG, put it in images/ and use that file instead.";
const HEIC: RefusedFormat = {
  what: "a HEIC photo (the format iPhones save in)",
  hint: "Open it on a computer (Photos, Preview or an image program) and export it as JPEG, then use that file instead. On an iPhone, Settings > Camera > Formats > Most Compatible makes the next photos JPEGs.",
};

/** Formats sharp reads but a browser cannot show: laid out as an empty box, the picture was missing from the page. */
const NAMED_FORMATS: Record<string, string> = { tiff: "a TIFF file", jp2k: "a JPEG 2000 file", pdf: "a PDF", raw: "a camera raw file", ppm: "a PPM file", fits: "a FITS file", exr: "an OpenEXR file", vips: "a VIPS file", magick: "a file" };

/** Files editors use for pictures that nothing here reads, named by their extension when they cannot be read. */
const NAMED_EXTENSIONS: Record<string, RefusedFormat> = {
  ".pdf": { what: "a PDF", hint: EXPORT_HINT },
  ".tif": { what: "a TIFF file", hint: EXPORT_HINT },
  ".tiff": { what: "a TIFF file", hint: EXPORT_HINT },
  ".bmp": { what: "a BMP file", hint: EXPORT_HINT },
  ".psd": { what: "a Photoshop file", hint: EXPORT_HINT },
  ".ai": { what: "an Illustrator file", hint: EXPORT_HINT },
  ".eps": { what: "an EPS file", hint: EXPORT_HINT },
  ".doc": { what: "a Word document", hint: DOCUMENT_HINT },
  ".docx": { what: "a Word document", hint: DOCUMENT_HINT },
  ".odt": { what: "a word processor document", hint: DOCUMENT_HINT },
};

/**
 * A HEIC photo (what iPhones save by default) cannot be read at all: its codec is not in sharp's build. Its name
 * or its header says what it is, so the editor is told how to get a JPEG rather than that it is not a picture.
 */
const isHeic = (name: string, metadata?: { format?: string; compression?: string }) =>
  metadata ? metadata.format === "heif" && metadata.compression !== "av1" : /\.hei[cf]$/i.test(name);

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
  const metadata = await sharp(file).metadata().catch(async (error: unknown) => {
    if (isHeic(use.path)) throw refuseFormat(use, HEIC, error);
    if (await startsAsPicture(file)) throw refuseCutShort(use, error);
    const byName = NAMED_EXTENSIONS[path.extname(use.path).toLowerCase()];
    if (byName) throw refuseFormat(use, byName, error);
    throw new ContentError("image-unreadable", `The file "${use.path}" is not a picture pressroom can read (${READABLE}).`, {
      hint: "Open it in an image program and save or export it again as JPEG (photographs) or PNG (drawings, screenshots).",
      location: use.location,
      cause: error,
    });
  });
  if (isHeic(use.path, metadata)) throw refuseFormat(use, HEIC);
  const named = metadata.format ? NAMED_FORMATS[metadata.format] : undefined;
  if (named) throw refuseFormat(use, { what: named, hint: EXPORT_HINT });
  const width = metadata.autoOrient?.width ?? metadata.width;
  const height = metadata.autoOrient?.height ?? metadata.height;
  if (!width || !height) {
    throw new ContentError("image-unreadable", `The picture "${use.path}" has no width or height pressroom can read.`, {
      hint: "Save it again from an image program; an SVG drawing needs a width and height or a viewBox.",
      location: use.location,
    });
  }
  const format = metadata.format ?? "unknown";
  if (await isCutShort(file, format)) throw refuseCutShort(use);
  return {
    path: use.path,
    file,
    format,
    pixels: { width, height },
    hasAlpha: metadata.hasAlpha ?? false,
  };
}

/** A picture not saved or copied whole: a page would print the part there is and leave the rest blank. */
function refuseCutShort(use: ImageUse, cause?: unknown): ContentError {
  return new ContentError("image-cut-short", `The picture "${use.path}" is cut short or damaged: it was not saved or copied whole.`, {
    hint: "Copy it again from where it came from (the camera, the phone, the email) and open it to see it is whole, or open it in an image program and save it again as JPEG or PNG.",
    location: use.location,
    ...(cause !== undefined && { cause }),
  });
}

/** A picture in a format the pages cannot show: what it is, and how to make it one they can. */
function refuseFormat(use: ImageUse, { what, hint }: RefusedFormat, cause?: unknown): ContentError {
  return new ContentError("image-format", `The picture "${use.path}" is ${what}, which cannot be printed: only ${READABLE} can.`, {
    hint,
    location: use.location,
    ...(cause !== undefined && { cause }),
  });
}
