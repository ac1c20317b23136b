// A box kept whole (an editorial's, the contents') that is over half a page tall starts where the text before it ends instead of leaving that page half empty (page/break-tall-kept-boxes.js); a parallel edition's editorial goes on overleaf with both its languages, its rows split on both sides at the page's foot (page/split-parallel-rows.js).

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
  /** How far down its page's area each language's lowest line in each of the box's parts reaches, by language. */
  reaches: Record<string, number>[];
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
    const readReaches = (box: Element) => {
      const lines = [...box.querySelectorAll("p")].filter((p) => (p.textContent || "").trim());
      return Object.fromEntries(readLanguages(box).map((lang) => [lang, reach(lines.filter((p) => p.closest("[lang]")!.getAttribute("lang") === lang))]));
    };
    return {
      boxStarts: pageOf(first),
      storyEnds: pageOf(stories[stories.length - 1] as Element),
      boxPages: new Set(boxes.map(pageOf)).size,
      storyReach: reach([stories[stories.length - 1] as Element]),
      boxReach: reach([...first.querySelectorAll("p")].filter((p) => (p.textContent || "").trim())),
      languages: boxes.map(readLanguages),
      reaches: boxes.map(readReaches),
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

/** A parallel edition (English beside Arabic) of a lead story of `lead` paragraphs and the editorial `english` and `arabic`. */
const parallelIssue = (english: string[], arabicParagraphs: string[], lead = 1) => ({
  "issue.md": issueMd(english.join("\n\n"), "[en, ar]", "[parallel]"),
  "issue.ar.md": `${arabicParagraphs.join("\n\n")}\n`,
  "01-hall.md": story(makeMeetingParagraphs(lead, 1)),
  "01-hall.ar.md": `---\ntitle: القاعة تفتح أيام السبت\n---\n\n${arabic(lead, 1).join("\n\n")}\n`,
});

describe("a parallel edition's editorial longer than the room under the lead story", () => {
  const laidOut = useLaidOutFixture(parallelIssue(makeMeetingParagraphs(7, 40), arabic(7, 40)), "parallel");

  it("starts on the page the story ends on, both languages side by side there to the page's foot, and goes on overleaf", async () => {
    const box = await readBox(laidOut());
    // Two whole sides in one box went over whole to page 2, and past that page's foot the first side's break took
    // the whole second side to page 3: page 2 printed the box in English only.
    expect(box.boxStarts).toBe(box.storyEnds);
    // The editorial's cells were multicol boxes of one column: Chromium took the row the page's foot cut overleaf
    // whole, leaving that page a quarter empty (the box's lines reached 74% of it).
    expect(box.boxReach).toBeGreaterThan(0.9);
    expect(box.boxPages).toBeGreaterThanOrEqual(2);
    expect(box.languages.slice(0, -1)).toEqual(box.languages.slice(0, -1).map(() => ["ar", "en"]));
  });
});

describe.each([1, 2])("a parallel edition's editorial whose first paragraphs are taller than the room under a lead story of %i paragraphs", (lead) => {
  // The first paragraph four times as long in each language: the first row alone is taller than what the page has left.
  const english = makeMeetingParagraphs(7, 40);
  const arabicParagraphs = arabic(7, 40);
  const laidOut = useLaidOutFixture(
    parallelIssue([english.slice(0, 4).join(" "), ...english.slice(4)], [arabicParagraphs.slice(0, 4).join(" "), ...arabicParagraphs.slice(4)], lead),
    "parallel",
  );

  it("starts under the story with its first row split on both sides at the page's foot", async () => {
    const box = await readBox(laidOut());
    // Paged.js breaks a page at one place, so the first row could only go over whole (the page under the story left
    // empty) or print its English lines under both titles and none of its Arabic.
    expect(box.boxStarts).toBe(box.storyEnds);
    expect(box.languages[0]).toEqual(["ar", "en"]);
    expect(box.reaches[0]!.en).toBeGreaterThan(0.9);
    expect(box.reaches[0]!.ar).toBeGreaterThan(0.9);
    expect(box.languages.slice(0, -1)).toEqual(box.languages.slice(0, -1).map(() => ["ar", "en"]));
  });
});

describe("a parallel edition's editorial whose last row fits under the story but for the box's border", () => {
  // Two short rows and a longer one after a one-paragraph lead story: the last row's lines end above the page's foot
  // by less than the box's padding and border.
  const english = makeMeetingParagraphs(3, 40);
  const arabicParagraphs = arabic(3, 40);
  [english[0], english[1], english[2]] = [makeWordRun(english[0]!.split(" "), 25, 3), makeWordRun(english[1]!.split(" "), 25, 5), makeWordRun(english[2]!.split(" "), 66, 7)];
  [arabicParagraphs[0], arabicParagraphs[1], arabicParagraphs[2]] = [makeWordRun(ARABIC, 20, 3), makeWordRun(ARABIC, 20, 5), makeWordRun(ARABIC, 53, 7)];
  const laidOut = useLaidOutFixture(parallelIssue(english, arabicParagraphs), "parallel");

  it("starts under the story, fills the page and sends the last row's last lines over with the box's foot", async () => {
    const box = await readBox(laidOut());
    // Chromium moved the last row overleaf whole, and the box after it, its first rows less than half the room the
    // page had: the page printed the story alone, 56% of it empty.
    expect(box.boxStarts).toBe(box.storyEnds);
    expect(box.boxPages).toBe(2);
    for (const reach of Object.values(box.reaches[0]!)) expect(reach).toBeGreaterThan(0.9);
    expect(box.languages[1]).toEqual(["ar", "en"]);
  });
});

describe("a parallel edition's editorial whose first row's other side cannot start on the page", () => {
  // The Arabic side opens with a sixteen-row table, which a page's foot does not cut beside the English lines.
  const table = ["| البند | المبلغ |", "|---|---|", ...Array.from({ length: 16 }, (_, i) => `| بند ${i + 1} | ${(i + 1) * 120} |`)].join("\n");
  const english = makeMeetingParagraphs(7, 40);
  const laidOut = useLaidOutFixture(parallelIssue([english.slice(0, 4).join(" "), ...english.slice(4)], [table, ...arabic(6, 40)]), "parallel");

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
