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

/**
 * True when `code` is a well-formed BCP 47 language tag for a language with a two- or three-letter code. BCP 47
 * also allows five to eight letters (reserved, none in use), so "Arabic" was taken for a language called
 * "arabic": its edition got no Arabic font, direction or quotes.
 */
export function isLanguageTag(code: string): boolean {
  try {
    return Intl.getCanonicalLocales(code).length === 1 && /^[a-z]{2,3}(?:-|$)/i.test(code);
  } catch {
    return false;
  }
}

/** Names editors use that Intl does not give. */
const OTHER_NAMES: Readonly<Record<string, string>> = { farsi: "fa" };

/** The code an editor meant by `written` when it is not one: "Arabic" or "العربية" → "ar", "en_US" → "en-US". */
export function suggestLanguageCode(written: string): string | undefined {
  const dashed = written.trim().replace(/_/g, "-");
  if (isLanguageTag(dashed)) return dashed;
  const name = written.trim().toLocaleLowerCase();
  if (OTHER_NAMES[name]) return OTHER_NAMES[name];
  const english = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
  for (let first = 97; first <= 122; first++) {
    for (let second = 97; second <= 122; second++) {
      const code = String.fromCharCode(first, second);
      const inEnglish = english.of(code);
      if (!inEnglish) continue;
      const own = new Intl.DisplayNames([code], { type: "language", fallback: "none" }).of(code);
      if (inEnglish.toLocaleLowerCase() === name || own?.toLocaleLowerCase() === name) return code;
    }
  }
  return undefined;
}

/** The language's English name ("Arabic" for ar), or the code as written when Intl does not know it. */
export function nameLanguage(lang: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
