// A heading straight over a table set across an article's columns ({.span-all}) is set across them too, above the table, in Latin and Arabic pages (page/keep-lines.js marks it, base.css spans it).

import { describe, expect, it } from "vitest";
import { useLaidOutFixture } from "../support/laid-out-fixture.js";
import { ARABIC, LATIN, makeWordRun } from "../support/word-lists.js";

/** An A4 bulletin (three columns) whose one article has two paragraphs, then a heading over a table across the columns, then more text. */
function makeIssue(language: "en" | "ar", words: readonly string[], heading: string): Record<string, string> {
  const rows = Array.from({ length: 5 }, (_, index) => `| ${makeWordRun(words, 2 + (index % 3), index).slice(0, -1)} | ${index + 2} | ${(index * 7) % 50}.00 |`).join("\n");
  return {
    "issue.md": `---\ntitle: The Riverside Commons\nnumber: 4\ndate: 2026-12-07\nlanguages: [${language}]\nlayout: bulletin\npaper: A4\ncontents: false\n---\n`,
    "01-benches.md": [
      `---\ntitle: ${makeWordRun(words, 6, 9).slice(0, -1)}\n---\n`,
      makeWordRun(words, 110, 1),
      makeWordRun(words, 90, 2),
      `## ${heading}`,
      `| 1 | 2 | 3 |\n|---|--:|--:|\n${rows}\n\n{.span-all}`,
      makeWordRun(words, 120, 3),
      makeWordRun(words, 110, 4),
      "",
    ].join("\n\n"),
  };
}

interface SpannerHeading {
  /** The heading's width over its article body's. */
  widthShare: number;
  /** Pixels from the lowest line of the columns before the heading down to the heading (negative: beside them). */
  underColumns: number;
  /** Pixels from the heading down to the table. */
  overTable: number;
  /** Pixels from the body's start edge (left, or right in a right-to-left body) to the heading's text. */
  fromStart: number;
  samePage: boolean;
}

/** Reads where the heading stands against its body, the columns before it and the table after it. */
function readSpannerHeading(page: () => import("puppeteer-core").Page): Promise<SpannerHeading> {
  return page().evaluate(() => {
    const heading = document.querySelector(".pagedjs_page .story-body h3") as HTMLElement;
    const body = heading.parentElement as HTMLElement;
    const table = heading.nextElementSibling as HTMLElement;
    const box = body.getBoundingClientRect();
    const own = heading.getBoundingClientRect();
    const text = document.createRange();
    text.selectNodeContents(heading);
    const line = text.getClientRects()[0] as DOMRect;
    const before = Array.from(body.children).slice(0, Array.from(body.children).indexOf(heading));
    const lowest = Math.max(...before.flatMap((element) => Array.from(element.getClientRects()).map((rect) => rect.bottom)));
    const rtl = getComputedStyle(body).direction === "rtl";
    return {
      widthShare: own.width / box.width,
      underColumns: own.top - lowest,
      overTable: table.getBoundingClientRect().top - own.bottom,
      fromStart: rtl ? box.right - line.right : line.left - box.left,
      samePage: heading.closest(".pagedjs_page") === table.closest(".pagedjs_page") && body.closest(".pagedjs_page") === table.closest(".pagedjs_page"),
    };
  });
}

/** The heading spans the columns, stands under all of them and over its table, its text at the start edge. */
function expectAcrossColumns(found: SpannerHeading): void {
  expect(found.samePage).toBe(true);
  // In the columns it was a column wide (a third) and ended the row before the table, at the last column's foot.
  expect(found.widthShare).toBeGreaterThan(0.95);
  expect(found.underColumns).toBeGreaterThanOrEqual(-1);
  expect(found.overTable).toBeGreaterThanOrEqual(-1);
  expect(found.overTable).toBeLessThan(30);
  expect(found.fromStart).toBeLessThan(3);
}

describe("a heading over a table across the columns, in English", () => {
  const page = useLaidOutFixture(makeIssue("en", LATIN, "What the repairs cost"), "en");
  it("is set across the columns, above its table", async () => {
    expectAcrossColumns(await readSpannerHeading(page));
  });
});

describe("a heading over a table across the columns, in Arabic", () => {
  const page = useLaidOutFixture(makeIssue("ar", ARABIC, "كلفة الإصلاحات"), "ar");
  it("is set across the columns, above its table, from the right", async () => {
    expectAcrossColumns(await readSpannerHeading(page));
  });
});
