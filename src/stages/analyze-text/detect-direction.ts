// Reads a text's direction by the Unicode Bidirectional Algorithm: its first strong character (UAX #9 P2-P3) and its strong words.

import bidiFactory, { type Bidi } from "bidi-js";
import type { Direction } from "../../config/languages.js";

const ISOLATE_OPENERS = new Set(["LRI", "RLI", "FSI"]);
/** Combining marks (Arabic vowel signs, shadda) and ZWNJ/ZWJ continue the word they are in. */
const WORD_CONTINUING = new Set(["NSM", "BN"]);

/**
 * What a block's strong characters say about its direction (characters inside isolates are skipped).
 * Words are counted, not letters: Arabic script leaves out short vowels, so "Riverside Library" has more
 * letters than "تفتح أبوابها" although both are two words, and a letter count would call that sentence English.
 */
export interface DirectionMeasure {
  /** The direction of the first strong character, or null when there is none. */
  first: Direction | null;
  /** How many words of strong left-to-right (L) characters the text has. */
  ltr: number;
  /** How many words of strong right-to-left (R, AL) characters the text has. */
  rtl: number;
}

export interface DirectionDetector {
  /** The direction of the first strong character outside isolates, or null when there is none. */
  detectDirection(text: string): Direction | null;
  /** The first strong direction and the count of strong characters of each direction, outside isolates. */
  measureDirection(text: string): DirectionMeasure;
  /** The character's Bidi_Class short name ("L", "AL", "EN", "ON", ...). */
  getCharType(char: string): string;
}

/**
 * Code points below this have their class kept once looked up: Latin, Greek, Cyrillic, Hebrew, Arabic (Urdu and
 * Persian letters included) and general punctuation, nearly every character of an issue. bidi-js searches its
 * tables on every call (0.1 to 0.3 µs): two passes over a 200-page issue's text took a quarter of a second.
 */
const KEPT_BELOW = 0x2100;

/** One bidi instance per build context; bidi-js keeps no state between calls, but we don't share it. */
export function createDirectionDetector(): DirectionDetector {
  const bidi: Bidi = bidiFactory();
  const kept: (string | undefined)[] = new Array(KEPT_BELOW);
  const getCharType = (char: string): string => {
    const code = char.codePointAt(0) ?? 0;
    if (code >= KEPT_BELOW) return bidi.getBidiCharTypeName(char);
    return (kept[code] ??= bidi.getBidiCharTypeName(char));
  };
  const measureDirection = (text: string, stopAtFirst: boolean): DirectionMeasure => {
    const measure: DirectionMeasure = { first: null, ltr: 0, rtl: 0 };
    let isolateDepth = 0;
    let inWord: Direction | null = null;
    for (const char of text) {
      const type = getCharType(char);
      const strong = isolateDepth === 0 && (type === "L" || type === "R" || type === "AL");
      if (ISOLATE_OPENERS.has(type)) isolateDepth++;
      else if (type === "PDI" && isolateDepth > 0) isolateDepth--;
      if (strong) {
        const direction: Direction = type === "L" ? "ltr" : "rtl";
        if (inWord !== direction) measure[direction]++;
        inWord = direction;
        measure.first ??= direction;
        if (stopAtFirst) break;
      } else if (!WORD_CONTINUING.has(type)) inWord = null;
    }
    return measure;
  };
  return {
    detectDirection: (text) => measureDirection(text, true).first,
    measureDirection: (text) => measureDirection(text, false),
    getCharType,
  };
}
