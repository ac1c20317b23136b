// Pictures of one colour at a given size, for fixtures whose layout depends only on their pictures' proportions and pixels (those `npm run stress` drew are not kept).

import sharp from "sharp";

/** A picture `width` by `height` pixels of one colour, as PNG or JPEG bytes. */
export function drawFlatPicture(width: number, height: number, format: "png" | "jpeg" = "png"): Promise<Buffer> {
  const picture = sharp({ create: { width, height, channels: 3, background: { r: 90, g: 120, b: 160 } } });
  return (format === "jpeg" ? picture.jpeg() : picture.png()).toBuffer();
}

/** A drawing (SVG) `width` by `height` of one colour. */
export function drawFlatDrawing(width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#cde"/></svg>`;
}
