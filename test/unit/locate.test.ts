// Covers diagnostics/locate.ts: offsets and needles turned into 1-based line and column positions.

import { describe, expect, it } from "vitest";
import { locateOffset, locateOnLine } from "../../src/diagnostics/locate.js";

describe("locateOffset", () => {
  const text = "ab\ncde\n\nf";
  it.each([
    [0, { line: 1, column: 1 }],
    [2, { line: 1, column: 3 }],
    [3, { line: 2, column: 1 }],
    [5, { line: 2, column: 3 }],
    [7, { line: 3, column: 1 }],
    [8, { line: 4, column: 1 }],
  ])("offset %i -> %j", (offset, expected) => {
    expect(locateOffset(text, offset)).toEqual(expected);
  });

  it("clamps offsets outside the text", () => {
    expect(locateOffset(text, -5)).toEqual({ line: 1, column: 1 });
    expect(locateOffset(text, 999)).toEqual({ line: 4, column: 2 });
  });
});

describe("locateOnLine", () => {
  const text = "first\nsee ![x](images/a.svg)\nlast";
  it("finds the needle's column on the line", () => {
    expect(locateOnLine("a.md", text, 2, "images/a.svg")).toEqual({ file: "a.md", line: 2, column: 10 });
  });

  it("falls back to column 1 when the needle is absent or empty", () => {
    expect(locateOnLine("a.md", text, 3, "images")).toEqual({ file: "a.md", line: 3, column: 1 });
    expect(locateOnLine("a.md", text, 2, "")).toEqual({ file: "a.md", line: 2, column: 1 });
  });
});
