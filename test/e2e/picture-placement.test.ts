// Pictures across some of the columns ({.span-N}) and at the top or foot of the page ({.page-top}, {.page-bottom}), in real Chromium.

import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProject } from "../support/issue-fixture.js";
import { listPrintedWidths } from "../support/pdf-tools.js";
import { readPlacedWords, type PlacedWord } from "../support/pdf-words.js";
import { runCli } from "../support/run-cli.js";


/**
 * Paragraphs of numbered words (t0001, t0002...): every word is unique, so the PDF can be checked for each
 * printed exactly once, wherever a paragraph is cut beside a picture or a page breaks.
 */
function makeParagraphs(counter: { next: number }, paragraphs: number, words = 55): string {
  return Array.from({ length: paragraphs }, () => {
    const tokens = Array.from({ length: words }, () => `t${String(counter.next++).padStart(4, "0")}`);
    return `${tokens.join(" ")}.`;
  }).join("\n\n");
}

const photo = (width: number, height: number, red: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: red, g: 90, b: 160 } } }).jpeg().toBuffer();

const byText = (words: PlacedWord[], text: string) => {
  const found = words.filter((word) => word.text === text);
  if (!found.length) throw new Error(`"${text}" is not in the PDF`);
  return found;
};
const only = (words: PlacedWord[], text: string) => {
  const found = byText(words, text);
  expect(found, `"${text}" printed once`).toHaveLength(1);
  return found[0] as PlacedWord;
};
const isToken = (word: PlacedWord) => /^t\d{4}\.?$/.test(word.text);

// A4, 13 mm margins: 184 mm of text in three columns 4.5 mm apart, so a column is 58.3 mm.
const COLUMN_MM = (184 - 2 * 4.5) / 3;

