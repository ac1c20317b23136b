// The font coverage cache: a font unchanged since a build read it is not opened again; a changed, new or gone one is seen; a broken cache is only a slower build.

import { copyFile, mkdir, mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readCoverageCache, toRanges } from "../../src/check/font-coverage-cache.js";
import { readFontCoverage } from "../../src/check/read-font-coverage.js";

const VAZIRMATN = path.resolve(import.meta.dirname, "../../fonts/vazirmatn/Vazirmatn-Regular.ttf");
const NASKH = path.resolve(import.meta.dirname, "../../fonts/noto-naskh-arabic/NotoNaskhArabic-Regular.ttf");
const code = (char: string) => char.codePointAt(0) as number;

describe("the font coverage cache", () => {
  let dir: string;
  let fonts: string;
  let cacheFile: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "pressroom-coverage-"));
    fonts = path.join(dir, "fonts");
    cacheFile = path.join(dir, "cache", "font-coverage.json");
    await mkdir(fonts);
    await copyFile(VAZIRMATN, path.join(fonts, "Vazirmatn-Regular.ttf"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("keeps what a font covers after reading it, and reads the cache instead of the font while the file is unchanged", async () => {
    const fresh = await readFontCoverage(fonts, cacheFile);
    expect(fresh.has(code("گ")) && fresh.has(code("A"))).toBe(true);
    const kept = await readCoverageCache(cacheFile);
    expect([...kept.keys()]).toEqual([path.join(fonts, "Vazirmatn-Regular.ttf")]);
    expect(new Set(await readFontCoverage(fonts, cacheFile))).toEqual(new Set(fresh));

    // A cache saying the font lacks "A" is believed while the file's size and time are those cached: it was not opened.
    const cache = JSON.parse(await readFile(cacheFile, "utf8"));
    cache.fonts[0].ranges = toRanges([...fresh].filter((point) => point !== code("A")));
    await writeFile(cacheFile, JSON.stringify(cache));
    expect((await readFontCoverage(fonts, cacheFile)).has(code("A"))).toBe(false);

    // Touched (as a font replaced by another of the same size would be), the file is read again.
    const later = new Date(Date.now() + 60_000);
    await utimes(path.join(fonts, "Vazirmatn-Regular.ttf"), later, later);
    expect((await readFontCoverage(fonts, cacheFile)).has(code("A"))).toBe(true);
  });

  it("reads a font added to the folder, and forgets one taken out of it", async () => {
    expect((await readFontCoverage(fonts, cacheFile)).has(code("ٻ"))).toBe(false);
    await copyFile(NASKH, path.join(fonts, "NotoNaskhArabic-Regular.ttf"));
    expect((await readFontCoverage(fonts, cacheFile)).has(code("ٻ"))).toBe(true);
    expect((await readCoverageCache(cacheFile)).size).toBe(2);

    await rm(path.join(fonts, "NotoNaskhArabic-Regular.ttf"));
    expect((await readFontCoverage(fonts, cacheFile)).has(code("ٻ"))).toBe(false);
    // Forgotten when the cache is next written (here, for a new font): the cache holds only fonts that exist.
    await copyFile(NASKH, path.join(fonts, "Naskh-copy.ttf"));
    await rm(path.join(fonts, "Naskh-copy.ttf"));
    await copyFile(VAZIRMATN, path.join(fonts, "Vazirmatn-copy.ttf"));
    await readFontCoverage(fonts, cacheFile);
    expect([...(await readCoverageCache(cacheFile)).keys()].map((file) => path.basename(file)).sort()).toEqual(["Vazirmatn-Regular.ttf", "Vazirmatn-copy.ttf"]);
  });

  it("reads the fonts when the cache is broken or of another shape, and writes it anew", async () => {
    for (const broken of ["{ not json", JSON.stringify({ version: 1, fonts: [{ file: 3 }] }), JSON.stringify({ version: 99, fonts: [] })]) {
      await mkdir(path.dirname(cacheFile), { recursive: true });
      await writeFile(cacheFile, broken);
      expect((await readFontCoverage(fonts, cacheFile)).has(code("گ"))).toBe(true);
      expect((await readCoverageCache(cacheFile)).size).toBe(1);
    }
  });

  it("still reads the fonts where the cache cannot be written, and leaves no part-written file", async () => {
    // The cache's folder is a file: nothing can be written under it.
    await writeFile(path.join(dir, "cache"), "in the way");
    expect((await readFontCoverage(fonts, cacheFile)).has(code("گ"))).toBe(true);
    expect(await readFile(path.join(dir, "cache"), "utf8")).toBe("in the way");
  });

  it("still says which font file cannot be read", async () => {
    await writeFile(path.join(fonts, "Broken.ttf"), "not a font");
    await expect(readFontCoverage(fonts, cacheFile)).rejects.toThrow(/Broken\.ttf is not a font pressroom can read/);
    // And again on the next build: an unreadable font is never cached as covering nothing.
    await expect(readFontCoverage(fonts, cacheFile)).rejects.toThrow(/Broken\.ttf/);
  });

  it("writes code points as runs", () => {
    expect(toRanges([5, 1, 2, 3, 9, 10, 2])).toEqual([
      [1, 3],
      [5, 5],
      [9, 10],
    ]);
    expect(toRanges([])).toEqual([]);
  });
});
