// Covers the zod front matter schemas directly: date validation, strictness and language tags.

import { describe, expect, it } from "vitest";
import { articleFrontMatterSchema, issueFrontMatterSchema } from "../../src/config/front-matter-schema.js";

const issue = (date: string) => issueFrontMatterSchema.safeParse({ title: "T", number: 1, date });

describe("issue date", () => {
  it.each(["2026-11-20", "2024-02-29", "2026-11-20 09:30", "2026-11-20T09:30:00+01:00"])("accepts %s", (date) => {
    expect(issue(date).success).toBe(true);
  });

  it.each(["2026-13-45", "2026-00-10", "2026-11-32", "26-11-20", "2026-1-2", "tomorrow"])("rejects %s", (date) => {
    expect(issue(date).success).toBe(false);
  });

  // BUG: src/config/front-matter-schema.ts (isoDate) checks `!Number.isNaN(Date.parse(value))`, but V8's
  // Date.parse rolls impossible days over (2026-02-30 -> 2 March 2026) instead of returning NaN, so
  // dates that do not exist pass the "is not a real calendar date" check and print as another day.
  it.each(["2026-02-30", "2026-02-29", "2026-04-31"])("rejects the impossible calendar date %s", (date) => {
    expect(issue(date).success).toBe(false);
  });
});

describe("strictness", () => {
  it("refuses unknown issue keys", () => {
    expect(issueFrontMatterSchema.safeParse({ title: "T", number: 1, date: "2026-11-20", colour: "red" }).success).toBe(false);
  });

  it("refuses unknown article keys", () => {
    expect(articleFrontMatterSchema.safeParse({ title: "T", author: "x" }).success).toBe(false);
  });

  it("accepts region subtags in article lang", () => {
    expect(articleFrontMatterSchema.parse({ title: "T", lang: "ar-EG" }).lang).toBe("ar-EG");
  });
});
