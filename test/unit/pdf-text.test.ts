// Unit tests of the text-layer helpers: visual-to-logical reordering of pdftotext lines, and defect-aware word matching.

import bidiFactory from "bidi-js";
import { describe, expect, it } from "vitest";
import { findLettersInOrder, findWordsInOrder, KNOWN_DEFECTS, reorderVisualLine, toRtlWords } from "../support/pdf-text.js";

const bidi = bidiFactory();

/** A right-to-left word as pdftotext -raw prints it: its letters in logical order, inside U+202B … U+202C. */
const rtl = (word: string) => `\u202B${word}\u202C`;
/** A left-to-right isolate, as pressroom's analyze stage wraps number groups in right-to-left text. */
const ltrIsolate = (text: string) => `\u2066${text}\u2069`;
const withoutIsolates = (text: string) => text.replace(/[\u2066-\u2069]/gu, "");

/**
 * What pdftotext -raw prints for a logical line, made with bidi-js's full bidi algorithm: visual order, each
 * run of right-to-left letters wrapped by `rtl` with its marks before their letters, nothing mirrored
 * (poppler prints Chrome's ActualText).
 */
function toPopplerLine(logical: string, direction: "ltr" | "rtl"): string {
  const levels = bidi.getEmbeddingLevels(logical, direction);
  const order = [...logical].map((_, index) => index);
  for (const [start, end] of bidi.getReorderSegments(logical, levels)) order.splice(start, end - start + 1, ...order.slice(start, end + 1).reverse());
  // pressroom isolates dates, ranges and phone numbers (LRI … PDI here); the marks themselves print nothing.
  const visual = order.map((index) => logical[index] as string).filter((char) => !/[\u2066-\u2069]/u.test(char));
  let line = "";
  for (let index = 0; index < visual.length; ) {
    let end = index;
    while (end < visual.length && /[\p{L}\p{M}]/u.test(visual[end] as string) && /[\u0600-\u06FF]/u.test(visual[end] as string)) end++;
    if (end === index) line += visual[index++];
    else {
      // poppler reverses the characters of a cluster's ActualText too: a mark comes out before its letter.
      line += rtl(visual.slice(index, end).reverse().join("").replace(/(\p{L})(\p{M}+)/gu, "$2$1"));
      index = end;
    }
  }
  return line;
}

