// Copyfitting's arithmetic and messages: the dial's sizes, the readable minimum, the next trial, overflow and underfill reports.

import { describe, expect, it } from "vitest";
import { fitSettingsSchema } from "../../src/config/layout-settings-schema.js";
import { describeFit, describeOverflow, describeOverflowHint, describeUnderfill } from "../../src/stages/copyfit/describe-fit.js";
import { fitEdition } from "../../src/stages/copyfit/fit-edition.js";
import {
  chooseNextDial,
  fillsSides,
  findNaturalDial,
  findSizes,
  fitsSides,
  measureLength,
  measureOverflow,
  measureRoom,
  pickNextDial,
  predictDial,
  resolveBounds,
  toVariables,
} from "../../src/stages/copyfit/plan-fit.js";
import type { PaginateResponse } from "../../src/shared/browser-messages.js";

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

  it("predicts from one trial where the length would reach the goal, as the room the text takes grows", () => {
    const bounds = resolveBounds(fit);
    const natural = findNaturalDial(bounds);
    // 1.5 sides long at its own sizes: 1.95 needs 30% more room.
    const next = predictDial(bounds, [trial(natural, 2, 0.5)], 2);
    expect(measureRoom(bounds, next) / measureRoom(bounds, natural)).toBeCloseTo(1.3, 3);
    // Beyond the ends: the largest or smallest sizes.
    expect(predictDial(bounds, [trial(natural, 2, 0.1)], 2)).toBe(1);
    expect(predictDial(bounds, [trial(natural, 4, 0.5)], 2)).toBe(0);
  });

  it("predicts from the trial nearest the goal", () => {
    const bounds = resolveBounds(fit);
    // 1.8 sides at 0.6 is nearer 1.95 than 1.2 at 0.3: the prediction starts from 0.6.
    const next = predictDial(bounds, [trial(0.3, 2, 0.2), trial(0.6, 2, 0.8)], 2);
    expect(next).toBeGreaterThan(0.6);
    expect((1.8 * measureRoom(bounds, next)) / measureRoom(bounds, 0.6)).toBeCloseTo(1.95, 3);
  });

  it("stops when the last trial fills the sides, or no setting can do better", () => {
    const bounds = resolveBounds(fit);
    expect(chooseNextDial(bounds, [trial(0.4, 2, 0.95)], 2)).toBeUndefined();
    expect(chooseNextDial(bounds, [trial(0.4, 2, 0.5), trial(1, 2, 0.7)], 2)).toBeUndefined();
    expect(chooseNextDial(bounds, [trial(0.4, 3, 0.5), trial(0, 3, 0.1)], 2)).toBeUndefined();
    expect(chooseNextDial(bounds, [trial(0.5, 2, 0.5), trial(0.51, 3, 0.1)], 2)).toBeUndefined();
    // Bracketed: inside the interval; on one side: always further on.
    const between = chooseNextDial(bounds, [trial(0.4, 2, 0.5), trial(0.8, 3, 0.2)], 2)!;
    expect(between).toBeGreaterThan(0.4);
    expect(between).toBeLessThan(0.8);
    expect(chooseNextDial(bounds, [trial(0.4, 2, 0.5), trial(0.6, 2, 0.4)], 2)).toBeGreaterThan(0.6);
    expect(chooseNextDial(bounds, [trial(0.4, 3, 0.5), trial(0.2, 3, 0.6)], 2)).toBeLessThan(0.2);
  });
});

