// Keeps each font file's character coverage between builds, keyed by its path, size and time of change (edge: reads and writes one JSON file).

import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { PACKAGE_DIR } from "../config/build-options.js";

/**
 * In pressroom's own node_modules/.cache, where tools keep what they can always make again (the folder find-cache-dir
 * names): deleting it costs the next build the time to read the fonts, nothing else.
 */
export const FONT_COVERAGE_CACHE = path.join(PACKAGE_DIR, "node_modules", ".cache", "pressroom", "font-coverage.json");

/** One font file as it was when read: a file changed since (another size or time) is read again. */
export interface CoverageEntry {
  file: string;
  size: number;
  mtimeMs: number;
  /** The code points the font maps to glyphs, as inclusive ranges in increasing order. */
  ranges: [number, number][];
}

const CACHE_SCHEMA = z.object({
  version: z.literal(1),
  fonts: z.array(z.object({ file: z.string(), size: z.number(), mtimeMs: z.number(), ranges: z.array(z.tuple([z.number().int(), z.number().int()])) })),
});

/** The entries kept, by file; none when the cache is missing, unreadable or of another shape (it is only ever a shortcut). */
export async function readCoverageCache(cacheFile: string): Promise<Map<string, CoverageEntry>> {
  try {
    const parsed = CACHE_SCHEMA.safeParse(JSON.parse(await readFile(cacheFile, "utf8")));
    return new Map(parsed.success ? parsed.data.fonts.map((entry) => [entry.file, entry]) : []);
  } catch {
    return new Map();
  }
}

/**
 * Writes the entries, leaving out those whose file is gone (a test's or an old project's fonts), so the cache never
 * grows past the fonts that exist. Written to a file of its own and renamed into place, so a build reading it
 * while another writes finds the old cache or the new one, never half of one. A cache that cannot be written
 * (a read-only install) is left as it is: the next build reads the fonts again.
 */
export async function writeCoverageCache(cacheFile: string, entries: Iterable<CoverageEntry>): Promise<void> {
  const partial = `${cacheFile}.${randomUUID()}.tmp`;
  try {
    const kept: CoverageEntry[] = [];
    for (const entry of entries) if (await stat(entry.file).then(() => true, () => false)) kept.push(entry);
    await mkdir(path.dirname(cacheFile), { recursive: true });
    await writeFile(partial, JSON.stringify({ version: 1, fonts: kept }));
    await rename(partial, cacheFile);
  } catch {
    // Only a shortcut: see above.
    await rm(partial, { force: true }).catch(() => undefined);
  }
}

/** Code points in increasing order as inclusive ranges: a font's 3,000 letters are a few hundred runs. */
export function toRanges(codePoints: Iterable<number>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const point of [...new Set(codePoints)].sort((a, b) => a - b)) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === point - 1) last[1] = point;
    else ranges.push([point, point]);
  }
  return ranges;
}