describe("reorderVisualLine", () => {
  it("reads an Arabic line right to left, its full stop at the end", () => {
    const visual = `.${rtl("الاثنين")} ${rtl("يوم")} ${rtl("العمل")} ${rtl("بدأ")}`;
    expect(toPopplerLine("بدأ العمل يوم الاثنين.", "rtl")).toBe(visual);
    expect(reorderVisualLine(visual)).toBe("بدأ العمل يوم الاثنين.");
  });

  it("keeps an English name inside an Arabic line in its own left-to-right order", () => {
    const logical = "قال سائق الحافلات Thomas Ferreira إن السقف جديد";
    const visual = `${rtl("جديد")} ${rtl("السقف")} ${rtl("إن")} Thomas Ferreira ${rtl("الحافلات")} ${rtl("سائق")} ${rtl("قال")}`;
    expect(toPopplerLine(logical, "rtl")).toBe(visual);
    expect(reorderVisualLine(visual)).toBe(logical);
  });

  it("keeps numbers whole and puts a date among Arabic words back together", () => {
    // pressroom isolates the date, so it prints left to right as written; 6:30 needs no isolate.
    const logical = `في عام 2026 تبدأ الأشغال يوم ${ltrIsolate("2026-11-20")} عند 6:30 صباحًا`;
    const visual = toPopplerLine(logical, "rtl");
    expect(visual).toContain("2026-11-20");
    expect(visual).toContain(" 6:30 ");
    expect(reorderVisualLine(visual)).toBe(withoutIsolates(logical));
  });

  it("does the same for Persian digits", () => {
    const logical = `جلسهٔ بعدی روز ${ltrIsolate("۲۰۲۶-۱۱-۳۰")} ساعت ۱۸:۳۰ برگزار می‌شود.`;
    expect(reorderVisualLine(toPopplerLine(logical, "rtl"))).toBe(withoutIsolates(logical));
  });

  it("keeps a number with its Latin unit as pressroom isolates it, left to right", () => {
    const lines = [
      `اسکول کے دونوں جانب ${ltrIsolate("400 m")} تک رفتار کی حد 30 سے گھٹا کر ${ltrIsolate("20 mph")} کر دی جائے۔`,
      `اتاق کلاس فقط ${ltrIsolate("35 m²")} است.`,
      `دمای هوا ${ltrIsolate("25 °C")} بود و تا ${ltrIsolate("3 km")} دیده می‌شد.`,
      `وزن ${ltrIsolate("40 kg")}، اور طول ${ltrIsolate("2.5 m")}`,
    ];
    for (const logical of lines) {
      const visual = toPopplerLine(logical, "rtl");
      // Printed as written: the number to the left of its unit.
      expect(visual).toMatch(/\d (?:m|mph|m²|°C|km|kg)(?![a-z])/u);
      expect(reorderVisualLine(visual)).toBe(withoutIsolates(logical));
    }
  });

  it("leaves a number alone where no Latin word follows it", () => {
    const logical = "قیمت 2500 پاؤنڈ ہے اور فاصلہ 12 میل۔";
    expect(reorderVisualLine(toPopplerLine(logical, "rtl"))).toBe(logical);
  });

  it("leaves an English line alone", () => {
    const line = "Letters: 12 Mill Lane, Riverside · editors@riverside-commons.example · 2026-11-20.";
    expect(reorderVisualLine(line)).toBe(line);
  });

  it("keeps an English line's order around one Arabic word, and turns a run of two", () => {
    expect(reorderVisualLine(`The Commons — ${rtl("المشاع")} to half our readers.`)).toBe("The Commons — المشاع to half our readers.");
    const logical = "Its Arabic name, المشاع الكبير, means the great commons.";
    expect(reorderVisualLine(toPopplerLine(logical, "ltr"))).toBe(logical);
  });

  it("puts marks back after their letters, where poppler reversed a cluster's ActualText", () => {
    // Real pdftotext -raw output for جديدًا and وقّعتها (the marks come first in each piece).
    expect(reorderVisualLine(`${rtl("ا")}${rtl("\u064Bد")}${rtl("جدي")}`)).toBe("جديدًا");
    expect(reorderVisualLine(`${rtl("عتها")}${rtl("\u0651ق")}${rtl("و")}`)).toBe("وقّعتها");
  });

  it("reads a Latin-only line of an Arabic paragraph right to left when its punctuation says so", () => {
    // Real pdftotext -raw output: the Arabic comma and the brackets are ActualText, so never mirrored.
    expect(reorderVisualLine("،)Larchmont Property Holdings(")).toBe("(Larchmont Property Holdings)،");
  });

  it("keeps a URL broken at a hyphen in one piece, and a mixed line's comma with its Arabic word", () => {
    expect(reorderVisualLine(`riverside- ${rtl("الموقع")} ${rtl("عبر")} ${rtl("أو")} ،0381`)).toBe("0381، أو عبر الموقع riverside-");
    expect(reorderVisualLine(`${rtl("العربي")} ${rtl("الرف")} ${rtl("صار")} ،»Riverside Library`)).toBe("Riverside Library»، صار الرف العربي");
  });

  it("takes the direction it is given", () => {
    const visual = `1. ${rtl("تتحرك")} ${rtl("أن")} ${rtl("المخاطر")}.`;
    expect(reorderVisualLine(visual, "ltr")).toBe("1. المخاطر أن تتحرك.");
    expect(reorderVisualLine(visual)).toBe("1. المخاطر أن تتحرك.");
    expect(reorderVisualLine(visual, "rtl")).toBe(".المخاطر أن تتحرك .1");
  });

  it("turns round-trips of mixed lines back into what was written", () => {
    const lines: [string, "ltr" | "rtl"][] = [
      ["وبفضل تبرّعات جمعية «Friends of Riverside Library»، صار الرفّ يضمّ أكثر من 450 كتابًا.", "rtl"],
      [`الهاتف ${ltrIsolate("020 7946 0381")}، أو عبر الموقع riverside-library.example/arabic.`, "rtl"],
      ["ارتفع الإيجار بنسبة 5% في عام 2025.", "rtl"],
      ["A year of Arabic stories: ساعة القراءة العربية, every Wednesday at 6:30 pm.", "ltr"],
    ];
    for (const [logical, direction] of lines) expect(reorderVisualLine(toPopplerLine(logical, direction))).toBe(withoutIsolates(logical));
  });
});

