// The narrow-columns warning's words: the count, width and characters measured, and the count to use instead.

import { describe, expect, it } from "vitest";
import { describeNarrowColumns } from "../../src/stages/paginate/report-narrow-columns.js";

describe("describeNarrowColumns", () => {
  it("says how wide the columns print, about how many characters a line holds, and how many columns to use", () => {
    const warning = describeNarrowColumns({ id: "01-four", columns: 4, widthMm: 27.6, widthEm: 8.4, page: 3, most: 3 }, "Four columns");
    expect(warning.code).toBe("narrow-columns");
    expect(warning.message).toBe(
      "“Four columns” is set in 4 columns about 28 mm wide (page 3): about 17 characters to a line, where a newspaper column holds 30 to 45. " +
        "Long words break on most lines and spaces gape.",
    );
    expect(warning.hint).toBe("Use `columns: 3` or fewer in the article's front matter for this paper, or take the `columns:` line out to use the layout's columns.");
  });

  it("asks for one column when two would still be too narrow", () => {
    const warning = describeNarrowColumns({ id: "x", columns: 2, widthMm: 20, widthEm: 6, page: 1, most: 1 }, "Narrow leaflet panel");
    expect(warning.hint).toMatch(/^Use `columns: 1` in the article's front matter/);
  });
});
