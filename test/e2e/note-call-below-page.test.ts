// A note whose call's line ends a pixel below the page's text goes on with its call: it was put in a notes' area hanging below the page, printed nowhere (page/keep-notes.js).

import { describe, expect, it } from "vitest";
import { checkFixtureBuild, readFixture } from "../support/build-fixture.js";

/** The fixture's pictures, from the sample issues (not copied into the fixture). */
const PICTURES = ["2026-11/images/alder-court-scaffolding.svg", "2026-11/images/lantern-walk-map.svg", "2026-11/images/long-table-kitchen.svg", "2026-11/images/underpass-mural.svg", "2026-12-leaflet/images/damp-flat.svg"];

describe("a note called on a line that ends a pixel below the page's text", () => {
  // From a fuzz issue (an Arabic A5 bulletin of eight articles and pictures): on page 29 the call's line ended 1 px
  // below the text area; Paged.js gave the notes' area a height of -1px, which CSS ignores, so the area, as tall as
  // the note, hung below the page, and keep-notes.js took the note in it for one with room. The build stopped: the
  // note's text was missing from the pages. (28 pages since pictures in a column are drawn shorter at a page's foot,
  // page/fit-pictures-at-breaks.js, 27 since pictures across the columns are too: the build without the mend still
  // stops, checked at 27.)
  it("builds, the note printed with its call on the next page", async () => {
    await checkFixtureBuild(readFixture("note-call-below-page", PICTURES), async (result) => {
      const output = result.outputs[0]!;
      expect(output.pages).toBe(27);
      // The build's own check read every note on the pages (it stopped here before); and no note is away from its
      // call (that would be warned: "Footnote 16 is called on page 29 but printed at the foot of page 30").
      expect(output.warnings.map((warning) => warning.message)).toEqual([]);
    });
  }, 120_000);
});