describe("findWordsInOrder", () => {
  it("finds words in order and counts the missing ones", () => {
    const result = findWordsInOrder("صباح يوم الاثنين دخلت شاحنة", "صباح يوم الثلاثاء دخلت شاحنة", []);
    expect(result).toEqual({ found: 4, total: 5, missing: ["الثلاثاء"] });
    expect(findWordsInOrder("شاحنة دخلت", "دخلت شاحنة", []).found).toBe(1);
  });

  it("forgives a reversed lam-alef only when asked", () => {
    expect(findWordsInOrder("رفتن باال حاال", "رفتن بالا حالا", []).found).toBe(1);
    expect(findWordsInOrder("رفتن باال حاال", "رفتن بالا حالا", ["lam-alef"]).found).toBe(3);
    expect(findWordsInOrder("كاماًل", "كاملاً", ["lam-alef"]).found).toBe(1);
  });

  it("joins a word split right after a mark, and nowhere else", () => {
    expect(findWordsInOrder("شاحنة مسطّ حة إلى", "شاحنة مسطّحة إلى", KNOWN_DEFECTS.pdftotext).found).toBe(3);
    expect(findWordsInOrder("شاحنة مسط حة إلى", "شاحنة مسطحة إلى", KNOWN_DEFECTS.pdftotext).found).toBe(2);
  });

  it("lets marks go missing, but not letters, and never adds a mark", () => {
    expect(findWordsInOrder("موقع", "موقَّع", ["missing-marks"]).found).toBe(1);
    expect(findWordsInOrder("موقع", "موقَّع", []).found).toBe(0);
    expect(findWordsInOrder("موقّع", "موقع", ["missing-marks"]).found).toBe(0);
    expect(findWordsInOrder("موق", "موقَّع", ["missing-marks"]).found).toBe(0);
  });

  it("treats ۀ as ه + ٔ, and a lost ZWNJ as joined or spaced, for pdf.js", () => {
    expect(findWordsInOrder("نتیجۀ توافقی", "نتیجهٔ توافقی", KNOWN_DEFECTS.pdfjs).found).toBe(2);
    expect(findWordsInOrder("میکنم پس", "می‌کنم پس", KNOWN_DEFECTS.pdfjs).found).toBe(2);
    expect(findWordsInOrder("می کنم پس", "می‌کنم پس", KNOWN_DEFECTS.pdfjs).found).toBe(2);
    expect(findWordsInOrder("میک نم پس", "می‌کنم پس", KNOWN_DEFECTS.pdfjs).found).toBe(1);
  });

  it("takes an Arabic-Indic digit for the Urdu one only when asked", () => {
    expect(findWordsInOrder("جو ۱۹۸٦ میں", "جو ۱۹۸۶ میں", []).found).toBe(2);
    expect(findWordsInOrder("جو ۱۹۸٦ میں", "جو ۱۹۸۶ میں", ["shared-digit"]).found).toBe(3);
    expect(findWordsInOrder("جو ۱۹۸٥ میں", "جو ۱۹۸۶ میں", ["shared-digit"]).found).toBe(2);
  });

  it("keeps a ZWNJ inside its word", () => {
    expect(toRtlWords("پنجره‌ها بالا")).toEqual(["پنجره\u200Cها", "بالا"]);
  });
});

describe("findLettersInOrder", () => {
  it("ignores where the spaces fall, not which letters come in which order", () => {
    expect(findLettersInOrder("دریاکن ارےکیخ بری ں", "دریا کنارے کی خبریں").found).toBe(4);
    expect(findLettersInOrder("خبریں کی کنارے دریا", "دریا کنارے کی خبریں").found).toBeLessThan(4);
  });
});
