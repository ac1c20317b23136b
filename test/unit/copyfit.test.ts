// Copyfitting's arithmetic and messages: the dial's sizes, the readable minimum, the next trial, overflow and underfill reports.

import { describe, expect, it } from "vitest";
import { fitSettingsSchema } from "../../src/config/layout-settings-schema.js";
import { describeFit, describeOverflow, describeUnderfill } from "../../src/stages/copyfit/describe-fit.js";
import { fillsSides, findNaturalDial, findSizes, fitsSides, measureLength, measureOverflow, pickNextDial, resolveBounds, toVariables } from "../../src/stages/copyfit/plan-fit.js";

const fit = fitSettingsSchema.parse({ bodySize: 9.5, minimumSize: 8, type: [0.8, 1.2], leading: [0.9, 1.1], pictures: [0.6, 1] });

describe("the fitting dial", () => {
  it("never sets body type under the readable minimum, whatever the type range allows", () => {
    const bounds = resolveBounds(fit);
    expect(bounds.type[0]).toBeCloseTo(8 / 9.5, 5);
    expect(findSizes(bounds, 0).type * 9.5).toBeCloseTo(8, 5);
    expect(findSizes(bounds, 1)).toEqual({ type: 1.2, leading: 1.1, pictures: 1 });
  });

  it("starts where the type is the layout's own, and moves every size together", () => {
    const bounds = resolveBounds(fit);
    const natural = findNaturalDial(bounds);
    expect(findSizes(bounds, natural).type).toBeCloseTo(1, 5);
    const half = findSizes(bounds, 0.5);
    expect(half.leading).toBeCloseTo(1, 5);
    expect(half.pictures).toBeCloseTo(0.8, 5);
    expect(toVariables(half)).toEqual({ "--fit-type": "1.0211", "--fit-leading": "1.0000", "--fit-pictures": "0.8000" });
  });

  it("rejects a range written the wrong way round", () => {
    expect(fitSettingsSchema.safeParse({ bodySize: 9.5, type: [1.2, 0.8] }).success).toBe(false);
  });
});

describe("trials", () => {
  const trial = (dial: number, pages: number, lastPageFill: number) => ({ dial, pages, lastPageFill });

  it("measures length in pages and tells fitting from filling", () => {
    expect(measureLength(trial(0.5, 2, 0.4))).toBeCloseTo(1.4);
    expect(fitsSides(trial(0.5, 2, 0.4), 2)).toBe(true);
    expect(fillsSides(trial(0.5, 2, 0.4), 2)).toBe(false);
    expect(fillsSides(trial(0.5, 2, 0.93), 2)).toBe(true);
    expect(fitsSides(trial(0.5, 3, 0.1), 2)).toBe(false);
  });

  it("aims the next trial where the length would just fill the sides, inside the interval", () => {
    // Length 1.5 at dial 0 and 2.5 at dial 1, roughly straight: 1.95 is reached at 0.45.
    expect(pickNextDial(trial(0, 2, 0.5), trial(1, 3, 0.5), 2)).toBeCloseTo(0.45, 5);
    // Never at the ends, however the length behaves.
    expect(pickNextDial(trial(0, 2, 0.96), trial(1, 3, 0.9), 2)).toBeCloseTo(0.1, 5);
    expect(pickNextDial(trial(0.2, 1, 0.1), trial(0.4, 3, 0.9), 2)).toBeGreaterThan(0.2);
  });

  it("measures overflow as a share of the sides", () => {
    expect(measureOverflow(trial(0, 3, 0.4), 2)).toBeCloseTo(0.2);
  });
});

const sides = (pages: number) => ({ pages, unit: "side" as const });
const panels = { pages: 6, unit: "panel" as const };

describe("what copyfitting tells the editor", () => {
  it("says what it changed, or that nothing needed to change", () => {
    expect(describeFit(fit, { type: 1, leading: 1, pictures: 1 }, sides(2))).toBe("Fits its 2 sides at the layout's own sizes.");
    expect(describeFit(fit, { type: 0.9, leading: 0.95, pictures: 0.8 }, sides(1))).toBe(
      "Fitted to its one side: body type 9.5 pt → 8.6 pt, leading 95%, pictures 80% of the layout's own.",
    );
    expect(describeFit(fit, { type: 1.001, leading: 1.02, pictures: 0.8 }, sides(2))).toBe(
      "Fitted to its 2 sides: body type 9.5 pt as set, leading 102%, pictures 80% of the layout's own.",
    );
    expect(describeFit(fit, { type: 1.1, leading: 1.05, pictures: 1 }, panels)).toBe(
      "Fitted to its 6 panels: body type 9.5 pt → 10.5 pt, leading 105%, pictures 100% of the layout's own.",
    );
  });

  it("says by how much an edition is too long, in percent and words, and names the longest article", () => {
    const message = describeOverflow("es", fit, 8 / 9.5, sides(2), 0.2, [
      { title: "Se reúne el consejo", words: 700 },
      { title: "Planes del huerto", words: 500 },
    ]);
    expect(message).toBe(
      'The es edition does not fit on 2 sides even with the smallest type the layout allows (8 pt): it is about 20% too long, about 200 words. Its longest article is "Se reúne el consejo" (700 words).',
    );
  });

  it("says how much of a sheet stays empty at the largest sizes", () => {
    expect(describeUnderfill(fit, { type: 1.2, leading: 1.1, pictures: 1 }, sides(2), 1.5)).toBe(
      "The sheet is not full even with the largest type the layout allows (11.4 pt): about 25% of its 2 sides stays empty.",
    );
    expect(describeUnderfill(fit, { type: 1.2, leading: 1.1, pictures: 1 }, panels, 4.5)).toBe(
      "The leaflet is not full even with the largest type the layout allows (11.4 pt): about 25% of its 6 panels stays empty.",
    );
  });
});
