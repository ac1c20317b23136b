// A subheading with a pull quote under it goes on to the next column with the quote when its text starts there (page/keep-lines.js).

import { describe, expect, it } from "vitest";
import { checkFixtureBuild, readFixture } from "../support/build-fixture.js";

/** The fixture's pictures, from the sample issues (not copied into the fixture). */
const PICTURES = ["2026-11/images/alder-court-scaffolding.svg", "2026-11/images/underpass-mural.svg", "2026-12-leaflet/images/damp-flat.svg"];

describe("a subheading over a pull quote, its text in the next column", () => {
  // From a fuzz issue (an Urdu Tabloid newspaper, the samples' Urdu text): on the front page the first article's
  // subheading and the pull quote under it ended the first column, the text they lead starting the second. The mends
  // after layout took the quote for the subheading's text, so the subheading never moved; they now read the text after
  // the quote, as the break check does. The editor is still told at the quote's line (pullquote-placement). The first
  // article has `columns: 3`, as the newspaper set every article on Tabloid before it took five there: in five the
  // subheading no longer ends a column, and the test passed without the mend (checked).
  it("starts the next column with its quote: no break warning, the quote's placement still told", async () => {
    await checkFixtureBuild(readFixture("heading-over-pullquote", PICTURES), async (result) => {
      const output = result.outputs[0]!;
      expect(output.pages).toBe(5);
      expect(output.warnings.map((warning) => warning.message)).toEqual([]);
      expect(result.warnings.map((warning) => warning.code)).toContain("pullquote-placement");
    });
  }, 120_000);
});
