// The words of the break warnings: each says where, what and which text, and a headline's says no more than is known.

import { describe, expect, it } from "vitest";
import { describeDefect } from "../../src/stages/paginate/report-break-defects.js";

describe("describeDefect", () => {
  it("names the page, the column and the paragraph's first words for lines left alone and headings parted from their text", () => {
    expect(describeDefect({ kind: "orphan", page: 3, column: 2, text: "The committee met again" })).toBe(
      "On page 3, column 2, the paragraph starting “The committee met again” leaves only its first line at the foot of the column.",
    );
    expect(describeDefect({ kind: "widow", page: 4, column: 1, text: "x".repeat(60) })).toBe(
      `On page 4, column 1, only the last line of the paragraph starting “${"x".repeat(60)}…” is carried to the top of the column.`,
    );
    expect(describeDefect({ kind: "heading", page: 2, column: 3, text: "Next steps" })).toBe("On page 2, column 3, the heading “Next steps” is the last line of the column, apart from the text it heads.");
  });

  it("says a headline has none of its article under it, not where on the page it stands (at the foot, or at the top above a page picture)", () => {
    expect(describeDefect({ kind: "headline", page: 5, column: 0, text: "The kitchen opens" })).toBe("On page 5, the headline “The kitchen opens” has none of its article under it: the article starts on the next page.");
  });
});
