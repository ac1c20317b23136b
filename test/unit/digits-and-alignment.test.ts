// Covers the digits setting, date digits, parallel paragraph alignment and the flip edition's page plan.

import { describe, expect, it } from "vitest";
import { convertDigits, getCounterStyle, pickNumberingSystem } from "../../src/config/digits.js";
import { planFlipLayout } from "../../src/stages/postprocess-pdf/compose-flip.js";
import { alignBlocks } from "../../src/stages/render-html/align-blocks.js";
import { formatDate } from "../../src/stages/render-html/format-date.js";

describe("digits", () => {
  it("prints Latin digits unless the issue asks for native ones", () => {
    expect(pickNumberingSystem("ar", undefined)).toBe("latn");
    expect(pickNumberingSystem("ar", "latin")).toBe("latn");
    expect(pickNumberingSystem("ar", "native")).toBe("arab");
    expect(pickNumberingSystem("fa", "native")).toBe("arabext");
    expect(pickNumberingSystem("ur-PK", "native")).toBe("arabext");
    expect(pickNumberingSystem("en", "native")).toBe("latn");
    expect(pickNumberingSystem("fa", { ar: "native" })).toBe("latn");
    expect(pickNumberingSystem("ar-EG", { ar: "native" })).toBe("arab");
  });

  it("maps numbering systems to Chromium's counter styles", () => {
    expect(["latn", "arab", "arabext"].map((s) => getCounterStyle(s as never))).toEqual(["decimal", "arabic-indic", "persian"]);
  });

  it("rewrites the digits of an issue number and leaves letters alone", () => {
    expect(convertDigits("14", "arab")).toBe("١٤");
    expect(convertDigits("7a", "arabext")).toBe("۷a");
    expect(convertDigits("14", "latn")).toBe("14");
  });

  it("formats dates with the chosen digits whatever the locale's default", () => {
    expect(formatDate("2026-11-20", "ar", "latn")).toBe("20 نوفمبر 2026");
    expect(formatDate("2026-11-20", "ar", "arab")).toBe("٢٠ نوفمبر ٢٠٢٦");
    expect(formatDate("2026-11-20", "ur", "arabext")).toContain("نومبر");
    expect(formatDate("2026-11-20", "ur", "arabext")).toContain("۲۰۲۶");
  });
});

describe("alignBlocks", () => {
  it("pairs paragraphs one to one when the translation keeps them", () => {
    expect(alignBlocks([100, 300, 50], [110, 320, 60])).toEqual([[1, 1], [1, 1], [1, 1]]);
  });

  it("puts two short paragraphs beside the one long paragraph that translates them", () => {
    expect(alignBlocks([100, 150, 150, 100], [100, 300, 100])).toEqual([[1, 1], [2, 1], [1, 1]]);
  });

  it("always consumes both sides to the end", () => {
    for (const [left, right] of [[[10], [1, 1, 1, 1, 1, 1, 1, 1]], [[5, 5, 5], []], [[], [3]]] as [number[], number[]][]) {
      const beads = alignBlocks(left, right);
      expect(beads.reduce((total, [a]) => total + a, 0)).toBe(left.length);
      expect(beads.reduce((total, [, b]) => total + b, 0)).toBe(right.length);
    }
  });
});

describe("planFlipLayout", () => {
  it("pads to whole folded sheets with blanks in the middle, the back half from the last page", () => {
    const layout = planFlipLayout(5, 6);
    expect([layout.total, layout.blanks]).toEqual([12, 1]);
    expect([0, 1, 5].map(layout.backPageIndex)).toEqual([11, 10, 6]);
  });

  it("needs no padding for one sheet printed front and back", () => {
    expect(planFlipLayout(1, 1)).toMatchObject({ total: 2, blanks: 0 });
    expect(planFlipLayout(4, 4)).toMatchObject({ total: 8, blanks: 0 });
  });
});
