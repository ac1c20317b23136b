// The table-too-wide warning's words: where the table prints, which column divides (or all), and what to do in a column or across the page.

import { describe, expect, it } from "vitest";
import { describeDividedTable } from "../../src/stages/paginate/report-divided-tables.js";

describe("describeDividedTable", () => {
  it("names the one column that divides by its head, and suggests setting the table across the columns", () => {
    const warning = describeDividedTable({ page: 3, column: { number: 2, head: "Reference" }, across: false }, "Grants received");
    expect(warning.code).toBe("table-too-wide");
    expect(warning.message).toBe(
      "A table in “Grants received” (page 3) is too wide for its column with every word and figure whole, even in smaller type: " +
        "the words and figures of its column “Reference” are divided between lines where they must be.",
    );
    expect(warning.hint).toMatch(/^Write \{\.span-all\} on the line after the table/);
  });

  it("names a column with an empty head by its number, and a table whose columns all divide by none", () => {
    expect(describeDividedTable({ page: 1, column: { number: 3, head: "" }, across: false }, "Grants").message).toContain("its column number 3 are divided");
    const all = describeDividedTable({ page: 2, across: false }, undefined);
    expect(all.message).toBe("A table on page 2 is too wide for its column with every word and figure whole, even in smaller type: its words and figures are divided between lines where they must be.");
  });

  it("asks a table already across the page to be shortened or split, not set across again", () => {
    const warning = describeDividedTable({ page: 5, across: true }, "Five years");
    expect(warning.message).toContain("too wide for the page");
    expect(warning.hint).not.toContain("span-all");
    expect(warning.hint).toContain("split the table in two");
  });
});
