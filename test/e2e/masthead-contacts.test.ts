// The newspaper masthead's issue line wraps between its items, never inside a contact (an e-mail address or an Urdu contact's words stay on one line), and no wrapped line opens with a separator.

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

/**
 * The issue line's printed lines, each with whether each item's separator prints (null for the number, which has
 * none) and how far (px) the middle of what the line prints lies from the middle of the issue line.
 */
async function readPrintedLines(page: Page): Promise<{ separators: (boolean | null)[]; offCentre: number }[]> {
  return page.evaluate(() => {
    const line = document.querySelector(".masthead-line");
    if (!line) throw new Error("The masthead has no issue line.");
    const box = line.getBoundingClientRect();
    const middle = (box.left + box.right) / 2;
    const byTop = new Map<number, Element[]>();
    for (const item of Array.from(line.querySelectorAll(".masthead-item"))) {
      const top = Math.round(item.getBoundingClientRect().top);
      const key = Array.from(byTop.keys()).find((other) => Math.abs(other - top) < 4) ?? top;
      byTop.set(key, [...(byTop.get(key) ?? []), item]);
    }
    const prints = (element: Element) => getComputedStyle(element).visibility !== "hidden";
    return Array.from(byTop.values()).map((items) => {
      const printed = items.flatMap((item) => Array.from(item.children).filter(prints).map((child) => child.getBoundingClientRect()));
      const left = Math.min(...printed.map((rect) => rect.left));
      const right = Math.max(...printed.map((rect) => rect.right));
      return {
        separators: items.map((item) => {
          const separator = item.querySelector(".masthead-separator");
          return separator ? prints(separator) : null;
        }),
        offCentre: Math.abs((left + right) / 2 - middle),
      };
    });
  });
}

/** Every line after the first opens with an item whose separator is hidden, the rest print theirs, and each line is centred on what it prints. */
function expectNoLineOpensWithSeparator(lines: { separators: (boolean | null)[]; offCentre: number }[]): void {
  expect(lines.length).toBeGreaterThan(1);
  lines.forEach((line, index) => {
    const [first, ...rest] = line.separators;
    expect({ line: index + 1, first }).toEqual({ line: index + 1, first: index === 0 ? null : false });
    expect({ line: index + 1, rest }).toEqual({ line: index + 1, rest: rest.map(() => true) });
    expect(line.offCentre, `line ${index + 1} is off centre`).toBeLessThan(1);
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

  it("opens no wrapped line with a separator, and keeps each line centred on what it prints", async () => {
    expectNoLineOpensWithSeparator(await readPrintedLines(page()));
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

  it("opens no wrapped line with a separator, and keeps each line centred on what it prints", async () => {
    expectNoLineOpensWithSeparator(await readPrintedLines(page()));
  });
});
