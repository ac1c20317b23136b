// The newspaper masthead's issue line wraps between its items, never inside a contact: an e-mail address or an Urdu contact's words stay on one line.

import type { Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { readSampleIssue } from "../support/build-fixture.js";
import { useLaidOutFixture } from "../support/laid-out-fixture.js";

/** An English A5 newspaper whose issue line (number, date, four contacts) is too long for one line on A5. */
const ENGLISH_A5 = {
  "issue.md": [
    "---",
    "title: The Hillside Post",
    "number: 3",
    "date: 2026-12-07",
    "languages: [en]",
    "layout: newspaper",
    "paper: A5",
    "contacts:",
    '  - "Letters: 40 Quarry Road, Hillside"',
    '  - "newsroom@hillside-post.example"',
    '  - "hillside-post.example/archive"',
    '  - "Free, on the first Monday of the month"',
    "---",
    "",
  ].join("\n"),
  "01-notice.md": "---\ntitle: The hall opens on Mondays\n---\n\nThe community hall on Quarry Road opens on Monday evenings from January, for anyone who wants a warm room and a cup of tea.\n",
};

/**
 * Each item of the issue line (number, date, each contact) with how many lines its text's boxes take, and how many
 * lines the issue line takes. An item's boxes whose middles are within 7 px (half the 11 pt leading) share a line.
 */
async function readIssueLine(page: Page): Promise<{ items: { text: string; lines: number }[]; lines: number }> {
  return page.evaluate(() => {
    const line = document.querySelector(".masthead-line");
    if (!line) throw new Error("The masthead has no issue line.");
    const countLines = (rects: DOMRect[]) => {
      const middles = rects.filter((rect) => rect.width > 0).map((rect) => rect.top + rect.height / 2).sort((a, b) => a - b);
      return middles.filter((middle, index) => index === 0 || middle - (middles[index - 1] ?? middle) > 7).length;
    };
    const range = document.createRange();
    const boxesOf = (element: Element) => {
      range.selectNodeContents(element);
      return Array.from(range.getClientRects());
    };
    const elements = Array.from(line.querySelectorAll(".masthead-number, .masthead-date, .masthead-contact"));
    // The issue line's own lines from its height: its items' boxes are of several faces, at several heights.
    const style = getComputedStyle(line);
    const height = line.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    return {
      items: elements.map((element) => ({ text: element.textContent ?? "", lines: countLines(boxesOf(element)) })),
      lines: Math.round(height / parseFloat(style.lineHeight)),
    };
  });
}

describe("an English A5 newspaper's issue line", () => {
  const page = useLaidOutFixture(ENGLISH_A5, "en");

  it("wraps, and keeps every item on one line: the e-mail address and the web address whole", async () => {
    const { items, lines } = await readIssueLine(page());
    expect(items.map((item) => item.text)).toContain("newsroom@hillside-post.example");
    expect(lines).toBeGreaterThan(1);
    for (const item of items) expect({ item: item.text, lines: item.lines }).toEqual({ item: item.text, lines: 1 });
  });
});

describe("the Urdu sample's issue line on A4", () => {
  // Its last contact ("مفت — خود پڑھیے، پڑوسی کو دیجیے") ended the first line with two words, the rest alone on the second.
  const page = useLaidOutFixture(readSampleIssue("2026-11-ur", { editions: "[ur]" }), "ur");

  it("wraps between contacts, each contact on one line", async () => {
    const { items, lines } = await readIssueLine(page());
    expect(items.length).toBeGreaterThan(4);
    expect(lines).toBeGreaterThan(1);
    for (const item of items) expect({ item: item.text, lines: item.lines }).toEqual({ item: item.text, lines: 1 });
  });
});
