// How page/keep-lines.js counts the lines of a range, which decides how many lines a page break leaves on each side: a right-to-left line holding a left-to-right address is one line, whatever order its runs are read in, in real Chromium.

import { describe, expect, it } from "vitest";
import { useLaidOutFixture } from "../support/laid-out-fixture.js";

const laidOut = useLaidOutFixture({
  "issue.md": "---\ntitle: The Line Count\nnumber: 1\ndate: 2026-12-07\nlanguages: [en]\nlayout: bulletin\ncontents: false\n---\n",
  "01-a.md": "---\ntitle: The winter market\n---\n\nThe tenants association met on Tuesday evening in the hall behind the library.\n",
});

describe("a range's lines (page/keep-lines.js readLines)", () => {
  // `npm run stress`, a Persian page: the line's runs are read in the document's order, "farsi" (the address's
  // left end) before ".school", which joins it to the Persian words on its right. "farsi" started a line of its own
  // and the two lines going over a page break were counted as three: the break was taken back a line for nothing,
  // and the page after set three lines two and one, the last alone atop a column.
  it("reads a right-to-left line ending in an address split into runs as one line", async () => {
    const lines = await laidOut().evaluate(() => {
      const paragraph = document.createElement("p");
      paragraph.dir = "rtl";
      paragraph.lang = "fa";
      paragraph.style.cssText = "width: 320px; font: 14px 'Noto Naskh Arabic', serif; position: absolute; top: 0; left: 0;";
      paragraph.append("سر بزنید یا به نشانی ");
      for (const run of ["farsi", ".school"]) paragraph.append(Object.assign(document.createElement("span"), { textContent: run }));
      document.body.append(paragraph);
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      const read = (window as unknown as { pressroomReadLines(range: Range): unknown[] }).pressroomReadLines(range);
      const rects = range.getClientRects().length;
      paragraph.remove();
      return { lines: read.length, rects };
    });
    // More than one run, so the line is put together from pieces.
    expect(lines.rects).toBeGreaterThan(2);
    expect(lines.lines).toBe(1);
  });
});
