// Names the font files whose licence bits forbid embedding them in a PDF, which Chromium then draws as Type 3 pictures of letters (edge: reads font files with fontkit).

import path from "node:path";
import * as fontkit from "fontkit";
import { listFontFiles } from "../shared/list-font-files.js";

/** OS/2 fsType's bits, as fontkit reads them (OpenType spec: the least restrictive bit set applies). */
interface EmbeddingBits {
  noEmbedding?: boolean;
  viewOnly?: boolean;
  editable?: boolean;
  bitmapOnly?: boolean;
}

/** The font files under `fontsDir`, relative to it, that may not be embedded; one that cannot be read is passed over (the glyph check names it). */
export async function findUnembeddableFonts(fontsDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of (await listFontFiles(fontsDir).catch(() => [] as string[])).sort()) {
    let bits: EmbeddingBits | undefined;
    try {
      const font = fontkit.openSync(path.join(fontsDir, entry));
      bits = "OS/2" in font ? (font["OS/2"] as { fsType?: EmbeddingBits } | undefined)?.fsType : undefined;
    } catch {
      continue;
    }
    // "Restricted" unless "preview and print" or "editable" is set too; "bitmap only" allows no outlines.
    if (bits && ((bits.noEmbedding && !bits.viewOnly && !bits.editable) || bits.bitmapOnly)) found.push(entry.split(path.sep).join("/"));
  }
  return found;
}
