// Facts about languages pressroom lays out: writing direction and script family.

/** Languages written right to left (BCP 47 primary subtags). */
const RIGHT_TO_LEFT = new Set(["ar", "fa", "ur", "he", "yi", "ps", "ckb", "sd", "ug", "dv", "ku-arab"]);
/** Languages written in the Arabic script, which is never hyphenated, letter-spaced or italicised. */
const ARABIC_SCRIPT = new Set(["ar", "fa", "ur", "ps", "ckb", "sd", "ug", "ku-arab"]);

export type Direction = "ltr" | "rtl";

/** The primary language subtag, lower-cased: "ar-EG" -> "ar". */
export function getPrimarySubtag(lang: string): string {
  return lang.toLowerCase().split("-")[0] ?? lang.toLowerCase();
}

export function getLanguageDirection(lang: string): Direction {
  const lower = lang.toLowerCase();
  return RIGHT_TO_LEFT.has(lower) || RIGHT_TO_LEFT.has(getPrimarySubtag(lower)) ? "rtl" : "ltr";
}

export function isArabicScriptLanguage(lang: string): boolean {
  return ARABIC_SCRIPT.has(lang.toLowerCase()) || ARABIC_SCRIPT.has(getPrimarySubtag(lang));
}

/** True when `code` is a well-formed BCP 47 language tag. */
export function isLanguageTag(code: string): boolean {
  try {
    return Intl.getCanonicalLocales(code).length === 1;
  } catch {
    return false;
  }
}

/** The language's English name ("Arabic" for ar), or the code as written when Intl does not know it. */
export function nameLanguage(lang: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
