// Reads which characters the faces Nastaliq's twins stand in for draw themselves: their files from fonts.css, each file's character map (edge: reads files).

import { readFile } from "node:fs/promises";
import path from "node:path";
import { toRanges } from "../../check/font-coverage-cache.js";
import { readCoverageByFile } from "../../check/read-font-coverage.js";
import { SHADOWED_FAMILIES } from "../../shared/shadow-text-fonts.js";

/**
 * The code points the shadowed faces' files map to glyphs, as inclusive ranges; undefined when fonts.css names no
 * file for them or a file it names is not there (the page script then twins every character but other scripts'
 * letters, as before it knew). Why: Chrome draws a character the face lacks (←, ?, …, %) in the next face of the
 * stack, whose text layer reads as it is, and its twin too made every reader give it twice.
 */
export async function readShadowedCoverage(fontsDir: string, families: readonly string[] = SHADOWED_FAMILIES): Promise<[number, number][] | undefined> {
  const css = await readFile(path.join(fontsDir, "fonts.css"), "utf8").catch(() => undefined);
  if (css === undefined) return undefined;
  const files = listFaceFiles(css, families).map((url) => path.resolve(fontsDir, url));
  if (!files.length) return undefined;
  const byFile = await readCoverageByFile(fontsDir, undefined, new Set(files));
  const points: number[] = [];
  for (const file of files) {
    const ranges = byFile.get(file);
    if (!ranges) return undefined;
    for (const [first, last] of ranges) for (let point = first; point <= last; point++) points.push(point);
  }
  return toRanges(points);
}

/** The files the `@font-face` rules of `css` give any of `families`, as their url()s write them (query and fragment cut). */
export function listFaceFiles(css: string, families: readonly string[]): string[] {
  const wanted = new Set(families.map((family) => family.toLowerCase()));
  const files: string[] = [];
  for (const [, block = ""] of stripComments(css).matchAll(/@font-face\s*\{([^}]*)\}/gi)) {
    const family = /font-family\s*:\s*(["']?)([^;"']+)\1/i.exec(block)?.[2]?.trim().toLowerCase();
    if (!family || !wanted.has(family)) continue;
    for (const [, , url = ""] of block.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/gi)) files.push(url.replace(/[?#].*$/, ""));
  }
  return files;
}

/** A commented-out rule names no face. */
const stripComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, "");
