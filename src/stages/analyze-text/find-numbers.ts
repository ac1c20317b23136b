// Finds numbers and groups of numbers (ranges, dates, phone numbers) in a row of characters (pure).

import type { Direction } from "../../config/languages.js";

export interface NumberGroup {
  /** Index of the first character (a sign included) and one past the last, in the characters given. */
  start: number;
  end: number;
  /** How many numbers the group joins: 2026-11-20 is 3, +44 20 7946 0123 is 4, 1,250.5 is 1. */
  count: number;
  /** "ltr" when every digit is a European digit, "rtl" when every digit is Arabic-Indic, else null. */
  script: Direction | null;
}

const LATIN_DIGIT = /^[0-9\u00B2\u00B3\u00B9\u2070\u2074-\u2079]$/;
const ARABIC_DIGIT = /^[\u0660-\u0669\u06F0-\u06F9]$/;
/** Inside one number: 1,250.5 12:30 20/11/2026 ٣٫٥. The Unicode algorithm keeps these together. */
const INNER_SEPARATOR = /^[.,:/\u066B\u066C]$/;
const SIGN = /^[+\-\u2212]$/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Hyphen-minus or en dash, with at most one space either side: 2026-11-20, 2019–2026, 2019 – 2026. */
const RANGE_JOINER = /^[ \u00A0\u202F]?[-\u2013][ \u00A0\u202F]?$/;
/** Between the parts of a phone number: +44 20 7946 0123, +1-555-0100, 020 7946 0381. */
const PHONE_JOINER = /^[ \u00A0\u202F-]$/;
/** A phone number's first part: after "+", or with a trunk prefix 0 (numbers in prose do not start with 0). */
const PHONE_START = /^[0\u0660\u06F0]\p{Nd}/u;

export function getDigitScript(char: string): Direction | null {
  if (LATIN_DIGIT.test(char)) return "ltr";
  if (ARABIC_DIGIT.test(char)) return "rtl";
  return null;
}

/**
 * Numbers, and numbers joined into one group by a hyphen or an en dash, or by single spaces in a phone
 * number (one that starts with + or with a 0 followed by more digits). `usable(i)` says whether character i may be part of a number at all (characters
 * inside an existing isolate may not).
 */
export function findNumberGroups(chars: string[], usable: (i: number) => boolean): NumberGroup[] {
  const isDigit = (i: number) => i >= 0 && i < chars.length && usable(i) && getDigitScript(chars[i] as string) !== null;
  const numbers: { start: number; end: number; signed: string | null }[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (!isDigit(i)) continue;
    const start = i;
    for (;;) {
      while (isDigit(i)) i++;
      if (usable(i) && INNER_SEPARATOR.test(chars[i] ?? "") && isDigit(i + 1)) i++;
      else break;
    }
    const sign = chars[start - 1] ?? "";
    const signed = usable(start - 1) && SIGN.test(sign) && !LETTER_OR_DIGIT.test(chars[start - 2] ?? "") ? sign : null;
    numbers.push({ start, end: i, signed });
    i--;
  }
  const groups: NumberGroup[] = [];
  let first = numbers[0];
  let last = first;
  let count = 1;
  for (const next of [...numbers.slice(1), null]) {
    if (!first || !last) break;
    const gap = next ? chars.slice(last.end, next.start).join("") : "";
    const gapUsable = next ? range(last.end, next.start).every(usable) : false;
    const phone = first.signed === "+" || (!first.signed && PHONE_START.test(chars.slice(first.start, first.end).join("")));
    const joins = next && gapUsable && (RANGE_JOINER.test(gap) || (phone && PHONE_JOINER.test(gap)));
    if (next && joins) {
      last = next;
      count++;
      continue;
    }
    const start = first.signed ? first.start - 1 : first.start;
    groups.push({ start, end: last.end, count, script: readScript(chars, first.start, last.end) });
    first = next ?? undefined;
    last = first;
    count = 1;
  }
  return groups;
}

function readScript(chars: string[], start: number, end: number): Direction | null {
  let script: Direction | null | undefined;
  for (let i = start; i < end; i++) {
    const digit = getDigitScript(chars[i] as string);
    if (digit === null) continue;
    if (script === undefined) script = digit;
    else if (script !== digit) return null;
  }
  return script ?? null;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}