describe("pictures across some columns and at the top or foot of the page (newspaper, English)", () => {
  let project = "";
  let pdf = "";
  let words: PlacedWord[] = [];
  let total = 0;
  /** The last word before each page picture's place in the text. */
  const before = { map: "", volunteers: "" };
  let summary: { outputs: { warnings: { code: string; message: string }[] }[] };

  beforeAll(async () => {
    const counter = { next: 1 };
    const lastWord = () => `t${String(counter.next - 1).padStart(4, "0")}`;
    const lead =
      `---\ntitle: Council meets on repairs\n---\n\n![Hall](images/hall.jpg "Hallcaption before the meeting"){.top .span-2}\n\n` +
      // A word of its own first: the lead story's drop cap sets its first letter apart.
      `Residents ${makeParagraphs(counter, 6)}${((before.map = lastWord()), "")}\n\n![Map](images/map.jpg "Mapcaption of the garden"){.page-bottom #garden-map}\n\n` +
      `${makeParagraphs(counter, 6)}\n\n![Spring](images/spring.jpg "Springcaption in the garden"){.span-2}\n\n${makeParagraphs(counter, 5)}\n`;
    const second =
      `---\ntitle: Garden plans approved\n---\n\nThe map is on page [#](#garden-map).\n\n${makeParagraphs(counter, 7)}${((before.volunteers = lastWord()), "")}\n\n` +
      `![Volunteers](images/volunteers.jpg "Volunteercaption at work"){.page-top}\n\n${makeParagraphs(counter, 7)}\n\n` +
      `![Beds](images/beds.jpg "Bedscaption finished"){.bottom .span-2}\n`;
    total = counter.next - 1;
    ({ project } = makeProject({
      "issue.md": "---\ntitle: Float Gazette\nnumber: 1\ndate: 2026-05-01\nlanguages: [en]\n---\n",
      "01-lead.md": lead,
      "02-second.md": second,
      "images/hall.jpg": await photo(1600, 1100, 200),
      "images/map.jpg": await photo(2400, 900, 40),
      "images/spring.jpg": await photo(1600, 1000, 120),
      "images/volunteers.jpg": await photo(2400, 1000, 80),
      "images/beds.jpg": await photo(1600, 1200, 10),
    }));
    const run = runCli(["build", "issues/test-issue", "--json"], { cwd: project });
    expect(run.status, run.stderr).toBe(0);
    summary = JSON.parse(run.stdout);
    pdf = path.join(project, "output", "test-issue", "en.pdf");
    words = readPlacedWords(pdf);
  }, 180_000);

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it("prints every word exactly once, in every cut paragraph and around every moved picture", () => {
    const printed = words.filter(isToken).map((word) => word.text.replace(/\.$/, ""));
    expect(new Set(printed).size).toBe(printed.length);
    expect(printed).toHaveLength(total);
    for (const caption of ["Hallcaption", "Mapcaption", "Springcaption", "Volunteercaption", "Bedscaption"]) only(words, caption);
    const warnings = summary.outputs[0]?.warnings ?? [];
    expect(warnings.filter((warning) => warning.code === "page-error")).toEqual([]);
  });

  it("prints {.span-2} pictures across two of the three columns and page pictures across the page", () => {
    const widths = listPrintedWidths(pdf);
    expect(widths).toHaveLength(5);
    const span2 = COLUMN_MM * 2 + 4.5;
    const narrow = widths.filter((image) => Math.abs(image.widthMm - span2) < 3);
    const wide = widths.filter((image) => image.widthMm > 180 && image.widthMm < 188);
    expect(narrow, JSON.stringify(widths)).toHaveLength(3);
    expect(wide, JSON.stringify(widths)).toHaveLength(2);
  });

  it("runs the text that follows a {.span-2} picture beside it, down to its foot, then across all the columns", () => {
    const caption = only(words, "Hallcaption");
    const onPage = words.filter((word) => word.page === caption.page && isToken(word));
    // The caption ends at the picture's edge: the text beside it starts right of it, above the caption.
    const first = only(words, "t0001");
    expect(first.page).toBe(caption.page);
    expect(first.xMin).toBeGreaterThan(caption.xMin + COLUMN_MM * 2 * 2.83);
    expect(first.yMin).toBeLessThan(caption.yMin - 100);
    const beside = onPage.filter((word) => word.xMin > caption.xMin + COLUMN_MM * 2 * 2.83 && word.yMax < caption.yMax + 14);
    const besideFoot = Math.max(...beside.map((word) => word.yMax));
    // Filled to within two lines of the picture's foot, and no further than the caption's last line.
    expect(besideFoot).toBeGreaterThan(caption.yMin - 30);
    expect(besideFoot).toBeLessThan(caption.yMax + 3);
    // The text goes on below, starting in the first column.
    const below = onPage.filter((word) => word.yMin > caption.yMax);
    expect(below.length).toBeGreaterThan(100);
    const next = below.reduce((a, b) => (Number(a.text.slice(1, 5)) < Number(b.text.slice(1, 5)) ? a : b));
    expect(Number(next.text.slice(1, 5))).toBe(Math.max(...beside.map((word) => Number(word.text.slice(1, 5)))) + 1);
    expect(next.xMin).toBeLessThan(caption.xMin + 20);
  });

  it("sets the text before a {.bottom .span-2} picture beside it", () => {
    const caption = only(words, "Bedscaption");
    const last = words.filter(isToken).reduce((a, b) => (a.text > b.text ? a : b));
    expect(last.page).toBe(caption.page);
    // The picture sits at the end of the row (the right in English), beside the article's last words.
    expect(caption.xMin).toBeGreaterThan(last.xMax);
    expect(last.yMax).toBeLessThan(caption.yMax + 3);
  });

  it("prints a {.page-bottom} picture under the page's text, on the page its place in the text falls on or the next", () => {
    const caption = only(words, "Mapcaption");
    const marker = only(words, `${before.map}.`);
    expect([marker.page, marker.page + 1]).toContain(caption.page);
    const text = words.filter((word) => word.page === caption.page && isToken(word));
    expect(Math.max(...text.map((word) => word.yMax))).toBeLessThan(caption.yMin);
  });

  it("prints a {.page-top} picture above the page's text, on the page its place in the text falls on or the next", () => {
    const caption = only(words, "Volunteercaption");
    const marker = only(words, `${before.volunteers}.`);
    expect([marker.page, marker.page + 1]).toContain(caption.page);
    const text = words.filter((word) => word.page === caption.page && isToken(word));
    expect(Math.min(...text.map((word) => word.yMin))).toBeGreaterThan(caption.yMax);
  });

  it("fills a page reference to a page picture with the page it is printed on", () => {
    const caption = only(words, "Mapcaption");
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
    expect(text).toMatch(new RegExp(`The map is on page ${caption.page}\\.`));
  });
});

