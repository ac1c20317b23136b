// Covers planBooklet and planTwoUp: page order on every printed side against hand-written sequences, padding, binding side.

import { describe, expect, it } from "vitest";
import { planBooklet, planImposition, planTwoUp, type ImpositionPlan } from "../../src/stages/impose-pdf/plan-imposition.js";

/** The plan's sides as [left, right] pairs, blanks as 0, in print order. */
const pairs = (plan: ImpositionPlan) => plan.sides.map((side) => [side.left ?? 0, side.right ?? 0]);

describe("planBooklet, bound on the left (left-to-right editions)", () => {
  it("puts 8 pages on 2 sheets: [8,1] backed by [2,7], then [6,3] backed by [4,5]", () => {
    const plan = planBooklet(8, "ltr");
    expect(plan).toMatchObject({ mode: "booklet", pages: 8, blanks: 0, sheets: 2 });
    expect(pairs(plan)).toEqual([[8, 1], [2, 7], [6, 3], [4, 5]]);
  });

  it("puts 12 pages on 3 sheets", () => {
    expect(pairs(planBooklet(12, "ltr"))).toEqual([[12, 1], [2, 11], [10, 3], [4, 9], [8, 5], [6, 7]]);
  });

  it("puts 16 pages on 4 sheets", () => {
    expect(pairs(planBooklet(16, "ltr"))).toEqual([[16, 1], [2, 15], [14, 3], [4, 13], [12, 5], [6, 11], [10, 7], [8, 9]]);
  });
});

describe("planBooklet, bound on the right (right-to-left editions)", () => {
  it("swaps the halves of every side: 8 pages", () => {
    expect(pairs(planBooklet(8, "rtl"))).toEqual([[1, 8], [7, 2], [3, 6], [5, 4]]);
  });

  it("12 pages", () => {
    expect(pairs(planBooklet(12, "rtl"))).toEqual([[1, 12], [11, 2], [3, 10], [9, 4], [5, 8], [7, 6]]);
  });

  it("16 pages", () => {
    expect(pairs(planBooklet(16, "rtl"))).toEqual([[1, 16], [15, 2], [3, 14], [13, 4], [5, 12], [11, 6], [7, 10], [9, 8]]);
  });
});

describe("planBooklet padding", () => {
  it("pads 6 pages to 8 with two blanks before the back cover, which stays on the outside", () => {
    const plan = planBooklet(6, "ltr");
    expect(plan).toMatchObject({ pages: 6, blanks: 2, sheets: 2 });
    // Reading order 1 2 3 4 5 _ _ 6.
    expect(pairs(plan)).toEqual([[6, 1], [2, 0], [0, 3], [4, 5]]);
  });

  it("pads 10 pages to 12 the same way, right to left too", () => {
    // Reading order 1 .. 9 _ _ 10.
    expect(pairs(planBooklet(10, "ltr"))).toEqual([[10, 1], [2, 0], [0, 3], [4, 9], [8, 5], [6, 7]]);
    expect(pairs(planBooklet(10, "rtl"))).toEqual([[1, 10], [0, 2], [3, 0], [9, 4], [5, 8], [7, 6]]);
  });

  it("keeps a single page as the front cover of a one-sheet booklet", () => {
    expect(pairs(planBooklet(1, "ltr"))).toEqual([[0, 1], [0, 0]]);
    expect(pairs(planBooklet(2, "ltr"))).toEqual([[2, 1], [0, 0]]);
    expect(pairs(planBooklet(3, "rtl"))).toEqual([[1, 3], [0, 2]]);
  });

  it("prints every page exactly once, for any length from 1 to 60 pages", () => {
    for (let pages = 1; pages <= 60; pages++) {
      for (const direction of ["ltr", "rtl"] as const) {
        const plan = planBooklet(pages, direction);
        const printed = plan.sides.flatMap((side) => [side.left, side.right]);
        expect(printed.filter((slot) => slot !== null).sort((a, b) => (a as number) - (b as number))).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
        expect(printed.length % 4).toBe(0);
        expect(plan.blanks).toBe(printed.length - pages);
        expect(plan.blanks).toBeLessThan(4);
      }
    }
  });

  it("refuses a page count that is not a whole number of at least 1", () => {
    expect(() => planBooklet(0, "ltr")).toThrow(RangeError);
    expect(() => planBooklet(2.5, "ltr")).toThrow(RangeError);
  });
});

describe("planTwoUp", () => {
  it("puts consecutive pages side by side, the earlier on the left in left-to-right editions", () => {
    const plan = planTwoUp(6, "ltr");
    expect(plan).toMatchObject({ mode: "2up", pages: 6, blanks: 0, sheets: 3 });
    expect(pairs(plan)).toEqual([[1, 2], [3, 4], [5, 6]]);
  });

  it("puts the earlier page on the right in right-to-left editions", () => {
    expect(pairs(planTwoUp(6, "rtl"))).toEqual([[2, 1], [4, 3], [6, 5]]);
  });

  it("leaves a blank beside an odd last page", () => {
    expect(planTwoUp(7, "ltr")).toMatchObject({ blanks: 1, sheets: 4 });
    expect(pairs(planTwoUp(7, "ltr")).at(-1)).toEqual([7, 0]);
    expect(pairs(planTwoUp(7, "rtl")).at(-1)).toEqual([0, 7]);
  });

  it("is chosen by planImposition for 2up", () => {
    expect(planImposition("2up", 4, "ltr")).toEqual(planTwoUp(4, "ltr"));
    expect(planImposition("booklet", 4, "rtl")).toEqual(planBooklet(4, "rtl"));
  });
});
