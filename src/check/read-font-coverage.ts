// Reads which characters the project's fonts can print, from every font file in fonts/ (edge: reads font files with fontkit).

import path from "node:path";
import * as fontkit from "fontkit";
import { ContentError } from "../diagnostics/errors.js";
import { listFontFiles } from "../shared/list-font-files.js";

/** Every code point some bundled font maps to a glyph. */
export async function readFontCoverage(fontsDir: string): Promise<ReadonlySet<number>> {
  const covered = new Set<number>();
  for (const entry of await listFontFiles(fontsDir)) {
    const font = openFont(path.join(fontsDir, entry));
    // A collection (.ttc) is not bundled; a single font has its character map here.
    if ("characterSet" in font) for (const codePoint of font.characterSet) covered.add(codePoint);
  }
  return covered;
}

/** A font file fontkit cannot read (empty, cut short, not a font) is the project's to replace, said with its name. */
function openFont(file: string): ReturnType<typeof fontkit.openSync> {
  try {
    return fontkit.openSync(file);
  } catch (error) {
    throw new ContentError("font-unreadable", `${path.relative(process.cwd(), file) || file} is not a font pressroom can read: it may be empty, cut short, or another kind of file.`, {
      hint: "Replace it with the font file itself (.ttf or .otf, as downloaded from the font's makers), or take it out of the fonts folder.",
      location: { file },
      cause: error,
    });
  }
}
