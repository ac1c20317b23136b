// The shortcuts in bidi classification (detect-direction.ts's kept classes, find-runs.ts's left-to-right test) agree with bidi-js on every code point.

import bidiFactory from "bidi-js";
import { describe, expect, it } from "vitest";
import { createDirectionDetector } from "../../src/stages/analyze-text/detect-direction.js";
import { findRuns, MAY_BE_RIGHT_TO_LEFT } from "../../src/stages/analyze-text/find-runs.js";

const bidi = bidiFactory();
const LAST_CODE_POINT = 0x10ffff;

describe("bidi classification shortcuts", () => {
  it("getCharType gives bidi-js's class for every code point, looked up and then kept", () => {
    const detector = createDirectionDetector();
    const wrong: string[] = [];
    for (let pass = 0; pass < 2; pass++) {
      for (let code = 0; code <= LAST_CODE_POINT; code++) {
        const char = String.fromCodePoint(code);
        if (detector.getCharType(char) !== bidi.getBidiCharTypeName(char)) wrong.push(code.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  it("every character bidi-js classes right to left (R, AL) is one MAY_BE_RIGHT_TO_LEFT finds", () => {
    const missed: string[] = [];
    let rightToLeft = 0;
    for (let code = 0; code <= LAST_CODE_POINT; code++) {
      const char = String.fromCodePoint(code);
      const type = bidi.getBidiCharTypeName(char);
      if (type !== "R" && type !== "AL") continue;
      rightToLeft++;
      if (!MAY_BE_RIGHT_TO_LEFT.test(char)) missed.push(code.toString(16));
    }
    expect(rightToLeft).toBeGreaterThan(5000);
    expect(missed).toEqual([]);
  });

  it("a left-to-right block still isolates a right-to-left word, in any right-to-left block of Unicode", () => {
    const { getCharType } = createDirectionDetector();
    for (const word of ["שלום", "مكتبة", "ܫܠܡܐ", "ޖަހާ", "ﻣﻜﺘﺒﺔ", "\u{10900}\u{10901}"]) {
      const text = `The ${word} library opens.`;
      expect(findRuns(text, "ltr", getCharType), word).toEqual([{ start: 4, end: 4 + word.length, kind: "text" }]);
    }
    expect(findRuns("The Riverside library opens on 12 May.", "ltr", getCharType)).toEqual([]);
  });
});
