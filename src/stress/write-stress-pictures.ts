// Makes the pictures a generated issue uses with sharp: a photograph, square, tall and panoramic pictures and an SVG drawing.

import { writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { PICTURE_FILES } from "./compose-stress-article.js";
import type { PictureShape } from "./plan-stress-issue.js";

/**
 * Pixels: at least 1700 wide, 150 ppi across an A3 page's text (273 mm, as `check` estimates a page picture's
 * width, whatever its height), so that no generated picture is warned as too coarse; flat shapes keep the files
 * small and quick to read.
 */
const SIZES: Record<PictureShape, [number, number]> = {
  photo: [1800, 1200],
  square: [1700, 1700],
  tall: [1700, 2550],
  panorama: [2400, 800],
  drawing: [800, 600],
};

export async function writeStressPictures(imagesDir: string, shapes: ReadonlySet<PictureShape>, hue: number): Promise<void> {
  for (const shape of shapes) {
    const [width, height] = SIZES[shape];
    const svg = drawShapes(width, height, hue);
    const file = path.join(imagesDir, PICTURE_FILES[shape]);
    // The drawing stays a vector file, as an editor's SVG does; it holds no text, which would print in a fallback font.
    if (shape === "drawing") writeFileSync(file, svg);
    else if (shape === "photo") await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toFile(file);
    else await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toFile(file);
  }
}

/** A sky, a hill and a sun in the colour: something with edges and gradients, like a picture, not a blank. */
function drawShapes(width: number, height: number, hue: number): string {
  const other = (hue + 150) % 360;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,80%)"/><stop offset="1" stop-color="hsl(${hue},40%,95%)"/></linearGradient></defs>` +
    `<rect width="${width}" height="${height}" fill="url(#sky)"/>` +
    `<circle cx="${width * 0.75}" cy="${height * 0.3}" r="${Math.min(width, height) * 0.12}" fill="hsl(${other},70%,60%)"/>` +
    `<path d="M0 ${height * 0.7} Q ${width * 0.3} ${height * 0.45} ${width * 0.6} ${height * 0.65} T ${width} ${height * 0.6} V ${height} H 0 Z" fill="hsl(${hue},45%,35%)"/>` +
    `<rect x="${width * 0.1}" y="${height * 0.55}" width="${width * 0.12}" height="${height * 0.25}" fill="hsl(${other},30%,25%)"/>` +
    `</svg>`
  );
}
