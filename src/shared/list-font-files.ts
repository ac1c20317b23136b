// Lists the font files in a fonts folder, at any depth: what the glyph check, the foreign-font check and the embedding check each read (edge: reads the folder).

import { readdir } from "node:fs/promises";

/** A font file pressroom's layouts can load: TrueType, OpenType, WOFF and WOFF2 (Noto Emoji is bundled as WOFF2). */
export const FONT_FILE = /\.(ttf|otf|woff2?)$/i;

/** The font files under `fontsDir`, relative to it, in the order the folder gives them. Throws if it cannot be read. */
export async function listFontFiles(fontsDir: string): Promise<string[]> {
  return (await readdir(fontsDir, { recursive: true })).filter((entry) => FONT_FILE.test(entry));
}
