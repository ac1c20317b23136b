// An article whose columns would begin at a page's foot with room for fewer than three lines starts on the next page (page/keep-lines.js).

import { describe, expect, it } from "vitest";
import { checkFixtureBuild, readFixture } from "../support/build-fixture.js";
import { extractText } from "../support/pdf-tools.js";

/** The fixture's pictures, from the sample issues (not copied into the fixture). */
const PICTURES = ["2026-11/images/alder-court-scaffolding.svg", "2026-11/images/long-table-kitchen.svg", "2026-12-leaflet/images/damp-flat.svg"];

describe("an article whose columns would begin at a page's foot two lines deep", () => {
  // From a fuzz of six-language sheets (the Spanish edition of a two-sided A3 sheet): the second article's head fell
  // two lines above the first side's foot, and Chromium set its opening five-line paragraph two, two and one over
  // three of the four columns, the last line alone (a paragraph of an odd number of lines cannot split in columns
  // two lines deep). The article now starts on the back.
  it("starts on the next page, with no line alone", async () => {
    await checkFixtureBuild(readFixture("sheet-shallow-start", PICTURES), async (result) => {
      const output = result.outputs[0]!;
      expect(output.pages).toBe(2);
      expect(output.warnings.map((warning) => warning.message)).toEqual([]);
      // The second article's headline and its first words are on the back, not at the front's foot.
      // pdftotext ends each page with a form feed.
      const [front = "", back = ""] = extractText(output.path).split("\f").map((page) => page.replace(/\s+/g, " "));
      expect(front).not.toContain("Conozca sus derechos 2");
      expect(back).toContain("Conozca sus derechos 2");
      expect(back).toContain("Cada sala la atienden voluntarios");
    });
  }, 120_000);
});