describe("fitting an edition", () => {
  const sheet = { pages: 2, unit: "side" as const };
  const edition = { code: "en", titleOf: (id: string) => `Article ${id}` };
  /** A pretend edition whose length follows `lengthAt` (type and leading shares → sides); records the layouts. */
  const simulate = (lengthAt: (type: number, leading: number) => number) => {
    const laidOut: { type: number; layout: PaginateResponse }[] = [];
    const layoutOnce = async (variables: Record<string, string>) => {
      const type = Number(variables["--fit-type"]);
      const length = lengthAt(type, Number(variables["--fit-leading"]));
      const layout = { pageCount: Math.floor(length) + 1, lastPageFill: length % 1, articles: [{ id: "a", page: 1, topPx: 0, words: 900 }] } as unknown as PaginateResponse;
      const trial = { type, layout };
      laidOut.push(trial);
      return trial;
    };
    return { laidOut, run: () => fitEdition(edition, fit, sheet, layoutOnce) };
  };

  it("fills a short edition in two layouts when it grows as the model says", async () => {
    const natural = findSizes(resolveBounds(fit), findNaturalDial(resolveBounds(fit)));
    const edition = simulate((type, leading) => (1.5 * type * type * leading) / (natural.type * natural.type * natural.leading));
    const outcome = await edition.run();
    expect(edition.laidOut).toHaveLength(2);
    expect(fillsSides({ dial: 0, pages: outcome.kept.layout.pageCount, lastPageFill: outcome.kept.layout.lastPageFill }, 2)).toBe(true);
    expect(outcome.kept).toBe(edition.laidOut[1]);
  });

  it("keeps the largest sizes that fit, however the length jumps, within seven layouts", async () => {
    // A block that cannot be split: the length jumps from 1.7 to 2.3 sides at type 1.05.
    const edition = simulate((type) => (type < 1.05 ? 1.7 : 2.3));
    const outcome = await edition.run();
    expect(edition.laidOut.length).toBeLessThanOrEqual(7);
    expect(outcome.kept.type).toBeLessThan(1.05);
    expect(outcome.kept.type).toBeGreaterThan(1.0);
    expect(edition.laidOut).toContain(outcome.kept);
  });

  it("says an edition is too long at the smallest sizes, after trying them", async () => {
    const edition = simulate(() => 2.6);
    await expect(edition.run()).rejects.toThrow(/too long/);
    expect(edition.laidOut.some((trial) => trial.type === Number(toVariables(findSizes(resolveBounds(fit), 0))["--fit-type"]))).toBe(true);
  });

  it("says a sheet stays underfull only at the largest sizes", async () => {
    const edition = simulate(() => 1.4);
    const outcome = await edition.run();
    expect(outcome.kept.type).toBeCloseTo(1.2, 3);
    expect(outcome.underfilled).toMatch(/not full/);
    expect(outcome.message).toMatch(/^Set at the largest sizes the layout allows: /);
    // The first prediction trusts the model; a length that did not grow then sends the next to the largest sizes.
    expect(edition.laidOut).toHaveLength(3);
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

  it("does not say an edition still short at the largest sizes fits its sides (the warning says how much stays empty)", () => {
    expect(describeFit(fit, { type: 1.2, leading: 1.15, pictures: 1 }, sides(2), true)).toBe(
      "Set at the largest sizes the layout allows: body type 9.5 pt → 11.4 pt, leading 115%, pictures 100% of the layout's own.",
    );
  });

  it("says by how much an edition is too long, in percent and words, and names the longest article", () => {
    const message = describeOverflow("es", fit, 8 / 9.5, sides(2), 0.2, [
      { title: "Se reúne el consejo", words: 700 },
      { title: "Planes del huerto", words: 500 },
    ]);
    expect(message).toBe(
      'The es edition does not fit on 2 sides even with the smallest type the layout allows (8 pt): it is about 20% too long, about 200 words. Its longest article is “Se reúne el consejo” (700 words).',
    );
  });

  it("offers a one-sided sheet its second side, and never offers it to a sheet already printed on both", () => {
    expect(describeOverflowHint(sides(1))).toContain("print on both sides (`sides: 2`)");
    expect(describeOverflowHint(sides(2))).not.toContain("sides: 2");
    expect(describeOverflowHint(sides(2))).toBe(
      "Shorten the longest articles or leave out a picture; or choose the bulletin layout (`layout: bulletin`), which has as many pages as the text needs.",
    );
    expect(describeOverflowHint(panels)).toContain("`layout: sheet`");
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
