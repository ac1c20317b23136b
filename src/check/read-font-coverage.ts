// Reads which characters the project's fonts can print, from every font file in fonts/ or, for a file unchanged since a build read it, from the coverage cache (edge: reads font files with fontkit).

import { stat } from "node:fs/promises";
import path from "node:path";
import { ContentError } from "../diagnostics/errors.js";
import { listFontFiles } from "../shared/list-font-files.js";
import { FONT_COVERAGE_CACHE, readCoverageCache, toRanges, writeCoverageCache, type CoverageEntry } from "./font-coverage-cache.js";

type Fontkit = typeof import("fontkit");

/**
 * Every code point some font in `fontsDir` maps to a glyph. Loading fontkit and reading a dozen fonts' character
 * maps took 0.4 s of Node's thread in every build, beside the browser's first layout on a two-core machine: a
 * font file whose size and time of change are those cached is not opened (`cacheFile` is for tests).
 */
export async function readFontCoverage(fontsDir: string, cacheFile = FONT_COVERAGE_CACHE): Promise<ReadonlySet<number>> {
  const covered = new Set<number>();
  for (const ranges of (await readCoverageByFile(fontsDir, cacheFile)).values()) {
    for (const [first, last] of ranges) for (let point = first; point <= last; point++) covered.add(point);
  }
  return covered;
}

/**
 * Each font file in `fontsDir` (by absolute path; only those in `only` when given, so that a cold cache opens no
 * other) with the code points it maps, as inclusive ranges; cached likewise.
 */
export async function readCoverageByFile(fontsDir: string, cacheFile = FONT_COVERAGE_CACHE, only?: ReadonlySet<string>): Promise<Map<string, [number, number][]>> {
  const cached = await readCoverageCache(cacheFile);
  const byFile = new Map<string, [number, number][]>();
  let fontkit: Fontkit | undefined;
  let changed = false;
  for (const entry of await listFontFiles(fontsDir)) {
    const file = path.resolve(fontsDir, entry);
    if (only && !only.has(file)) continue;
    // A file that cannot be looked at (a broken link) is not cached: opening it says what is wrong.
    const { size, mtimeMs } = await stat(file).catch(() => ({ size: -1, mtimeMs: -1 }));
    let known = cached.get(file);
    if (!known || size < 0 || known.size !== size || known.mtimeMs !== mtimeMs) {
      fontkit ??= await import("fontkit");
      known = { file, size, mtimeMs, ranges: toRanges(readCharacterSet(fontkit, file)) } satisfies CoverageEntry;
      cached.set(file, known);
      changed = true;
    }
    byFile.set(file, known.ranges);
  }
  if (changed) await writeCoverageCache(cacheFile, cached.values());
  return byFile;
}

/** The code points a font file maps; a collection (.ttc) is not bundled, a single font has its character map here. */
function readCharacterSet(fontkit: Fontkit, file: string): number[] {
  const font = openFont(fontkit, file);
  return "characterSet" in font ? font.characterSet : [];
}

/** A font file fontkit cannot read (empty, cut short, not a font) is the project's to replace, said with its name. */
function openFont(fontkit: Fontkit, file: string): ReturnType<Fontkit["openSync"]> {
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
