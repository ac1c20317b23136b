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