describe("a picture across two columns in an Arabic article", () => {
  it("puts the picture on the right, where the article's lines start, and the text beside it on the left", async () => {
    const sentence = "اجتمع مجلس الحي يوم الثلاثاء لمناقشة إصلاح المساكن ومستقبل الحديقة بينما سأل السكان عن فواتير التدفئة والتأخير";
    const paragraph = Array.from({ length: 5 }, () => sentence).join(" و") + ".";
    const { project } = makeProject({
      "issue.md": "---\ntitle: جريدة الاختبار\nnumber: 3\ndate: 2026-05-01\nlanguages: [ar]\n---\n",
      "01-a.md": `---\ntitle: الحديقة\n---\n\n![قاعة](images/hall.jpg "صورةالقاعة قبل الاجتماع"){.top .span-2}\n\n${Array.from({ length: 6 }, () => paragraph).join("\n\n")}\n`,
      "images/hall.jpg": await photo(1600, 1100, 200),
    });
    try {
      const run = runCli(["build", "issues/test-issue", "--quiet"], { cwd: project });
      expect(run.status, run.stderr).toBe(0);
      const pdf = path.join(project, "output", "test-issue", "ar.pdf");
      const widths = listPrintedWidths(pdf);
      expect(widths).toHaveLength(1);
      expect(Math.abs((widths[0]?.widthMm ?? 0) - (COLUMN_MM * 2 + 4.5))).toBeLessThan(3);
      const all = readPlacedWords(pdf);
      // pdftotext may give Arabic words in visual order: match a word or its reverse.
      const isWord = (word: PlacedWord, text: string) => word.text === text || [...word.text].reverse().join("") === text;
      const caption = all.filter((word) => isWord(word, "صورةالقاعة"));
      expect(caption).toHaveLength(1);
      const beside = all.filter((word) => word.page === 1 && word.yMax < caption[0]!.yMin && word.xMax < caption[0]!.xMin - 100 && isWord(word, "مجلس"));
      // Beside the picture (left of it) there is text, level with the picture.
      expect(beside.length).toBeGreaterThan(2);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("more page pictures than pages (bulletin, two columns on A5)", () => {
  it("gives every picture a place, adding pages after the text shared out evenly, and prints {.span-2} across both columns", async () => {
    const counter = { next: 1 };
    const pictures = [1, 2, 3, 4].map((n) => `![P${n}](images/p${n}.jpg "Pagepicture${n} caption"){.page-top}`).join("\n\n");
    const { project } = makeProject({
      "issue.md": "---\ntitle: Small Bulletin\nnumber: 2\ndate: 2026-05-01\nlanguages: [en]\nlayout: bulletin\n---\n",
      "01-a.md": `---\ntitle: Short notice\n---\n\n${makeParagraphs(counter, 1, 30)}\n\n${pictures}\n\n![Wide](images/wide.jpg "Widecaption"){.span-2}\n\n${makeParagraphs(counter, 1, 30)}\n`,
      ...Object.fromEntries(await Promise.all([1, 2, 3, 4].map(async (n) => [`images/p${n}.jpg`, await photo(1600, 1200, n * 50)]))),
      "images/wide.jpg": await photo(1600, 800, 30),
    });
    try {
      const run = runCli(["build", "issues/test-issue", "--json"], { cwd: project });
      expect(run.status, run.stderr).toBe(0);
      const pdf = path.join(project, "output", "test-issue", "en.pdf");
      const all = readPlacedWords(pdf);
      const captions = [1, 2, 3, 4].map((n) => only(all, `Pagepicture${n}`));
      // A 4:3 picture across an A5 page is over half its text area: two a page, in the order written, on pages after
      // the text, each drawn shorter but no less than half (one a page, the last pages each half empty, before).
      const onPages = captions.map((caption) => caption.page);
      expect(onPages).toEqual([2, 2, 3, 3]);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
      expect(pages).toBe(3);
      // Every page has its folio, the added ones too.
      for (let page = 2; page <= pages; page++) expect(all.some((word) => word.page === page && word.text === String(page)), `folio ${page}`).toBe(true);
      // Two columns: a picture across two is across all of them (the page's 126 mm measure); the page pictures, a
      // fifth narrower to share a page, are still over half of it.
      const widths = listPrintedWidths(pdf);
      const wide = widths.find((image) => Math.abs(image.ratio - 2) < 0.01);
      expect(wide?.widthMm).toBeGreaterThan(120);
      const placed = widths.filter((image) => Math.abs(image.ratio - 4 / 3) < 0.01);
      expect(placed).toHaveLength(4);
      for (const image of placed) expect(image.widthMm).toBeGreaterThan(0.5 * wide!.widthMm);
      const words = all.filter(isToken);
      expect(words).toHaveLength(60);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("an article whose {.span-2} picture does not fit under its head (newspaper, English)", () => {
  it("keeps the article's head with its first lines when the picture's row moves to the next page", async () => {
    // Each article: two paragraphs, a tall picture across two columns, more text. Articles of different
    // lengths put the next head at different heights, so some heads land where the picture's row does not fit.
    const counter = { next: 1 };
    const firstWords: string[] = [];
    const articles = [2, 5, 3, 7, 4, 6, 3].map((after, n) => {
      firstWords.push(`t${String(counter.next).padStart(4, "0")}`);
      const body = `${makeParagraphs(counter, 2)}\n\n![Tall](images/tall.jpg "Tallcaption${n}"){.span-2}\n\n${makeParagraphs(counter, after)}\n`;
      return [`0${n}-story.md`, `---\ntitle: Headline${n} for the story\n---\n\n${body}`];
    });
    const { project } = makeProject({
      "issue.md": "---\ntitle: Row Gazette\nnumber: 1\ndate: 2026-05-01\nlanguages: [en]\n---\n",
      ...Object.fromEntries(articles),
      "images/tall.jpg": await photo(1200, 1500, 90),
    });
    try {
      const run = runCli(["build", "issues/test-issue", "--json"], { cwd: project });
      expect(run.status, run.stderr).toBe(0);
      const all = readPlacedWords(path.join(project, "output", "test-issue", "en.pdf"));
      const printed = all.filter(isToken).map((word) => word.text.replace(/\.$/, ""));
      expect(printed).toHaveLength(counter.next - 1);
      firstWords.forEach((first, n) => {
        // The contents box on the front page names each article too: the headline is the largest print.
        const head = byText(all, `Headline${n}`).reduce((a, b) => (b.yMax - b.yMin > a.yMax - a.yMin ? b : a));
        expect(only(all, first).page, `article ${n} starts on its head's page`).toBe(head.page);
      });
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("a {.span-2} picture whose row does not fit under the text on its page (newspaper, English)", () => {
  /** Each article: its number, its picture's caption word, and the first and last tokens after the picture. */
  const stories: { n: number; caption: string; firstAfter: number; last: number }[] = [];
  let project = "";
  let words: PlacedWord[] = [];
  let total = 0;
  const tokenOf = (word: PlacedWord) => Number(word.text.slice(1, 5));

  beforeAll(async () => {
    // Articles of different lengths put each picture at a different height on its page, so some rows do not
    // fit under the text before them; a story with one paragraph after its picture ends in the room left.
    const counter = { next: 1 };
    const articles = [3, 1, 2, 4, 1, 3, 2, 5].map((before, n) => {
      const lead = makeParagraphs(counter, before);
      const firstAfter = counter.next;
      const after = makeParagraphs(counter, n % 3 === 1 ? 1 : 8);
      stories.push({ n, caption: `Rowcaption${n}`, firstAfter, last: counter.next - 1 });
      return [`0${n}-story.md`, `---\ntitle: Story${n} of the week\n---\n\n${lead}\n\n![Row](images/row.jpg "Rowcaption${n}"){.span-2}\n\n${after}\n`];
    });
    total = counter.next - 1;
    ({ project } = makeProject({
      "issue.md": "---\ntitle: Wait Gazette\nnumber: 1\ndate: 2026-05-01\nlanguages: [en]\n---\n",
      ...Object.fromEntries(articles),
      "images/row.jpg": await photo(1200, 900, 150),
    }));
    const run = runCli(["build", "issues/test-issue"], { cwd: project });
    expect(run.status, run.stderr).toBe(0);
    words = readPlacedWords(path.join(project, "output", "test-issue", "en.pdf"));
  }, 180_000);

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  /** Whether text that follows the picture in the article printed on an earlier page than the picture: its row waited. */
  const hasWaited = (story: (typeof stories)[number]) => {
    const caption = only(words, story.caption);
    return words.some((word) => isToken(word) && tokenOf(word) >= story.firstAfter && tokenOf(word) <= story.last && word.page < caption.page);
  };

  it("prints every word exactly once", () => {
    const printed = words.filter(isToken).map(tokenOf);
    expect(new Set(printed).size).toBe(printed.length);
    expect(printed).toHaveLength(total);
  });

  it("runs the text on to the page foot and sets the picture at the top of the next page, the text that follows beside it", () => {
    const waited = stories.filter(hasWaited);
    // The case this is about happens here (a change to the fixture's lengths could lose it).
    expect(waited.length).toBeGreaterThan(0);
    const foot = Math.max(...words.filter(isToken).map((word) => word.yMax));
    for (const story of waited) {
      const caption = only(words, story.caption);
      const picture = { left: caption.xMin, right: caption.xMin + (COLUMN_MM * 2 + 4.5) * 2.835 };
      const mine = words.filter((word) => isToken(word) && tokenOf(word) >= story.firstAfter && tokenOf(word) <= story.last);
      // The page before is filled to its foot, within two lines.
      const before = mine.filter((word) => word.page === caption.page - 1);
      expect(Math.max(...before.map((word) => word.yMax)), story.caption).toBeGreaterThan(foot - 30);
      // Nothing above the picture in its two columns: it starts the page.
      const above = words.filter((word) => word.page === caption.page && word.yMax < caption.yMin - 100 && word.xMax > picture.left && word.xMin < picture.right);
      expect(above, story.caption).toEqual([]);
      // Beside it, the text goes on from the last word of the page before.
      const beside = mine.filter((word) => word.page === caption.page && word.xMin > picture.right && word.yMax < caption.yMin);
      expect(Math.min(...beside.map(tokenOf)), story.caption).toBe(Math.max(...before.map(tokenOf)) + 1);
    }
  });

  it("never prints a picture after its article's text has ended", () => {
    for (const story of stories) {
      const last = only(words, `t${String(story.last).padStart(4, "0")}.`);
      expect(only(words, story.caption).page, story.caption).toBeLessThanOrEqual(last.page);
    }
  });
});
