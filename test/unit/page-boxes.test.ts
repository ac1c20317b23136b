// Covers computePageBoxes, insetBox and containsBox: TrimBox inside BleedBox inside MediaBox, as x, y, width, height.

import { describe, expect, it } from "vitest";
import { mmToPt } from "../../src/shared/units.js";
import { computePageBoxes, containsBox, insetBox, type PdfBox } from "../../src/stages/postprocess-pdf/page-boxes.js";

const A4: PdfBox = { x: 0, y: 0, width: mmToPt(210), height: mmToPt(297) };

describe("computePageBoxes", () => {
  it("makes all three boxes equal with bleed 0", () => {
    const boxes = computePageBoxes(A4, 0);
    expect(boxes.mediaBox).toEqual(A4);
    expect(boxes.bleedBox).toEqual(A4);
    expect(boxes.trimBox).toEqual(A4);
  });

  it("returns a bleed box that is a copy, not the media box object", () => {
    const boxes = computePageBoxes(A4, 0);
    expect(boxes.bleedBox).not.toBe(A4);
  });

  describe("with a 3 mm bleed", () => {
    // The media box is the trim plus 3 mm bleed on each side.
    const bleed = mmToPt(3);
    const media: PdfBox = { x: 0, y: 0, width: mmToPt(216), height: mmToPt(303) };
    const boxes = computePageBoxes(media, bleed);

    it("insets the trim box by 8.5039 pt on every side", () => {
      expect(boxes.trimBox.x).toBeCloseTo(8.5039, 4);
      expect(boxes.trimBox.y).toBeCloseTo(8.5039, 4);
      expect(media.width - (boxes.trimBox.x + boxes.trimBox.width)).toBeCloseTo(8.5039, 4);
      expect(media.height - (boxes.trimBox.y + boxes.trimBox.height)).toBeCloseTo(8.5039, 4);
    });

    it("gives the trim box A4's width and height (a width, not an x2 value)", () => {
      // Regression: pagedjs-cli wrote x + width where the width belongs, so its TrimBox overshot the page.
      expect(boxes.trimBox.width).toBeCloseTo(mmToPt(210), 6);
      expect(boxes.trimBox.height).toBeCloseTo(mmToPt(297), 6);
      expect(boxes.trimBox.width).not.toBeCloseTo(boxes.trimBox.x + mmToPt(210), 2);
      expect(boxes.trimBox.x + boxes.trimBox.width).toBeLessThan(media.width);
    });

    it("keeps the bleed box equal to the media box", () => {
      expect(boxes.bleedBox).toEqual(media);
    });

    it("nests trim inside bleed inside media", () => {
      expect(containsBox(boxes.mediaBox, boxes.bleedBox)).toBe(true);
      expect(containsBox(boxes.bleedBox, boxes.trimBox)).toBe(true);
      expect(containsBox(boxes.trimBox, boxes.bleedBox)).toBe(false);
    });
  });

  it("insets from a media box whose origin is not 0,0", () => {
    const boxes = computePageBoxes({ x: 10, y: 20, width: 300, height: 400 }, 5);
    expect(boxes.trimBox).toEqual({ x: 15, y: 25, width: 290, height: 390 });
  });

  it("throws a RangeError for a negative bleed", () => {
    expect(() => computePageBoxes(A4, -1)).toThrow(RangeError);
  });

  it("throws a RangeError for a bleed of half the short side or more", () => {
    expect(() => computePageBoxes(A4, A4.width / 2)).toThrow(RangeError);
    expect(() => computePageBoxes(A4, 1000)).toThrow(/does not fit/);
  });

  it("accepts a bleed just under half the short side", () => {
    expect(computePageBoxes({ x: 0, y: 0, width: 100, height: 200 }, 49.9).trimBox.width).toBeCloseTo(0.2, 6);
  });
});

describe("insetBox and containsBox", () => {
  it("insetBox shrinks by the amount on each side", () => {
    expect(insetBox({ x: 0, y: 0, width: 100, height: 50 }, 10)).toEqual({ x: 10, y: 10, width: 80, height: 30 });
  });

  it("containsBox allows touching edges and rounding within 0.01", () => {
    const outer = { x: 0, y: 0, width: 100, height: 100 };
    expect(containsBox(outer, outer)).toBe(true);
    expect(containsBox(outer, { x: -0.005, y: 0, width: 100, height: 100 })).toBe(true);
    expect(containsBox(outer, { x: 0, y: 0, width: 100.02, height: 100 })).toBe(false);
  });

  it("containsBox rejects a box that overshoots the right or top edge", () => {
    const outer = { x: 0, y: 0, width: 612, height: 792 };
    expect(containsBox(outer, { x: 9, y: 9, width: 610, height: 700 })).toBe(false);
    expect(containsBox(outer, { x: 9, y: 9, width: 500, height: 790 })).toBe(false);
    expect(containsBox(outer, { x: 9, y: 9, width: 594, height: 774 })).toBe(true);
  });
});
