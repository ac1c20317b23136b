// Formats ISO dates for print in the edition's language, with its month names and chosen digits.

import type { NumberingSystem } from "../../config/digits.js";

/** "2026-11-20" -> "November 20, 2026" (en), "20 نوفمبر 2026" (ar, latn). Times in the string are ignored. */
export function formatDate(iso: string, lang: string, numberingSystem: NumberingSystem = "latn"): string {
  const [year, month, day] = iso.slice(0, 10).split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  // numberingSystem is explicit because CLDR's default differs by language (Arabic-Indic for "ar",
  // Latin for "ar-MA"): the issue's `digits` setting decides, not the locale data.
  return new Intl.DateTimeFormat([lang, "en"], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC", numberingSystem }).format(date);
}
