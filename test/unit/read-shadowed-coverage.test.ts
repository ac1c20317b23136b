// The characters the Nastaliq face draws itself, read from fonts.css and its files, for the twins to leave the others out.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listFaceFiles, readShadowedCoverage } from "../../src/stages/paginate/read-shadowed-coverage.js";

const FONTS = path.resolve(import.meta.dirname, "../../fonts");

/** Whether inclusive ranges hold a character. */
const holds = (ranges: readonly [number, number][], char: string) => ranges.some(([first, last]) => char.codePointAt(0)! >= first && char.codePointAt(0)! <= last);

describe("listFaceFiles", () => {
  it("gives the files of a family's faces, quoted or not, and no other family's", () => {
    const css = [
      `@font-face { font-family: "PR Noto Nastaliq Urdu"; src: url("urdu/Regular.ttf") format("truetype"); font-weight: 400; }`,
      `@font-face { font-family: 'PR Noto Naskh Arabic'; src: url(naskh/Regular.ttf); }`,
      `@font-face {\n  font-family: PR Noto Nastaliq Urdu;\n  src: url(urdu/Bold.ttf?v=2) format("truetype"), url('urdu/Bold.woff2#x');\n  font-weight: 700;\n}`,
      `/* @font-face { font-family: "PR Noto Nastaliq Urdu"; src: url("old.ttf"); } */`,
    ].join("\n");
    expect(listFaceFiles(css, ["PR Noto Nastaliq Urdu"])).toEqual(["urdu/Regular.ttf", "urdu/Bold.ttf", "urdu/Bold.woff2"]);
    expect(listFaceFiles(css, ["PR Vazirmatn"])).toEqual([]);
  });
});

describe("readShadowedCoverage", () => {
  it("reads the bundled Nastaliq's letters, digits and some punctuation, but not the signs it lacks", async () => {
    const ranges = await readShadowedCoverage(FONTS);
    expect(ranges).toBeDefined();
    for (const char of ["ا", "ے", "۔", "؟", "۱", "1", "(", "“", "،"]) expect({ char, held: holds(ranges!, char) }).toEqual({ char, held: true });
    for (const char of ["←", "…", "%", "&", "?", "A"]) expect({ char, held: holds(ranges!, char) }).toEqual({ char, held: false });
  });

  it("knows nothing when fonts.css names no file for the face, or names one that is not there", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pressroom-shadowed-"));
    try {
      expect(await readShadowedCoverage(dir)).toBeUndefined();
      writeFileSync(path.join(dir, "fonts.css"), `@font-face { font-family: "PR Noto Serif"; src: url("serif.ttf"); }`);
      expect(await readShadowedCoverage(dir)).toBeUndefined();
      writeFileSync(path.join(dir, "fonts.css"), `@font-face { font-family: "PR Noto Nastaliq Urdu"; src: url("gone.ttf"); }`);
      expect(await readShadowedCoverage(dir)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
