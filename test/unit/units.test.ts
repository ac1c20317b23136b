// Covers shared/units.ts: millimetre, point and pixel conversions and DOM-to-PDF y coordinates.

import { describe, expect, it } from "vitest";
import { domTopToPdfY, mmToPt, ptToMm, pxToPt } from "../../src/shared/units.js";

describe("units", () => {
  it("mmToPt(210) is A4's width in points, about 595.28", () => {
    expect(mmToPt(210)).toBeCloseTo(595.2756, 4);
  });

  it("mmToPt(297) is A4's height in points, about 841.89", () => {
    expect(mmToPt(297)).toBeCloseTo(841.8898, 4);
  });

  it("mmToPt(25.4) is exactly 72 (one inch)", () => {
    expect(mmToPt(25.4)).toBe(72);
  });

  it("mmToPt(3) is a 3 mm bleed, about 8.5039 pt", () => {
    expect(mmToPt(3)).toBeCloseTo(8.50394, 5);
  });

  it("ptToMm undoes mmToPt", () => {
    expect(ptToMm(mmToPt(148))).toBeCloseTo(148, 10);
    expect(ptToMm(72)).toBe(25.4);
  });

  it("pxToPt(96) is 72 and pxToPt(0) is 0", () => {
    expect(pxToPt(96)).toBe(72);
    expect(pxToPt(0)).toBe(0);
    expect(pxToPt(4)).toBe(3);
  });

  it("domTopToPdfY flips the origin from top-left to bottom-left", () => {
    expect(domTopToPdfY(0, 841.89)).toBe(841.89);
    expect(domTopToPdfY(96, 842)).toBe(770);
    expect(domTopToPdfY(1122.52, 841.89)).toBeCloseTo(0, 2);
  });
});
