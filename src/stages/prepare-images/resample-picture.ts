// Makes the bytes a picture is printed from: downscaled to 300 ppi and/or grayscale, in a format Chromium embeds well (sharp).

import sharp from "sharp";
import { ContentError, type SourceLocation } from "../../diagnostics/errors.js";
import { MIDTONE_EXPONENT, type PixelSize } from "./image-density.js";
import type { Picture } from "./read-pictures.js";

export interface ResampledPicture {
  bytes: Buffer;
  /** File extension and MIME type of `bytes`. */
  extension: "jpg" | "png";
  type: "image/jpeg" | "image/png";
  pixels: PixelSize;
}

export interface ResampleRequest {
  /** The pixel size to print at; null keeps the picture's own. */
  size: PixelSize | null;
  grayscale: boolean;
  /** Where the picture is used, for the error an undecodable file gives. */
  location?: SourceLocation;
}

/** JPEG quality for photographs: visually lossless at 300 ppi, a fraction of the size of 95+. */
export const JPEG_QUALITY = 85;
/** Drawings made JPEG for a grayscale edition get more quality: JPEG rings around hard edges. */
const DRAWING_JPEG_QUALITY = 92;
/** sRGB's gamma: the midtone lift is applied as a gamma pair around it (see MIDTONE_EXPONENT). */
const SRGB_GAMMA = 2.2;

export async function resamplePicture(picture: Picture, request: ResampleRequest): Promise<ResampledPicture> {
  try {
    return await encodePicture(picture, request);
  } catch (error) {
    throw new ContentError("image-unreadable", `The picture "${picture.path}" could not be decoded: ${firstLine(error)}.`, {
      hint: "The file may be damaged or cut short. Open it in an image program and save or export it again as JPEG or PNG.",
      location: request.location,
      cause: error,
    });
  }
}

async function encodePicture(picture: Picture, request: ResampleRequest): Promise<ResampledPicture> {
  const isSvg = picture.format === "svg";
  const size = request.size ?? picture.pixels;
  // An SVG is rasterised (only for grayscale editions) at a density that gives at least the wanted pixels.
  const density = isSvg ? Math.min(2400, Math.max(72, (72 * size.width) / picture.pixels.width)) : undefined;
  let pipeline = sharp(picture.file, { density, failOn: "error" }).autoOrient();
  if (request.size || isSvg) pipeline = pipeline.resize(size.width, size.height, { fit: "fill" });
  // A drawing's empty background is transparent; on paper it is white, and without alpha it can be one gray channel.
  if (isSvg) pipeline = pipeline.flatten({ background: "#ffffff" });
  const hasAlpha = picture.hasAlpha && !isSvg;
  if (request.grayscale) {
    // Linearise with sRGB's gamma, re-encode with a larger one: the net curve lifts the midtones for photocopiers.
    pipeline = pipeline.gamma(SRGB_GAMMA, SRGB_GAMMA / MIDTONE_EXPONENT).toColourspace("b-w");
  }
  // JPEG stays JPEG; a picture with transparency stays PNG (keeps alpha); a PNG stays PNG (lossless) in colour.
  // In grayscale every picture without transparency becomes JPEG: Chromium re-encodes a PNG as RGB in the PDF,
  // but passes a JPEG through as it is, so only a JPEG reaches the printer as one gray channel.
  const isDrawing = isSvg || picture.format === "png";
  const asJpeg = !hasAlpha && (picture.format === "jpeg" || request.grayscale || !isDrawing);
  const quality = isDrawing ? DRAWING_JPEG_QUALITY : JPEG_QUALITY;
  const { data, info } = await (asJpeg ? pipeline.jpeg({ quality }) : pipeline.png()).toBuffer({ resolveWithObject: true });
  return {
    bytes: data,
    extension: asJpeg ? "jpg" : "png",
    type: asJpeg ? "image/jpeg" : "image/png",
    pixels: { width: info.width, height: info.height },
  };
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split("\n")[0]?.replace(/\.$/, "") ?? "unknown error";
}
