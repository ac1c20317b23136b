// Measures how many words of each right-to-left sample come back whole and in logical order, with Chrome's text layer and with pressroom's.

import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { build } from "../src/index.js";
import { readArticleText } from "../test/support/article-text.js";
import { getBrowserPath } from "../test/support/browser.js";
import { extractLogicalText, extractPdfjsText, findWordsInOrder, undoReaderHabits } from "../test/support/pdf-text.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const SAMPLES = [
  { issue: "2026-11", lang: "ar" },
  { issue: "2026-11-fa", lang: "fa" },
  { issue: "2026-11-ur", lang: "ur" },
] as const;
const out = mkdtempSync(path.join(os.tmpdir(), "pressroom-measure-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Every paragraph, note and caption the sample's edition in `lang` prints, in that language. */
function readTexts(issue: string, lang: string): string[] {
  const dir = path.join(ROOT, "issues", issue);
  return readdirSync(dir)
    .filter((name) => /^\d.*\.md$/.test(name))
    .map((name) => readArticleText(path.join(dir, name)))
    .filter((article) => article.lang === lang)
    .flatMap((article) => [...article.paragraphs, ...article.footnotes, ...article.captions]);
}

/** Share of words found whole and in order, strictly (no reader defect forgiven). */
function measure(extracted: string, texts: string[]): string {
  let found = 0;
  let total = 0;
  for (const text of texts) {
    const match = findWordsInOrder(undoReaderHabits(extracted), undoReaderHabits(text), []);
    found += match.found;
    total += match.total;
  }
  return `${((100 * found) / total).toFixed(1)}% of ${total}`;
}

it("measures words recovered per language and reader, before and after the repair", async () => {
  const rows: string[] = ["| language | text layer | pdftotext | pdf.js |", "|---|---|---|---|"];
  for (const { issue, lang } of SAMPLES) {
    const texts = readTexts(issue, lang);
    for (const textLayer of ["chrome", "repaired"] as const) {
      const outDir = path.join(out, textLayer);
      const result = await build({ issue: path.join(ROOT, "issues", issue), projectDir: ROOT, outDir, browser: getBrowserPath(), editions: [lang], textLayer });
      const file = result.outputs[0]?.path as string;
      const pdfjs = (await extractPdfjsText(file)).join("\n");
      rows.push(`| ${lang} | ${textLayer === "chrome" ? "Chrome's" : "pressroom's"} | ${measure(extractLogicalText(file), texts)} | ${measure(pdfjs, texts)} |`);
    }
  }
  console.log(`\nWords of each edition's own language found whole and in logical order:\n\n${rows.join("\n")}\n`);
  expect(rows.length).toBe(2 + SAMPLES.length * 2);
});
