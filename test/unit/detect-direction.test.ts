// Covers detectDirection (first-strong rule, UAX #9 P2-P3) against the mixed-text cases in test/fixtures/bidi-cases.json.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createDirectionDetector } from "../../src/stages/analyze-text/detect-direction.js";

interface BidiCase {
  name: string;
  input: string;
  expected: "ltr" | "rtl" | null;
}

const cases = JSON.parse(readFileSync(new URL("../fixtures/bidi-cases.json", import.meta.url), "utf8")) as BidiCase[];

describe("detectDirection", () => {
  const detector = createDirectionDetector();

  it("has fixture cases to run", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases.map((c) => [c.name, c.input, c.expected] as const))("%s", (_name, input, expected) => {
    expect(detector.detectDirection(input)).toBe(expected);
  });

  it("keeps no state between calls", () => {
    expect(detector.detectDirection("\u2067abc")).toBeNull();
    expect(detector.detectDirection("abc")).toBe("ltr");
  });
});

describe("measureDirection", () => {
  const detector = createDirectionDetector();

  it.each([
    ["Riverside Library تفتح أبوابها يوم السبت", { first: "ltr", ltr: 2, rtl: 4 }],
    ["وقّعت Commonwealth", { first: "rtl", ltr: 1, rtl: 1 }],
    ["می\u200Cشود is one word", { first: "rtl", ltr: 3, rtl: 1 }],
    ["\u2066Riverside Commons\u2069 مكتبة", { first: "rtl", ltr: 0, rtl: 1 }],
    ["2026 — 112, 48", { first: null, ltr: 0, rtl: 0 }],
  ])("%s", (text, expected) => {
    expect(detector.measureDirection(text)).toEqual(expected);
  });
});
