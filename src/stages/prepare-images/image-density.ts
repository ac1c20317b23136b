// Pixel density of a picture at its printed size, and what to do about it: keep, downscale to 300 ppi, or warn (pure).

/** CSS pixels per inch: the browser lays pages out at 96 px to the inch. */
export const CSS_PX_PER_INCH = 96;
/** Press resolution: more pixels than this only make the PDF bigger. */
export const TARGET_PPI = 300;
/** Below this a printed picture looks soft or jagged. */
export const LOW_PPI = 150;
/**
 * Downscaling saves little when the picture is barely over 300 ppi, and every JPEG re-encoding loses a
 * little; so a picture is left alone unless the resampled one has at most this share of its pixels across.
 */
export const RESAMPLE_WORTHWHILE = 0.9;

export interface PixelSize {
  width: number;
  height: number;
}

/** The printed box in CSS px (as Chromium laid it out). */
export interface PrintedBox {
  widthPx: number;
  heightPx: number;
}

/** Pixels per inch at the printed size; the lower of the two axes, so a squashed picture is not overrated. */
export function computePpi(pixels: PixelSize, box: PrintedBox): number {
  if (box.widthPx <= 0 || box.heightPx <= 0) return Infinity;
  const across = pixels.width / (box.widthPx / CSS_PX_PER_INCH);
  const down = pixels.height / (box.heightPx / CSS_PX_PER_INCH);
  return Math.min(across, down);
}

/** The largest of the boxes a picture is printed in (one file may be used more than once). */
export function findLargestBox(boxes: PrintedBox[]): PrintedBox | null {
  let largest: PrintedBox | null = null;
  for (const box of boxes) if (!largest || box.widthPx * box.heightPx > largest.widthPx * largest.heightPx) largest = box;
  return largest;
}

export type ResampleDecision = { action: "keep" } | { action: "downscale"; width: number; height: number };

/**
 * Downscales to TARGET_PPI at the largest printed size, keeping the aspect ratio exactly as far as whole pixels
 * allow (the laid-out box is computed from it, so a new aspect would move the layout).
 */
export function decideResample(pixels: PixelSize, largest: PrintedBox): ResampleDecision {
  const ppi = computePpi(pixels, largest);
  if (!Number.isFinite(ppi) || ppi <= TARGET_PPI) return { action: "keep" };
  const scale = TARGET_PPI / ppi;
  const width = Math.max(1, Math.ceil(pixels.width * scale));
  const height = Math.max(1, Math.round((width * pixels.height) / pixels.width));
  if (width > pixels.width * RESAMPLE_WORTHWHILE) return { action: "keep" };
  return { action: "downscale", width, height };
}

/** The pixel size a picture needs to print at `ppi` in `box`, for the editor's hint. */
export function computeNeededPixels(box: PrintedBox, ppi: number): PixelSize {
  return { width: Math.ceil((box.widthPx / CSS_PX_PER_INCH) * ppi), height: Math.ceil((box.heightPx / CSS_PX_PER_INCH) * ppi) };
}

/** Millimetres for a length in CSS px, for messages. */
export function convertPxToMm(px: number): number {
  return Math.round((px / CSS_PX_PER_INCH) * 25.4);
}

/**
 * Photocopiers darken and fill in shadows, so a grayscale edition lifts the midtones: out = in^MIDTONE_EXPONENT
 * (0 and 255 stay put, 128 becomes about 145).
 */
export const MIDTONE_EXPONENT = 0.82;
