// Covers config/languages.ts and getQuotes: direction, script family, tag validity and typographic quotes per language.

import { describe, expect, it } from "vitest";
import { getLanguageDirection, getPrimarySubtag, isArabicScriptLanguage, isLanguageTag } from "../../src/config/languages.js";
import { getQuotes } from "../../src/stages/parse-markdown/create-markdown.js";

describe("languages", () => {
  it.each([["ar", "rtl"], ["ar-EG", "rtl"], ["FA", "rtl"], ["he", "rtl"], ["ku-Arab", "rtl"], ["ku", "ltr"], ["en", "ltr"], ["fr-CA", "ltr"]])(
    "getLanguageDirection(%s) is %s",
    (lang, direction) => {
      expect(getLanguageDirection(lang)).toBe(direction);
    },
  );

  it("getPrimarySubtag lower-cases and strips subtags", () => {
    expect(getPrimarySubtag("ar-EG")).toBe("ar");
    expect(getPrimarySubtag("EN")).toBe("en");
  });

  it("isArabicScriptLanguage is true for Arabic-script languages only", () => {
    expect(["ar", "fa-IR", "ur", "ps", "ku-Arab"].map(isArabicScriptLanguage)).toEqual([true, true, true, true, true]);
    expect(["he", "en", "yi"].map(isArabicScriptLanguage)).toEqual([false, false, false]);
  });

  it.each([["en", true], ["ar-EG", true], ["zh-Hant-TW", true], ["en_US", false], ["Arabic", false], ["english", false], ["not a tag", false], ["", false], ["e", false]])(
    "isLanguageTag(%j) is %s",
    (tag, valid) => {
      expect(isLanguageTag(tag)).toBe(valid);
    },
  );
});

describe("getQuotes", () => {
  it("gives guillemets for Arabic and French with narrow no-break spaces", () => {
    expect(getQuotes("ar")).toBe("«»“”");
    expect(getQuotes("fr-CA")).toEqual(["«\u202F", "\u202F»", "“", "”"]);
  });

  it("falls back to English quotes", () => {
    expect(getQuotes("ja")).toBe("“”‘’");
  });
});
