// Chooses the lang of an isolated run, so :lang() rules give it a font that has its letters (pure).

import { getLanguageDirection, type Direction } from "../../config/languages.js";

/** Scripts we can name for a run, by direction (ISO 15924 codes, as Intl.Locale#maximize gives them). */
const SCRIPTS: Record<Direction, [string, RegExp][]> = {
  ltr: [
    ["Latn", /\p{Script=Latin}/u],
    ["Cyrl", /\p{Script=Cyrillic}/u],
    ["Grek", /\p{Script=Greek}/u],
    ["Armn", /\p{Script=Armenian}/u],
    ["Geor", /\p{Script=Georgian}/u],
  ],
  rtl: [
    ["Arab", /\p{Script=Arabic}/u],
    ["Hebr", /\p{Script=Hebrew}/u],
    ["Syrc", /\p{Script=Syriac}/u],
    ["Thaa", /\p{Script=Thaana}/u],
    ["Nkoo", /\p{Script=Nko}/u],
  ],
};
const FALLBACK_SCRIPT: Record<Direction, string> = { ltr: "Latn", rtl: "Arab" };

export interface LanguageContext {
  /** The article's language. */
  articleLang: string;
  /** The languages, in the order issue.md lists them. */
  languages: string[];
}

/**
 * The article's own language when it is of the run's direction and script (a Persian word in an English
 * paragraph of a Persian article is Persian); else the first issue language of that direction and script
 * (the only one, in a bilingual issue); else "und-<Script>": language unknown, script known. A Latin run
 * must never inherit "ar" from its paragraph, or it would be set in the Arabic font.
 */
export function pickRunLanguage(direction: Direction, runText: string, context: LanguageContext): string {
  const script = detectScript(runText, direction);
  const fits = (lang: string) => getLanguageDirection(lang) === direction && (script === null || readLanguageScript(lang) === script);
  if (fits(context.articleLang)) return context.articleLang;
  return context.languages.find(fits) ?? `und-${script ?? FALLBACK_SCRIPT[direction]}`;
}

/** The script of the first letter that belongs to one of the direction's known scripts. */
function detectScript(text: string, direction: Direction): string | null {
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    const found = SCRIPTS[direction].find(([, pattern]) => pattern.test(char));
    if (found) return found[0];
  }
  return null;
}

/** The script a language is usually written in: "ar" -> "Arab", "en" -> "Latn", "ku-Arab" -> "Arab". */
function readLanguageScript(lang: string): string | null {
  try {
    return new Intl.Locale(lang).maximize().script ?? null;
  } catch {
    return null;
  }
}
