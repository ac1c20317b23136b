// A box kept whole (an editorial's, the contents') that is over half a page tall starts where the text before it ends instead of leaving that page half empty (page/break-tall-kept-boxes.js); a parallel edition's editorial goes on overleaf in rows with both its languages.

import type { Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { useLaidOutFixture } from "../support/laid-out-fixture.js";
import { ARABIC, makeMeetingParagraphs, makeWordRun } from "../support/word-lists.js";

/** A bulletin on A5 without a contents box: the masthead, the lead story, then the editorial under it. */
const issueMd = (editorial: string, languages = "[en]", editions = "[en]") =>
  `---\ntitle: The Kept Box\nnumber: 4\ndate: 2026-12-07\nlanguages: ${languages}\neditions: ${editions}\nlayout: bulletin\npaper: A5\ncontents: false\n---\n\n${editorial}\n`;
const story = (paragraphs: string[]) => `---\ntitle: The hall opens on Saturdays\n---\n\n${paragraphs.join("\n\n")}\n`;

interface BoxOnPage {
  /** The page (from 1) the editorial's box starts on, and the page the lead story's text ends on. */
  boxStarts: number;
  storyEnds: number;
  /** Pages holding part of the box. */
  boxPages: number;
  /** How far down the page's area the story's last line and the box's lowest line on the page it starts on reach, as shares of the area. */
  storyReach: number;
  boxReach: number;
  /** The languages with text inside the box on each page it is on. */
  languages: string[][];
}

/** Where the editorial's box and the lead story fall in the laid-out pages. */
function readBox(page: Page): Promise<BoxOnPage> {
  return page.evaluate(() => {
    const pages = [...document.querySelectorAll(".pagedjs_page")];
    const pageOf = (element: Element) => pages.indexOf(element.closest(".pagedjs_page") as Element) + 1;
    const boxes = [...document.querySelectorAll(".pagedjs_page section.editorial")];
    const first = boxes[0] as Element;
    const stories = [...document.querySelectorAll(".pagedjs_page article[data-article-id] p")].filter((p) => (p.textContent || "").trim());
    const reach = (lines: Element[]) => {
      const area = (lines[0]!.closest(".pagedjs_page") as Element).querySelector(".pagedjs_page_content")!.getBoundingClientRect();
      return (Math.max(...lines.map((line) => line.getBoundingClientRect().bottom)) - area.top) / area.height;
    };
    const readLanguages = (box: Element) => [...new Set([...box.querySelectorAll("p")].filter((p) => (p.textContent || "").trim()).map((p) => p.closest("[lang]")!.getAttribute("lang") ?? ""))].sort();
    return {
      boxStarts: pageOf(first),
      storyEnds: pageOf(stories[stories.length - 1] as Element),
      boxPages: new Set(boxes.map(pageOf)).size,
      storyReach: reach([stories[stories.length - 1] as Element]),
      boxReach: reach([...first.querySelectorAll("p")].filter((p) => (p.textContent || "").trim())),
      languages: boxes.map(readLanguages),
    };
  });
}

describe("an editorial of two thirds of a page after a short lead story", () => {
  const laidOut = useLaidOutFixture({ "issue.md": issueMd(makeMeetingParagraphs(7, 40).join("\n\n")), "01-hall.md": story(makeMeetingParagraphs(2, 1)) });

  it("starts on the page the story ends on and goes on overleaf, the page filled", async () => {
    const box = await readBox(laidOut());
    // Moved whole, it had started on page 2 and left page 1 empty under the story (which ends a third of the way down).
    expect(box.storyReach).toBeLessThan(0.5);
    expect(box.boxStarts).toBe(box.storyEnds);
    expect(box.boxPages).toBe(2);
    expect(box.boxReach).toBeGreaterThan(0.9);
  });
});

describe("an editorial of a third of a page that does not fit under the lead story", () => {
  const laidOut = useLaidOutFixture({ "issue.md": issueMd(makeMeetingParagraphs(3, 40).join("\n\n")), "01-hall.md": story(makeMeetingParagraphs(6, 1)) });

  it("goes to the next page whole", async () => {
    const box = await readBox(laidOut());
    expect(box.boxStarts).toBe(box.storyEnds + 1);
    expect(box.boxPages).toBe(1);
  });
});

/** `count` Arabic paragraphs of 45 to 64 words, from `seed` on. */
const arabic = (count: number, seed: number) => Array.from({ length: count }, (_, i) => makeWordRun(ARABIC, 45 + ((i * 17) % 20), seed + i));

/** A parallel edition (English beside Arabic) of a one-paragraph lead story and the editorial `english` and `arabic`. */
const parallelIssue = (english: string[], arabicParagraphs: string[]) => ({
  "issue.md": issueMd(english.join("\n\n"), "[en, ar]", "[parallel]"),
  "issue.ar.md": `${arabicParagraphs.join("\n\n")}\n`,
  "01-hall.md": story(makeMeetingParagraphs(1, 1)),
  "01-hall.ar.md": `---\ntitle: القاعة تفتح أيام السبت\n---\n\n${arabic(1, 1).join("\n\n")}\n`,
});

describe("a parallel edition's editorial longer than the room under the lead story", () => {
  const laidOut = useLaidOutFixture(parallelIssue(makeMeetingParagraphs(7, 40), arabic(7, 40)), "parallel");

  it("starts on the page the story ends on, both languages side by side there, and goes on overleaf", async () => {
    const box = await readBox(laidOut());
    // Two whole sides in one box went over whole to page 2, and past that page's foot the first side's break took
    // the whole second side to page 3: page 2 printed the box in English only.
    expect(box.boxStarts).toBe(box.storyEnds);
    // The row that does not fit under its first goes over whole (Chromium moves a grid's row that fits a page so).
    expect(box.boxReach).toBeGreaterThan(0.7);
    expect(box.boxPages).toBeGreaterThanOrEqual(2);
    expect(box.languages.slice(0, -1)).toEqual(box.languages.slice(0, -1).map(() => ["ar", "en"]));
  });
});

describe("a parallel edition's editorial whose first paragraphs are taller than the room under the lead story", () => {
  // The first paragraph four times as long in each language: the first row alone is taller than what the page has left.
  const english = makeMeetingParagraphs(7, 40);
  const arabicParagraphs = arabic(7, 40);
  const laidOut = useLaidOutFixture(
    parallelIssue([english.slice(0, 4).join(" "), ...english.slice(4)], [arabicParagraphs.slice(0, 4).join(" "), ...arabicParagraphs.slice(4)]),
    "parallel",
  );

  it("goes to the next page whole rather than start with one language alone under the two titles", async () => {
    const box = await readBox(laidOut());
    expect(box.languages[0]).toEqual(["ar", "en"]);
    expect(box.boxStarts).toBe(box.storyEnds + 1);
  });
});

/** Where the contents box's parts fall: the page (from 1) of its first, how many pages hold one, entries in each, and how far down its page's area the first part's last entry reaches. */
function readContents(page: Page) {
  return page.evaluate(() => {
    const pages = [...document.querySelectorAll(".pagedjs_page")];
    const parts = [...document.querySelectorAll(".pagedjs_page nav.contents")];
    const first = parts[0] as Element;
    const area = (first.closest(".pagedjs_page") as Element).querySelector(".pagedjs_page_content")!.getBoundingClientRect();
    const bottoms = [...first.querySelectorAll("li")].map((entry) => entry.getBoundingClientRect().bottom);
    return {
      starts: pages.indexOf(first.closest(".pagedjs_page") as Element) + 1,
      entries: parts.map((part) => part.querySelectorAll("li").length),
      reach: bottoms.length ? (Math.max(...bottoms) - area.top) / area.height : 0,
    };
  });
}

/** `count` one-paragraph notices with long titles, which make long contents entries. */
function writeNotices(issueMd: string, count: number): Record<string, string> {
  const files: Record<string, string> = { "issue.md": issueMd };
  for (let n = 1; n <= count; n++) {
    files[`${String(n).padStart(2, "0")}-note.md`] = `---\ntitle: Notice ${n} from the hall committee about the winter market, the new benches and the river path\n---\n\n${makeMeetingParagraphs(1, n)[0]}\n`;
  }
  return files;
}

describe("a contents box taller than the front page", () => {
  const laidOut = useLaidOutFixture(writeNotices("---\ntitle: The Long List\nnumber: 5\ndate: 2026-12-07\nlanguages: [en]\nlayout: newspaper\npaper: A4\n---\n", 99));

  it("starts under the masthead and goes on overleaf, the front page filled", async () => {
    const contents = await readContents(laidOut());
    // Moved whole, it started on page 2 and left the front page with the masthead alone (the benchmark's 187 pages did).
    expect(contents.starts).toBe(1);
    expect(contents.entries.length).toBeGreaterThanOrEqual(2);
    expect(contents.reach).toBeGreaterThan(0.85);
  });
});

describe("a contents box whose list would go over whole, leaving its title", () => {
  // Forty notices in an A5 bulletin: let break under the masthead, Chromium set the box's title there and all of its
  // list, in two columns, on the next page.
  const laidOut = useLaidOutFixture(writeNotices("---\ntitle: The Long List\nnumber: 5\ndate: 2026-12-07\nlanguages: [en]\nlayout: bulletin\npaper: A5\n---\n", 40));

  it("goes to the next page whole rather than leave its title alone at the foot", async () => {
    const contents = await readContents(laidOut());
    expect(contents.entries.every((count) => count > 0)).toBe(true);
    expect(contents.starts).toBe(2);
  });
});
