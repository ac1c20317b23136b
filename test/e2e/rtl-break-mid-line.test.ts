// A page break Paged.js makes inside the last line of an Arabic paragraph holding an English run leaves no line alone overleaf (page/keep-lines.js).

import { describe, expect, it } from "vitest";
import { checkFixtureBuild, readFixture } from "../support/build-fixture.js";

/** The fixture's pictures, from the sample issues (not copied into the fixture). */
const PICTURES = ["alder-court-scaffolding.svg", "lantern-walk-map.svg", "long-table-kitchen.svg", "underpass-mural.svg"].map((name) => `2026-11/images/${name}`);

describe("a page break inside the last line of an Arabic paragraph with an English run in its next line", () => {
  // From a fuzz of issues with jumps and page references (an Arabic A4 newspaper): Paged.js broke before the last
  // 11 px of the page's last line, and the next line, holding "(see page 13)", was read as two lines (its runs 3.2 px
  // apart, more than the 3 px taken for one line): three lines overleaf counted, so the break stayed, and the
  // paragraph's last line stood alone at the top of the next page, warned.
  it("carries two lines over, not one: no warning", async () => {
    await checkFixtureBuild(readFixture("rtl-break-mid-line", PICTURES), async (result) => {
      const output = result.outputs[0]!;
      expect(output.pages).toBe(14);
      expect(output.warnings.map((warning) => warning.message)).toEqual([]);
    });
  }, 120_000);
});
