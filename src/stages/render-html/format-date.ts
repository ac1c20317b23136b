// Formats ISO dates for print in the edition's language, with its month names.

/** "2026-11-20" -> "November 20, 2026" (en), "20 نوفمبر 2026" (ar). Times in the string are ignored. */
export function formatDate(iso: string, lang: string): string {
  const [year, month, day] = iso.slice(0, 10).split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat([lang, "en"], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}
