// The characters of an issue no bundled font can print, as errors with their place: `check` lists them all, the build stops at them (edge: reads the fonts).

import { ContentError } from "../diagnostics/errors.js";
import type { IssueSource } from "../stages/load-issue/types.js";
import type { MissingGlyphs } from "./find-missing-glyphs.js";
import { needsGlyph } from "./needs-glyph.js";

export async function findGlyphErrors(issue: IssueSource, fontsDir: string): Promise<ContentError[]> {
  // fontkit takes 0.1 s to load: loaded when the check runs (during layout, in a build), not with the command.
  const { readFontCoverage } = await import("./read-font-coverage.js");
  const covered = await readFontCoverage(fontsDir);
  const files = [issue.file, ...issue.translations.map((translation) => translation.file), ...issue.articles.map((article) => article.file)];
  if (files.every((file) => isCovered(file.text, covered))) return [];
  // Naming the characters takes a table of every Unicode name, loaded only when there is something to name.
  const { findMissingGlyphs } = await import("./find-missing-glyphs.js");
  return findMissingGlyphs(files, covered).map(describeMissingGlyphs);
}

function isCovered(text: string, covered: ReadonlySet<number>): boolean {
  for (const char of text) if (needsGlyph(char) && !covered.has(char.codePointAt(0) as number)) return false;
  return true;
}

function describeMissingGlyphs(missing: MissingGlyphs): ContentError {
  const single = [...missing.text].length === 1;
  const what = single ? `The character “${missing.text}” (${missing.name}) is` : `The characters “${missing.text}” (the first is ${missing.name}) are`;
  const result = single ? "it would print as an empty box" : "they would print as empty boxes";
  const times = missing.count > 1 ? ` (${missing.count} times in this file)` : "";
  return new ContentError("glyph-missing", `${what} in no font pressroom prints with: ${result} or in another font${times}.`, {
    hint: "Replace them (a look-alike letter, or words), or add a font that has them to the project's fonts/ folder and its fonts.css.",
    location: missing.location,
  });
}
