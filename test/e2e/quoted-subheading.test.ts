// A subheading with a pull quote under it (and a section heading over it) stays with the text it heads over page and column breaks (page/keep-lines.js, page/break-again.js).

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkFixtureBuild, readFixture } from "../support/build-fixture.js";
import { extractPdfjsText } from "../support/pdf-text.js";

const SECTION = "After the meeting";
const SUBHEADING = "What the tenants want";
const QUOTE = "We asked for a roof";

/** The first words of the paragraph under the fixture's pull quote. */
function readTextAfterQuote(fixture: string): string {
  const article = readFileSync(path.resolve(import.meta.dirname, "../fixtures", fixture, "01-a.md"), "utf8");
  const after = article.split(/^:::\n/m)[1] ?? "";
  return after.trim().split(/\s+/).slice(0, 2).join(" ");
}

/** Where each string first prints: its page (1-based) and, on that page, its place in the text; -1 when nowhere. */
function locate(pages: string[], text: string): { page: number; at: number } {
  const flat = pages.map((page) => page.replace(/\s+/g, " "));
  const index = flat.findIndex((page) => page.includes(text));
  return { page: index + 1, at: index === -1 ? -1 : (flat[index] as string).indexOf(text) };
}

describe("a subheading with a pull quote under it, at a break", () => {
  // Paged.js keeps a heading with what follows it (its break-after: avoid), but not a pull quote with what follows the
  // quote, nor a section heading with the subheading under it: in generated Persian issues the subheading and its
  // quote ended a page, their text overleaf, and a section heading was left alone at a page's foot.
  it.each([
    ["quoted-subheading-foot", "ends a page with its quote: both go overleaf with the section heading over them", 2, true],
    ["quoted-subheading-chain", "goes overleaf when its quote does not fit: the section heading over it goes too", 2, true],
    ["quoted-subheading-columns", "ends a column of a full page with its quote: they start the next column", 4, false],
  ])("%s: %s", async (fixture, _title, pages, sectioned) => {
    await checkFixtureBuild(readFixture(fixture), async (result) => {
      const output = result.outputs[0]!;
      expect(output.pages).toBe(pages);
      expect(output.warnings.filter((warning) => warning.code === "break-defect").map((warning) => warning.message)).toEqual([]);
      const text = await extractPdfjsText(output.path);
      const section = sectioned ? locate(text, SECTION) : undefined;
      const heading = locate(text, SUBHEADING);
      const quote = locate(text, QUOTE);
      const after = locate(text, readTextAfterQuote(fixture));
      // All on one page, in reading order.
      expect(after.page).toBeGreaterThan(0);
      expect([heading.page, quote.page]).toEqual([after.page, after.page]);
      if (section) {
        expect(section.page).toBe(after.page);
        expect(section.at).toBeLessThan(heading.at);
      }
      expect(heading.at).toBeLessThan(quote.at);
      expect(quote.at).toBeLessThan(after.at);
    });
  }, 120_000);
});
