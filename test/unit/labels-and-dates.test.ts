// Covers the label and date helpers of render-html: formatDate, createDateFormatter, formatPrintedIn and getLabels.

import { describe, expect, it, vi } from "vitest";
import { createDateFormatter, formatDate } from "../../src/stages/render-html/format-date.js";
import { formatPrintedIn, getLabels } from "../../src/stages/render-html/labels.js";

describe("formatDate", () => {
  it("formats 2026-11-20 in English with the month name and year", () => {
    const text = formatDate("2026-11-20", "en");
    expect(text).toContain("November");
    expect(text).toContain("2026");
    expect(text).toContain("20");
  });

  it("formats 2026-11-20 in Arabic with the month name نوفمبر", () => {
    expect(formatDate("2026-11-20", "ar")).toContain("نوفمبر");
  });

  it("ignores a time and zone in the string (no day shift)", () => {
    expect(formatDate("2026-11-20T23:30:00-08:00", "en")).toBe(formatDate("2026-11-20", "en"));
    expect(formatDate("2026-01-01", "en")).toContain("January 1");
  });

  it("falls back to English for an unknown language", () => {
    expect(formatDate("2026-11-20", "zz")).toContain("November");
  });

  it("formats many dates as one Intl.DateTimeFormat each would, with one per language and digits", () => {
    const dates = createDateFormatter();
    const asked: [string, string, "latn" | "arab" | undefined][] = [
      ["2026-11-20", "en", undefined],
      ["2026-12-01", "en", "latn"],
      ["2026-11-20", "ar", "arab"],
      ["2026-03-08", "ar", "arab"],
      ["2026-11-20", "ar", "latn"],
      ["2026-11-20T08:00:00Z", "en", undefined],
    ];
    // The reference is made here, a format per date (formatDate itself now goes through createDateFormatter).
    const expected = asked.map(([iso, lang, digits]) => {
      const [year, month, day] = iso.slice(0, 10).split("-").map(Number) as [number, number, number];
      const format = new Intl.DateTimeFormat([lang, "en"], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC", numberingSystem: digits ?? "latn" });
      return format.format(new Date(Date.UTC(year, month - 1, day)));
    });
    const made = vi.spyOn(Intl, "DateTimeFormat");
    try {
      expect(asked.map(([iso, lang, digits]) => dates(iso, lang, digits))).toEqual(expected);
      expect(made).toHaveBeenCalledTimes(3);
    } finally {
      made.mockRestore();
    }
    expect(expected[2]).toContain("٢٠");
    expect(expected[4]).toContain("20");
  });
});

describe("formatPrintedIn", () => {
  it('formatPrintedIn("en", "ar") is "Printed in Arabic"', () => {
    expect(formatPrintedIn("en", "ar")).toBe("Printed in Arabic");
  });

  it("names the language in the edition's language", () => {
    expect(formatPrintedIn("ar", "en")).toBe("منشور باللغة الإنجليزية");
    expect(formatPrintedIn("fr", "en")).toBe("Publié en anglais");
  });

  it("uses English labels for a language without its own", () => {
    expect(formatPrintedIn("ja", "ar")).toMatch(/^Printed in /);
  });
});

describe("getLabels", () => {
  it("gives Arabic labels for ar and ar-EG", () => {
    expect(getLabels("ar").issue).toBe("العدد");
    expect(getLabels("ar-EG").page).toBe("صفحة");
  });

  it("falls back to English", () => {
    expect(getLabels("ja")).toEqual({
      issue: "Issue",
      page: "Page",
      editorial: "From the editors",
      printedIn: "Printed in {language}",
      continuedOn: "Continued on page {page}",
      continuedFrom: "Continued from page {page}",
      contents: "In this issue",
      contact: "Get in touch",
    });
  });
});
