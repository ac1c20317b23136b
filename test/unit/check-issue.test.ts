// The checks `pressroom check` adds to the build's own: characters no font prints, missing translations, pictures too small for their likely width.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { estimatePictureDensity, estimatePrintedWidthMm } from "../../src/check/estimate-picture-density.js";
import { findMissingGlyphs, nameCharacter } from "../../src/check/find-missing-glyphs.js";
import { findMissingTranslations } from "../../src/check/find-missing-translations.js";
import { readFontCoverage } from "../../src/check/read-font-coverage.js";
import type { ImageUse } from "../../src/stages/prepare-images/list-image-uses.js";
import type { Picture } from "../../src/stages/prepare-images/read-pictures.js";
import { articleMd, assembleAndParse, DISPLAY_DIR, issueMd } from "../fixtures/make-issue.js";

const FONTS = path.resolve(import.meta.dirname, "../../fonts");

describe("characters no font prints", () => {
  it("knows what the bundled fonts cover: Latin, Arabic, Persian and Urdu letters, arrows and mathematical signs, emoji, not Thai or Chinese", async () => {
    const covered = await readFontCoverage(FONTS);
    for (const char of ["A", "é", "ß", "€", "—", "ب", "گ", "ۓ", "ں", "۴", "٤", "→", "≥", "∑", "😀", "☕", "📅", "🇬"]) expect(covered.has(char.codePointAt(0) as number), char).toBe(true);
    for (const char of ["ก", "中"]) expect(covered.has(char.codePointAt(0) as number), char).toBe(false);
  });

  it("reports each run of unprintable characters once per file, at its first line and column, with how often it recurs", () => {
    const covered = new Set([..."abc :-"].map((char) => char.codePointAt(0) as number));
    const found = findMissingGlyphs(
      [
        { display: "a.md", text: "abc\nab XY c XY\nc Z" },
        { display: "b.md", text: "a\u00ADb\u200Cc\u200Fa\uFE0F" },
      ],
      covered,
    );
    expect(found.map(({ text, location, count }) => [text, location.file, location.line, location.column, count])).toEqual([
      ["XY", "a.md", 2, 4, 2],
      ["Z", "a.md", 3, 3, 1],
    ]);
  });

  it("names a character by its code point and Unicode name", () => {
    expect(nameCharacter(0x1f389)).toBe("U+1F389 PARTY POPPER");
    expect(nameCharacter(0x0e01)).toBe("U+0E01 THAI CHARACTER KO KAI");
  });
});

describe("missing translations", () => {
  it("names each article without a version in one of the issue's languages, every missing language in one warning, and what those editions will print", () => {
    const { issue, parsed } = assembleAndParse({
      issue: issueMd(["languages: [en, ar, es]"]),
      articles: {
        "01-a.md": articleMd(["title: A"], "Text."),
        "01-a.ar.md": articleMd(["title: أ"], "نص."),
        "02-b.md": articleMd(["title: B"], "Text."),
      },
    });
    const warnings = findMissingTranslations(issue, parsed.articles);
    expect(warnings.map((warning) => [warning.code, warning.location?.file])).toEqual([
      ["translation-missing", `${DISPLAY_DIR}/01-a.md`],
      ["translation-missing", `${DISPLAY_DIR}/02-b.md`],
    ]);
    expect(warnings[0]?.message).toBe("01-a.md has no Spanish version: the es edition prints it in English, marked as not translated.");
    expect(warnings[0]?.hint).toBe("Add 01-a.es.md with the translation, or set `untranslated: omit` in issue.md to leave it out of that edition.");
    // Both of 02-b.md's in one warning: the build tells each place once, and a second warning there was never shown.
    expect(warnings[1]?.message).toBe("02-b.md has no Arabic or Spanish version: the ar and es editions print it in English, marked as not translated.");
    expect(warnings[1]?.hint).toBe("Add 02-b.ar.md and 02-b.es.md with the translations, or set `untranslated: omit` in issue.md to leave it out of those editions.");
    const omitted = assembleAndParse({ issue: issueMd(["languages: [en, ar]", "untranslated: omit"]), articles: { "01-a.md": articleMd(["title: A"], "Text.") } });
    expect(findMissingTranslations(omitted.issue, omitted.parsed.articles)[0]?.message).toContain("the ar edition leaves it out");
    const omittedTwice = assembleAndParse({ issue: issueMd(["languages: [en, ar, fa]", "untranslated: omit"]), articles: { "01-a.md": articleMd(["title: A"], "Text.") } });
    expect(findMissingTranslations(omittedTwice.issue, omittedTwice.parsed.articles)[0]?.message).toBe("01-a.md has no Arabic or Persian version: the ar and fa editions leave it out.");
  });
});

describe("pictures too small for their likely width", () => {
  it("takes one column for a plain picture, N for span-N, the text width for placed ones (A4 newspaper, A5, a leaflet panel)", () => {
    expect(Math.round(estimatePrintedWidthMm([], 210))).toBe(59);
    expect(Math.round(estimatePrintedWidthMm(["span-2"], 210))).toBe(123);
    expect(Math.round(estimatePrintedWidthMm(["top"], 210))).toBe(186);
    expect(Math.round(estimatePrintedWidthMm(["page-bottom"], 210))).toBe(186);
    expect(Math.round(estimatePrintedWidthMm([], 148))).toBe(60);
    expect(Math.round(estimatePrintedWidthMm(["span-all"], 100))).toBe(76);
    // A3 and Tabloid hold five columns (TYPOGRAPHY.md), as the newspaper sets them.
    expect(Math.round(estimatePrintedWidthMm([], 297))).toBe(51);
    expect(Math.round(estimatePrintedWidthMm([], 279.4))).toBe(47);
  });

  it("warns under 150 ppi with the file:line:column and the pixels needed; drawings and sharp pictures pass", () => {
    const use = (name: string, classes: string[] = []): ImageUse => ({ path: name, articleId: "a", location: { file: "a.md", line: 3, column: 5 }, classes });
    const picture = (name: string, width: number, format = "jpeg"): Picture => ({ path: name, file: name, format, pixels: { width, height: width }, hasAlpha: false });
    const catalog = new Map([
      ["small.jpg", picture("small.jpg", 300)],
      ["big.jpg", picture("big.jpg", 2400)],
      ["drawing.svg", picture("drawing.svg", 100, "svg")],
    ]);
    const warnings = estimatePictureDensity([use("small.jpg"), use("big.jpg", ["top"]), use("drawing.svg")], catalog, 210);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: "picture-low-resolution", location: { file: "a.md", line: 3, column: 5 } });
    expect(warnings[0]?.message).toContain("small.jpg is 300 pixels wide: printed about 59 mm wide it gets about 129 ppi");
    expect(warnings[0]?.hint).toContain("at least 349 pixels wide");
  });
});
