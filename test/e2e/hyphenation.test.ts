// Builds narrow English, Spanish and French columns in real Chromium: words break at soft hyphens, yet read back whole and clean.

import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "../../src/index.js";
import { readArticleText, type ArticleText } from "../support/article-text.js";
import { getBrowserPath } from "../support/browser.js";
import { extractPdfjsRawText } from "../support/pdf-text.js";
import { extractText, findInOrder, toWords } from "../support/pdf-tools.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ISSUE = path.join(ROOT, "test/fixtures/hyphenation");

let out: string;
let result: BuildResult;
let file: string;
const articles: ArticleText[] = readdirSync(ISSUE)
  .filter((name) => /^\d.*\.md$/.test(name))
  .map((name) => readArticleText(path.join(ISSUE, name)));

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), "pressroom-hyphenation-"));
  result = await build({ issue: ISSUE, projectDir: ROOT, outDir: out, browser: getBrowserPath() });
  file = result.outputs[0]?.path as string;
}, 180_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Every word of the articles' paragraphs, as written. */
const sourceWords = (article: ArticleText) => article.paragraphs.join(" ").split(/\s+/).map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""));

/**
 * Undoes what a reader undoes by habit, and only that: a drop cap drawn apart from the rest of its word
 * ("T" then "he neighbourhood") is joined to it, and a word broken by a hyphen at a line end is joined
 * ("neighbour-" then "hood"). Whatever else splits a word (a soft hyphen, a space) stays and fails the test.
 */
const joinLineEnds = (text: string) => text.replace(/(^|\n)(\p{Lu})\n+(?=\p{Ll})/gu, "$1$2").replace(/(\p{L})-\n(?=\p{L})/gu, "$1");

/** Finds every paragraph's words, in order, each within a few words of the one before. */
function expectParagraphs(words: string[]): number {
  let checked = 0;
  for (const article of articles) {
    let position = 0;
    for (const paragraph of article.paragraphs) {
      const expected = toWords(paragraph);
      const found = findInOrder(words, expected, position, 40);
      expect("end" in found, `${article.title}: missing from "${expected.slice("missingAt" in found ? found.missingAt : 0).slice(0, 6).join(" ")}"`).toBe(true);
      if ("end" in found) position = found.end;
      checked += expected.length;
    }
  }
  return checked;
}

/**
 * Line ends where the PDF breaks a word with a hyphen, from `pdftotext -raw` (which keeps the lines as drawn):
 * the piece before the hyphen and the piece that starts the next line.
 */
function findHyphenBreaks(): { before: string; after: string }[] {
  const lines = extractText(file, true).split(/\n|\f/);
  const breaks: { before: string; after: string }[] = [];
  for (let index = 0; index + 1 < lines.length; index++) {
    const end = /(\p{L}+)-$/u.exec((lines[index] as string).trimEnd());
    const start = /^(\p{L}+)/u.exec((lines[index + 1] as string).trimStart());
    if (end && start) breaks.push({ before: end[1] as string, after: start[1] as string });
  }
  return breaks;
}

describe("hyphenation in narrow justified columns", () => {
  it("breaks words at line ends in English, Spanish and French, each by its own language's rules", () => {
    const breaks = findHyphenBreaks();
    for (const article of articles) {
      const words = new Set(sourceWords(article));
      const mine = breaks.filter(({ before, after }) => words.has(before + after));
      // A5 in three columns gives about 28 characters a line: long words break often.
      expect(mine.length, `${article.lang}: hyphenated line ends`).toBeGreaterThanOrEqual(4);
      const minimumAfter = article.lang === "es" ? 2 : 3;
      for (const { before, after } of mine) {
        expect(before.length, `${before}-${after}`).toBeGreaterThanOrEqual(2);
        expect(after.length, `${before}-${after}`).toBeGreaterThanOrEqual(minimumAfter);
      }
    }
  });

  it("never breaks a word the issue marks, an e-mail address or a URL with a hyphen", () => {
    const joined = findHyphenBreaks().map(({ before, after }) => before + after);
    expect(joined.length).toBeGreaterThan(0);
    for (const word of ["Riverside", "desk", "narrow", "example", "talks"]) expect(joined).not.toContain(word);
    const extracted = extractText(file, true);
    expect(extracted).toContain("desk@narrow.example");
    expect(extracted).toContain("narrow.example/talks");
  });

  it("reads back through pdftotext with every word whole, and no soft hyphen or U+2010 left", () => {
    const raw = extractText(file, true);
    expect(raw).not.toMatch(/[\u00AD\u2010]/);
    expect(extractText(file)).not.toMatch(/[\u00AD\u2010]/);
    // Lines in the order they were drawn (-raw), so a word broken at a column foot is followed by its end.
    expect(expectParagraphs(toWords(joinLineEnds(raw)))).toBeGreaterThan(200);
  });

  it("reads back through pdf.js with no soft hyphen, and every word whole once line-end hyphens are joined", async () => {
    const text = (await extractPdfjsRawText(file)).join("\n");
    expect(text).not.toMatch(/[\u00AD\u2010]/);
    expect(expectParagraphs(toWords(joinLineEnds(text)))).toBeGreaterThan(200);
  });
});
