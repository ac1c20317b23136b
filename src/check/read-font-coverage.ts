// Reads which characters the project's fonts can print, from every font file in fonts/ (edge: reads font files with fontkit).

import { readdir } from "node:fs/promises";
import path from "node:path";
import * as fontkit from "fontkit";

/** Every code point some bundled font maps to a glyph. */
export async function readFontCoverage(fontsDir: string): Promise<ReadonlySet<number>> {
  const covered = new Set<number>();
  const entries = await readdir(fontsDir, { recursive: true });
  for (const entry of entries) {
    if (!/\.(ttf|otf)$/i.test(entry)) continue;
    const font = fontkit.openSync(path.join(fontsDir, entry));
    // A collection (.ttc) is not bundled; a single font has its character map here.
    if ("characterSet" in font) for (const codePoint of font.characterSet) covered.add(codePoint);
  }
  return covered;
}
