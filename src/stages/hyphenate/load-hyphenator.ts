// Loads the `hyphen` package's pattern sets on demand and finds the break points of one word.

import { createRequire } from "node:module";
import { findHyphenationLanguage, type HyphenationLanguage } from "./hyphenation-languages.js";

/** Break offsets inside a word (0 < offset < word.length), honouring the language's minimums. */
export type FindBreaks = (word: string) => readonly number[];

interface HyphenModule {
  hyphenateSync: (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;
}

const require = createRequire(import.meta.url);
/** A character never found in text, marking the breaks the patterns find. */
const MARK = "\u0000";

/**
 * A per-build lookup from language to break finder. Each pattern set is required the first time a
 * language needs it (Node's module cache keeps it), so a build with only English loads only English.
 */
export function createHyphenators(): (lang: string) => FindBreaks | null {
  const byPatterns = new Map<string, FindBreaks>();
  return (lang) => {
    const language = findHyphenationLanguage(lang);
    if (!language) return null;
    let found = byPatterns.get(language.patterns);
    if (!found) {
      found = loadBreakFinder(language);
      byPatterns.set(language.patterns, found);
    }
    return found;
  };
}

function loadBreakFinder(language: HyphenationLanguage): FindBreaks {
  const module = require(`hyphen/${language.patterns}/index.js`) as HyphenModule;
  // A word's breaks are found once per build and handed out read-only, the map's own array: an issue repeats its
  // long words (names, places, "community"). The benchmark's 200-page issue: its hyphenate stage 240-360 ms
  // before, 200-245 ms after.
  const known = new Map<string, readonly number[]>();
  return (word) => {
    const cached = known.get(word);
    if (cached) return cached;
    const marked = module.hyphenateSync(word, { hyphenChar: MARK, minWordLength: 1 });
    const breaks: number[] = [];
    let offset = 0;
    for (const char of marked) {
      if (char === MARK) breaks.push(offset);
      else offset += char.length;
    }
    const found = breaks.filter((at) => at >= language.before && word.length - at >= language.after);
    known.set(word, found);
    return found;
  };
}
