// Finds the stretches of a block's text that run against its direction and must be isolated to display in order (pure).

import type { Direction } from "../../config/languages.js";
import { findLinks } from "./find-links.js";
import { findNumberGroups, type NumberGroup } from "./find-numbers.js";

/**
 * A stretch to wrap in an element of the opposite direction. "text" runs hold letters of the other
 * direction (and get a lang); "number" runs are digit groups only (an RTL block's dates, ranges and
 * phone numbers) and keep the paragraph's language, so their digits stay in the paragraph's font.
 */
export interface Run {
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  kind: "text" | "number";
}

type CharClass = "base" | "opposite" | "neutral" | "barrier";

const ISOLATE_OPENERS = new Set(["LRI", "RLI", "FSI"]);
/** Bidi classes that end a run: paragraph and segment separators, and explicit embeddings and overrides. */
const BARRIER_TYPES = new Set(["B", "S", "LRE", "RLE", "LRO", "RLO", "PDF"]);
/**
 * Characters that end a run although their class would not: marks an editor typed on purpose (LRM,
 * RLM, ALM), and the Arabic comma, which is a common separator (CS) like ",", but separates the items of
 * an Arabic list: "Riverside، Larchmont" is two names in right-to-left order, not one English phrase.
 */
const BARRIER_CHARS = new Set(["\u200E", "\u200F", "\u061C", "\u060C"]);
/** Marks that take the class of the character they follow (UAX #9 W1), so "é" is never split. */
const FOLLOWING_TYPES = new Set(["NSM", "BN"]);
/**
 * Every character whose Bidi_Class may be R or AL: the right-to-left blocks of the Basic Multilingual Plane, RLM,
 * and the planes' right-to-left ranges. A text with none has no right-to-left letter (bidi-fast-paths.test.ts checks
 * this against every code point bidi-js classifies).
 */
