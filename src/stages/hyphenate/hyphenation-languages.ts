// Which languages pressroom hyphenates, with which TeX pattern set and how many letters each side of a break.

import { getPrimarySubtag, isArabicScriptLanguage } from "../../config/languages.js";

export interface HyphenationLanguage {
  /** The pattern module of the `hyphen` package (TeX hyph-utf8 patterns), e.g. "en-us". */
  patterns: string;
  /** Fewest letters before a break ("lefthyphenmin"). */
  before: number;
  /** Fewest letters after a break ("righthyphenmin"); English, French and Portuguese keep 3 by TeX convention. */
  after: number;
}

/**
 * Latin-script languages with maintained patterns, by BCP 47 primary subtag. The minimums follow
 * hyph-utf8's lefthyphenmin/righthyphenmin for each language. Arabic-script languages are never here:
 * they are not hyphenated at all (see TYPOGRAPHY.md); they justify by widening spaces instead.
 */
const LANGUAGES: Record<string, HyphenationLanguage> = {
  en: { patterns: "en-us", before: 2, after: 3 },
  es: { patterns: "es", before: 2, after: 2 },
  fr: { patterns: "fr", before: 2, after: 3 },
  de: { patterns: "de-1996", before: 2, after: 2 },
  it: { patterns: "it", before: 2, after: 2 },
  pt: { patterns: "pt", before: 2, after: 3 },
  nl: { patterns: "nl", before: 2, after: 2 },
  ca: { patterns: "ca", before: 2, after: 2 },
  da: { patterns: "da", before: 2, after: 2 },
  sv: { patterns: "sv", before: 2, after: 2 },
  nb: { patterns: "nb", before: 2, after: 2 },
  pl: { patterns: "pl", before: 2, after: 2 },
};

/** Regional pattern sets that differ from the language's default. */
const REGIONAL: Record<string, HyphenationLanguage> = {
  "en-gb": { patterns: "en-gb", before: 2, after: 3 },
  "de-ch": { patterns: "de-1996", before: 2, after: 2 },
};

/** How to hyphenate `lang`, or null when pressroom does not hyphenate it (Arabic script, unknown, "und-Latn"). */
export function findHyphenationLanguage(lang: string): HyphenationLanguage | null {
  const lower = lang.toLowerCase();
  if (isArabicScriptLanguage(lower)) return null;
  const regional = Object.entries(REGIONAL).find(([tag]) => lower === tag || lower.startsWith(`${tag}-`));
  if (regional) return regional[1];
  return LANGUAGES[getPrimarySubtag(lower)] ?? null;
}

/** The primary subtags pressroom hyphenates, for the README and help text. */
export function listHyphenatedLanguages(): string[] {
  return Object.keys(LANGUAGES);
}
