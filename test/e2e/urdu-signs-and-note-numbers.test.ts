// Urdu's text layer: a sign the Nastaliq face has no glyph for (printed in another face) is read once, not twice, and note numbers are read at their calls and notes.

import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "../../src/index.js";
import { getBrowserPath } from "../support/browser.js";
import { makeProject } from "../support/issue-fixture.js";
import { extractLogicalText, extractPdfjsText } from "../support/pdf-text.js";

/**
 * Noto Nastaliq Urdu has no ←, …, % or & (Chrome prints them in the symbols face or Noto Serif), and prints
 * note numbers in the edition's digits from base.css's counters, which are not text of the page. Three notes,
 * so a number counted from the wrong place shows.
 */
const FILES = {
  "issue.md": "---\ntitle: The Sign Test\nnumber: 1\ndate: 2026-12-07\nlanguages: [ur, en]\neditions: [ur]\ndigits: native\n---\n",
  "01-signs.md": [
    "---\ntitle: راستے کے نشان\n---\n",
    "یہ راستہ ← اس طرف جاتا ہے… آدھے لوگ آئے، یعنی پچاس % اور کچھ & دوسرے۔",
    "",
    "پہلی بات یہ ہے کہ ہال[^1] صبح کھلتا ہے۔ دوسری بات یہ ہے کہ کتابیں[^2] مفت ہیں۔ تیسری بات یہ ہے کہ چائے[^3] بھی ملتی ہے۔",
    "",
    "[^1]: ہال نو بجے کھلتا ہے۔",
    "[^2]: ہر ہفتے نئی کتابیں آتی ہیں۔",
    "[^3]: چائے رضاکار بناتے ہیں۔",
    "",
  ].join("\n"),
  // Enough for a second page, whose folio ("The Sign Test · شمارہ ۱ · ...") holds the paper's Latin name.
  "02-more.md": `---\ntitle: ہفتے کا حال\n---\n\n${Array.from({ length: 40 }, (_, index) => `ہفتے کے دن ${index + 1} لوگ لائبریری آئے اور سب نے مل کر کتابیں ترتیب سے رکھیں، پھر چائے پی اور اگلے ہفتے کا منصوبہ بنایا۔`).join("\n\n")}\n`,
};

/** Extended Arabic-Indic digits, as `digits: native` prints Urdu's. */
const URDU_DIGITS = "۰۱۲۳۴۵۶۷۸۹";

/** How many times `needle` occurs in `text`. */
const count = (text: string, needle: string) => text.split(needle).length - 1;

let made: { project: string; issue: string };
let built: BuildResult;
let readers: { name: string; pages: string[]; text: string }[];

beforeAll(async () => {
  made = makeProject(FILES, "urdu-signs");
  built = await build({ issue: made.issue, projectDir: made.project, outDir: path.join(made.project, "out"), browser: getBrowserPath() });
  const file = built.outputs[0]!.path;
  const poppler = extractLogicalText(file, "rtl").split("\f").filter((page) => page.trim());
  const pdfjs = await extractPdfjsText(file, "rtl");
  readers = [
    { name: "pdftotext", pages: poppler, text: poppler.join("\n") },
    { name: "pdf.js", pages: pdfjs, text: pdfjs.join("\n") },
  ];
}, 120_000);

afterAll(() => {
  if (made) rmSync(made.project, { recursive: true, force: true });
});

describe("an Urdu edition's text layer", () => {
  it("is built without a warning", () => {
    expect(built.outputs[0]?.warnings).toEqual([]);
  });

  // Each sign printed in a fallback face reads as it is; its twin (page/shadow-text.js) said it a second time.
  // (The readers' text is NFKC-normalised: … comes back as three full stops.)
  it.each(["←", "…", "%", "&"])("gives %s once, through both readers", (sign) => {
    for (const { name, text } of readers) expect({ name, times: count(text, sign.normalize("NFKC")) }).toEqual({ name, times: 1 });
  });

  it("keeps the words around the signs", () => {
    for (const { text } of readers) {
      expect(text).toContain("یہ راستہ");
      expect(text).toContain("اس طرف جاتا ہے");
      expect(text).toContain("دوسرے");
    }
  });

  // The numbers are printed in Nastaliq from CSS counters: silenced with the face's other glyphs, they had no twin,
  // and the call's word and the note read without them.
  it("gives each note call's number after its word, in the edition's digits", () => {
    for (const { name, text } of readers) {
      const calls = ["ہال", "کتابیں", "چائے"].map((word, index) => new RegExp(`${word}\\s?${URDU_DIGITS[index + 1]}`).test(text));
      expect({ name, calls }).toEqual({ name, calls: [true, true, true] });
    }
  });

  // The folio is text Paged.js generates in the page's margin, in Nastaliq: with the paper's Latin name in it, it
  // got no twin at all, and read as the name alone. The second page, the last, says "شمارہ" (issue) twice: in
  // the colophon, and in the folio under it.
  it("gives the running folio's Urdu words beside the paper's Latin name", () => {
    for (const { name, pages } of readers) {
      expect({ name, pages: pages.length }).toEqual({ name, pages: 2 });
      expect({ name, times: count(pages[1]!, "شمارہ"), dates: count(pages[1]!, "دسمبر") }).toEqual({ name, times: 2, dates: 2 });
    }
  });

  it("gives each note its number before its text", () => {
    for (const { name, text } of readers) {
      const notes = ["ہال نو بجے", "ہر ہفتے نئی", "چائے رضاکار"].map((start, index) => new RegExp(`${URDU_DIGITS[index + 1]}\\s?\\.\\s?${start}`).test(text));
      expect({ name, notes }).toEqual({ name, notes: [true, true, true] });
    }
  });
});