export const MAY_BE_RIGHT_TO_LEFT = /[\u0590-\u08FF\u200F\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
/** Between a number and the run after it: "3km", "3 km", "25°C", "25 °C". */
const LEADING_NUMBER_GAP = /^(?:[ \u00A0\u202F]?°?|°[ \u00A0\u202F])$/;
/** Between a run and the number after it: "MP3", "Windows 11", "COVID-19". */
const TRAILING_NUMBER_GAP = /^[ \u00A0\u202F-]?$/;

/**
 * Runs, in order and not overlapping. A run starts at a strong character of the direction opposite to
 * `base` and ends at the last such character before the next strong character of `base` (or a barrier);
 * neutrals at its edges stay outside, so the sentence's punctuation and brackets around the run resolve
 * to the paragraph's direction. A number next to the run joins it as described at attachNumbers. In a
 * right-to-left block, web and e-mail addresses count as left-to-right throughout, and groups of numbers
 * the algorithm would show in reverse order become "number" runs. Characters inside isolates
 * (U+2066-U+2069) are neutral and never start or end a run: they are left as they are.
 */
export function findRuns(text: string, base: Direction, getCharType: (char: string) => string): Run[] {
  // In a left-to-right block only right-to-left letters start a run: most blocks of a Latin issue have none.
  if (base === "ltr" && !MAY_BE_RIGHT_TO_LEFT.test(text)) return [];
  const chars = Array.from(text);
  const offsets = readOffsets(chars);
  const { classes, isolated } = classifyChars(chars, base, getCharType);
  if (base === "rtl") markLinks(text, offsets, classes, isolated);
  const usable = (i: number) => i >= 0 && i < chars.length && !isolated[i] && classes[i] !== "barrier";
  const groups = findNumberGroups(chars, usable);
  // Only numbers in the run's own digits join it: European digits a Latin run, Arabic-Indic an Arabic one.
  const opposite: Direction = base === "rtl" ? "ltr" : "rtl";
  const joinable = groups.filter((group) => group.script === opposite);

  const ranges: { start: number; end: number; kind: Run["kind"] }[] = findCores(classes).map(([start, end]) => ({
    ...attachNumbers(chars, start, end, joinable),
    kind: "text",
  }));
  if (base === "rtl") {
    // A lone number reads correctly on its own; joined groups are shown in reverse order (2026-11-20 as
    // 20-11-2026): after Arabic letters each part becomes an Arabic number (UAX #9 W2), numbers count as
    // right-to-left for the neutrals between them (N1), so hyphens, dashes and spaces resolve to
    // right-to-left and the parts are laid out from the right. ",", ".", "/" and ":" between digits join
    // them into one number (W4), so those need nothing.
    for (const group of groups) if (group.count > 1) ranges.push({ start: group.start, end: group.end, kind: "number" });
  }
  return mergeRanges(ranges).map((range) => ({
    start: offsets[range.start] ?? text.length,
    end: offsets[range.end] ?? text.length,
    kind: range.kind,
  }));
}

/** The UTF-16 offset of each code point, plus the text's length at the end. */
function readOffsets(chars: string[]): number[] {
  const offsets = [0];
  for (const char of chars) offsets.push((offsets.at(-1) ?? 0) + char.length);
  return offsets;
}

function classifyChars(chars: string[], base: Direction, getCharType: (char: string) => string) {
  const classes: CharClass[] = [];
  const isolated: boolean[] = [];
  let depth = 0;
  for (const char of chars) {
    const type = getCharType(char);
    const opener = ISOLATE_OPENERS.has(type);
    const closer = type === "PDI" && depth > 0;
    isolated.push(depth > 0 || opener || closer);
    if (opener) depth++;
    if (closer) depth--;
    const previous = classes.at(-1);
    if (isolated.at(-1)) classes.push("neutral");
    else if (BARRIER_CHARS.has(char) || BARRIER_TYPES.has(type)) classes.push("barrier");
    else if (type === "L") classes.push(base === "ltr" ? "base" : "opposite");
    else if (type === "R" || type === "AL") classes.push(base === "rtl" ? "base" : "opposite");
    else if (FOLLOWING_TYPES.has(type) && (previous === "base" || previous === "opposite")) classes.push(previous);
    else classes.push("neutral");
  }
  return { classes, isolated };
}

/** Web and e-mail addresses in right-to-left text read left to right as a whole, digits and "?=&" included. */
function markLinks(text: string, offsets: number[], classes: CharClass[], isolated: boolean[]): void {
  const links = findLinks(text);
  const indexAt = new Map(links.length ? offsets.map((offset, index) => [offset, index]) : []);
  for (const [start, end] of links) {
    const first = indexAt.get(start);
    const last = indexAt.get(end);
    if (first === undefined || last === undefined) continue;
    const span = classes.slice(first, last);
    if (isolated.slice(first, last).some(Boolean) || span.includes("barrier")) continue;
    classes.fill("opposite", first, last);
  }
}

/** [first, last] (inclusive) of each stretch from an opposite-strong character to the last one before base text. */
function findCores(classes: CharClass[]): [number, number][] {
  const cores: [number, number][] = [];
  let start = -1;
  let last = -1;
  classes.forEach((cls, i) => {
    if (cls === "opposite") {
      if (start < 0) start = i;
      last = i;
    } else if ((cls === "base" || cls === "barrier") && start >= 0) {
      cores.push([start, last]);
      start = -1;
    }
  });
  if (start >= 0) cores.push([start, last]);
  return cores;
}

/**
 * Numbers written in the run's digits join it: one just before it, with nothing, one space or "°"
 * between (numbers with units: "3 km", "25 °C"), and one just after it, with nothing, one space or a
 * hyphen between ("Windows 11", "COVID-19"). Anything else between, an Arabic comma included, leaves the
 * number to the paragraph. Returns [start, end) in code points.
 */
function attachNumbers(chars: string[], first: number, last: number, groups: NumberGroup[]): { start: number; end: number } {
  const gap = (from: number, to: number) => chars.slice(from, to).join("");
  const before = groups.find((group) => group.end <= first && group.end >= first - 2 && LEADING_NUMBER_GAP.test(gap(group.end, first)));
  const after = groups.find((group) => group.start > last && group.start <= last + 2 && TRAILING_NUMBER_GAP.test(gap(last + 1, group.start)));
  return { start: before?.start ?? first, end: after?.end ?? last + 1 };
}

/** Sorted, with overlapping or touching ranges merged; a merge that holds any text run is a text run. */
function mergeRanges<T extends { start: number; end: number; kind: Run["kind"] }>(ranges: T[]): T[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: T[] = [];
  for (const range of sorted) {
    const previous = merged.at(-1);
    if (previous && range.start <= previous.end) {
      previous.end = Math.max(previous.end, range.end);
      if (range.kind === "text") previous.kind = "text";
    } else merged.push({ ...range });
  }
  return merged;
}
