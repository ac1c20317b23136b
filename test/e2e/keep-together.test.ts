// Widows, orphans and headings at column and page breaks: the break check finds each kind, and real layouts have none.

import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/index.js";
import { planNewIssue } from "../../src/scaffold/plan-new-issue.js";
import { pageScriptUrl, type BrowserSession } from "../../src/stages/paginate/browser-session.js";
import type { BreakDefect } from "../../src/stages/paginate/report-break-defects.js";
import { getBrowserPath, openTemplateSession } from "../support/browser.js";
import { buildFixture } from "../support/build-fixture.js";
import { makeProject } from "../support/issue-fixture.js";
import { ARABIC, COMMITTEE_SENTENCES, LATIN } from "../support/word-lists.js";
import { extractText } from "../support/pdf-tools.js";

/** A paragraph of `count` lines, each forced by <br> so the test knows where every column ends. */
const lines = (name: string, count: number) => `<p>${Array.from({ length: count }, (_, index) => `${name} line ${index + 1}`).join("<br>")}</p>`;

/**
 * Four columns of exactly five 20 px lines, with orphans, widows and break-after left to the defaults:
 * p2 starts on column 1's last line (an orphan), p3 leaves its last line alone on column 3 (a widow), and
 * the heading is column 3's last line with its text in column 4.
 */
const CONTROL = `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; font: 16px/20px serif; }
.story-body { column-count: 4; column-gap: 20px; column-fill: auto; height: 100px; width: 820px; orphans: 1; widows: 1; }
p, h3 { margin: 0; font-size: 16px; line-height: 20px; }
</style></head><body><div class="pagedjs_page"><article data-article-id="control"><div class="story-body">
${lines("p1", 4)}${lines("p2", 3)}<h3>Heading one</h3>${lines("p3", 3)}${lines("p4", 3)}<h3>Heading two</h3>${lines("p5", 3)}
</div></article></div></body></html>`;

/**
 * A heading with its text right under it, set with a leading tighter than the font's text rects (16 px type on
 * 14 px lines): each rect overlaps the next line's by a pixel or two, as pressroom's own subheadings do.
 */
const TIGHT = `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; font: 16px/14px serif; }
.story-body { column-count: 3; column-gap: 20px; width: 620px; }
p, h3 { margin: 0; font-size: 16px; line-height: 14px; }
</style></head><body><div class="pagedjs_page"><article data-article-id="tight"><div class="story-body">
${lines("p1", 2)}<h3>Next steps</h3><p>More text.</p>
</div></article></div></body></html>`;

/**
 * Four columns of five 20 px lines: a heading at the top of column 2 with a table's head and three rows under it,
 * and a heading on column 3's last line with its table in column 4.
 */
const rows = (count: number) => Array.from({ length: count }, (_, index) => `<tr><td>Stall ${index + 1}</td><td>£${index + 7}</td></tr>`).join("");
const TABLED = `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; font: 16px/20px serif; }
.story-body { column-count: 4; column-gap: 20px; column-fill: auto; height: 100px; width: 820px; orphans: 1; widows: 1; }
p, h3 { margin: 0; font-size: 16px; line-height: 20px; }
table { border-collapse: collapse; border-spacing: 0; } th, td { padding: 0; font-size: 16px; line-height: 20px; } tr { break-inside: avoid; }
</style></head><body><div class="pagedjs_page"><article data-article-id="tabled"><div class="story-body">
${lines("p1", 5)}<h3>Stalls</h3><table><thead><tr><th>Stall</th><th>Cost</th></tr></thead><tbody>${rows(3)}</tbody></table>${lines("p2", 4)}<h3>Late</h3><table><thead><tr><th>Stall</th><th>Cost</th></tr></thead><tbody>${rows(3)}</tbody></table>
</div></article></div></body></html>`;

/**
 * Four columns of five 20 px lines: a heading on column 1's fourth line with its code block's first line under it
 * (the rest in column 2), and a heading on column 3's last line with its code block in column 4.
 */
const CODED = `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; font: 16px/20px serif; }
.story-body { column-count: 4; column-gap: 20px; column-fill: auto; height: 100px; width: 820px; orphans: 1; widows: 1; }
p, h3 { margin: 0; font-size: 16px; line-height: 20px; }
pre { margin: 0; font: 16px/20px monospace; }
</style></head><body><div class="pagedjs_page"><article data-article-id="coded"><div class="story-body">
${lines("p1", 3)}<h3>Code</h3><pre>c1\nc2\nc3\nc4</pre>${lines("p2", 2)}${lines("p3", 4)}<h3>Late</h3><pre>d1\nd2\nd3</pre>
</div></article></div></body></html>`;

/**
 * Four columns of five 20 px lines: a heading on column 1's fourth line with a picture right under it and the text
 * after the picture in column 2, and a heading on column 3's last line with its picture in column 4.
 */
const picture = (caption: string) => `<figure><div class="art"></div><figcaption>${caption}</figcaption></figure>`;
const PICTURED = `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; font: 16px/20px serif; }
.story-body { column-count: 4; column-gap: 20px; column-fill: auto; height: 100px; width: 820px; orphans: 1; widows: 1; }
p, h3, figure, figcaption { margin: 0; font-size: 16px; line-height: 20px; }
figure { break-inside: avoid; } .art { height: 10px; background: #888; } figcaption { font-size: 8px; line-height: 10px; }
</style></head><body><div class="pagedjs_page"><article data-article-id="pictured"><div class="story-body">
${lines("p1", 3)}<h3>Pictured</h3>${picture("The market")}${lines("p2", 5)}${lines("p3", 4)}<h3>Late</h3>${picture("The hall")}${lines("p4", 2)}
</div></article></div></body></html>`;

/**
 * The rest of a jumped article, run after the last article, ending in a subheading that heads nothing (the build warns
 * at its line): two columns of five 20 px lines, the subheading on the first column's last line.
 */
const JUMPED = `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; font: 16px/20px serif; }
.story-body { column-count: 2; column-gap: 20px; column-fill: auto; height: 100px; width: 420px; orphans: 1; widows: 1; }
p, h3 { margin: 0; font-size: 16px; line-height: 20px; }
</style></head><body><div class="pagedjs_page"><article class="story story-jump" data-continuation-of="jumped"><div class="story-body">
${lines("p1", 4)}<h3>Last words</h3>
</div></article></div></body></html>`;

let session: BrowserSession;
let page: Page;
let tight: Page;
let tabled: Page;
let coded: Page;
let pictured: Page;
let jumped: Page;

/** A hand-made page with the break check loaded, as a build loads it. */
async function openCheckedPage(name: string, html: string): Promise<Page> {
  const opened = await session.browser.newPage();
  await opened.goto(session.server.addDocument(name, html), { waitUntil: "load" });
  // check-breaks.js reads the column count through count-columns.js, loaded before it in a build too.
  await opened.addScriptTag({ url: session.server.origin + pageScriptUrl("count-columns.js") });
  await opened.addScriptTag({ url: session.server.origin + pageScriptUrl("check-breaks.js") });
  return opened;
}

beforeAll(async () => {
  session = await openTemplateSession();
  page = await openCheckedPage("control", CONTROL);
  tight = await openCheckedPage("tight", TIGHT);
  tabled = await openCheckedPage("tabled", TABLED);
  coded = await openCheckedPage("coded", CODED);
  pictured = await openCheckedPage("pictured", PICTURED);
  jumped = await openCheckedPage("jumped", JUMPED);
}, 60_000);

afterAll(async () => {
  await session?.close();
});

describe("the break check (page/check-breaks.js)", () => {
  it("finds a paragraph's first line alone at a column foot, its last line alone at a column top, and a heading last in its column", async () => {
    const defects = await page.evaluate(() => (window as unknown as { pressroomFindBreakDefects(): BreakDefect[] }).pressroomFindBreakDefects());
    const found = defects.map(({ kind, page: number, column, text }) => `${kind} ${number}/${column} ${text.split(" ")[0]}`);
    expect(found.sort()).toEqual(["heading 1/3 Heading", "orphan 1/1 p2", "widow 1/3 p3"].sort());
  });

  it("takes a table's rows under a heading as what it heads, and finds the heading whose table starts in the next column", async () => {
    const placed = await tabled.evaluate(() => Array.from(document.querySelectorAll("h3, tbody tr:first-child"), (element) => Math.round(element.getBoundingClientRect().left)));
    // Stalls, its first row, Late, its first row: in columns 2, 2, 3 and 4.
    expect(placed).toEqual([210, 210, 420, 630]);
    const defects = await tabled.evaluate(() => (window as unknown as { pressroomFindBreakDefects(): BreakDefect[] }).pressroomFindBreakDefects());
    // Without the rows counted, "heading 1/2 Stalls" too: a false warning for a heading with its table right under it.
    expect(defects.map(({ kind, page: number, column, text }) => `${kind} ${number}/${column} ${text}`)).toEqual(["heading 1/3 Late"]);
  });

  it("takes a code block's lines under a heading as what it heads, and finds the heading whose code starts in the next column", async () => {
    const placed = await coded.evaluate(() => Array.from(document.querySelectorAll("h3, pre"), (element) => Math.round(element.getClientRects()[0]!.left)));
    // Code, its block's first line, Late, its block: in columns 1, 1, 3 and 4.
    expect(placed).toEqual([0, 0, 420, 630]);
    const defects = await coded.evaluate(() => (window as unknown as { pressroomFindBreakDefects(): BreakDefect[] }).pressroomFindBreakDefects());
    // Without the code's lines counted, "heading 1/1 Code" (its code right under it) and Late passed over as heading nothing.
    expect(defects.map(({ kind, page: number, column, text }) => `${kind} ${number}/${column} ${text}`)).toEqual(["heading 1/3 Late"]);
  });

  it("takes a picture under a heading as what it heads, and finds the heading whose picture starts in the next column", async () => {
    const placed = await pictured.evaluate(() => Array.from(document.querySelectorAll("h3, figure, figure + p"), (element) => Math.round(element.getClientRects()[0]!.left)));
    // Pictured, its picture (a line tall), the text after it, Late, its picture, the text after it: columns 1, 1, 2, 3, 4, 4.
    expect(placed).toEqual([0, 0, 210, 420, 630, 630]);
    const defects = await pictured.evaluate(() => (window as unknown as { pressroomFindBreakDefects(): BreakDefect[] }).pressroomFindBreakDefects());
    // Without the picture counted, "heading 1/1 Pictured" too: its text starts in the next column, under nothing.
    expect(defects.map(({ kind, page: number, column, text }) => `${kind} ${number}/${column} ${text}`)).toEqual(["heading 1/3 Late"]);
  });

  it("passes over a subheading that ends a jumped article's rest, as it does one ending an article", async () => {
    const defects = await jumped.evaluate(() => (window as unknown as { pressroomFindBreakDefects(): BreakDefect[] }).pressroomFindBreakDefects());
    // Read as no article's, it was "heading 1/1 Last words": apart from text it never had.
    expect(defects).toEqual([]);
  });

  it("finds no defect in a heading with its text right under it, on lines tighter than the type's rects", async () => {
    const overlap = await tight.evaluate(() => {
      const rect = (selector: string) => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector(selector) as Element);
        return range.getClientRects()[0] as DOMRect;
      };
      const [heading, text] = [rect("h3"), rect("h3 + p")];
      return { sameColumn: heading.left === text.left, overlap: heading.bottom - text.top };
    });
    // The case this covers: the text's first line starts above the heading's last ends, in the same column.
    expect(overlap.sameColumn).toBe(true);
    expect(overlap.overlap).toBeGreaterThan(1);
    expect(await tight.evaluate(() => (window as unknown as { pressroomFindBreakDefects(): BreakDefect[] }).pressroomFindBreakDefects())).toEqual([]);
  });
});


/**
 * The reports below were written for the newspaper's three columns on every paper, which the A5 newspaper had before
 * it took two (`columns: 46mm 5`): each keeps them, narrow, with the most column and page breaks to mend.
 */
const THREE_COLUMNS = "columns: 3\n";

/** Three articles of 30 paragraphs with a heading before about one in four; the same text on every run. */
function makeReports(paper: string, seed: number): Record<string, string> {
  let state = seed;
  const next = (limit: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % limit;
  };
  const files: Record<string, string> = { "issue.md": `---\ntitle: The Break Test\nnumber: 2\ndate: 2026-11-20\nlanguages: [en]\npaper: ${paper}\n---\n` };
  for (let article = 1; article <= 3; article++) {
    const body: string[] = [];
    for (let index = 0; index < 30; index++) {
      if (next(4) === 0) body.push(`### Part ${article}.${index} of the report`);
      body.push(Array.from({ length: 1 + next(7) }, () => COMMITTEE_SENTENCES[next(COMMITTEE_SENTENCES.length)]).join(" "));
    }
    files[`0${article}-report.md`] = `---\ntitle: Report number ${article} from the estate committee\n${THREE_COLUMNS}---\n\n${body.join("\n\n")}\n`;
  }
  return files;
}

describe("real layouts keep paragraphs and headings together at column and page breaks", () => {
  for (const [paper, seed, minimumPages] of [["A5", 1, 9], ["A5", 7, 9], ["A4", 3, 4]] as const) {
    it(`leaves no paragraph with one line at a break and no heading last in a column (${paper}, text ${seed})`, async () => {
      const { project, issue } = makeProject(makeReports(paper, seed), "breaks");
      try {
        const result = await build({ issue, projectDir: project, outDir: path.join(project, "out"), browser: getBrowserPath() });
        const output = result.outputs[0];
        // Three columns a page: every page brings at least three column breaks, one of them a page break.
        expect(output?.pages).toBeGreaterThanOrEqual(minimumPages);
        expect(output?.warnings.filter((warning) => warning.code === "break-defect").map((warning) => warning.message)).toEqual([]);
      } finally {
        rmSync(project, { recursive: true, force: true });
      }
    }, 120_000);
  }
});

/** Three Arabic reports of 30 paragraphs of 6 to 15 words a sentence, a subheading before about one in three. */
function makeArabicReports(paper: string, seed: number): Record<string, string> {
  let state = seed;
  const next = (limit: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % limit;
  };
  const sentence = () => `${Array.from({ length: 6 + next(10) }, () => ARABIC[next(ARABIC.length)]).join(" ")}.`;
  const files: Record<string, string> = { "issue.md": `---\ntitle: نشرة\nnumber: 2\ndate: 2026-11-20\nlanguages: [ar]\npaper: ${paper}\ncontents: false\n---\n` };
  for (let article = 1; article <= 3; article++) {
    const body: string[] = [];
    for (let index = 0; index < 30; index++) {
      if (next(3) === 0) body.push(`### الجزء ${article}.${index}`);
      body.push(Array.from({ length: 1 + next(7) }, sentence).join(" "));
    }
    files[`0${article}-report.md`] = `---\ntitle: تقرير رقم ${article}\n${THREE_COLUMNS}---\n\n${body.join("\n\n")}\n`;
  }
  return files;
}

describe("a subheading in an article's columns on a full page", () => {
  // Paged.js takes break-after out of the stylesheets for its own page breaks, so Chromium, balancing an article's
  // last columns on a full page, never saw the subheadings' and set one at a column's foot, its text in the next
  // (this report's page, and a fuzz issue's Arabic page). page/break-again.js now tells Chromium to keep such a
  // subheading with its text, and breaks the page again before what that carries over.
  it("is kept with its text: no warning (A5, Arabic)", async () => {
    const { project, result } = await buildFixture(makeArabicReports("A5", 2));
    try {
      expect(result.outputs[0]?.pages).toBe(12);
      expect(result.outputs[0]?.warnings.map((warning) => warning.message)).toEqual([]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 120_000);
});

/** Three A5 reports of 24 blocks: paragraphs of one to four sentences and, one in three, a list of two to four short items. */
function makeListedReports(lang: "en" | "ar", seed: number): Record<string, string> {
  let state = seed;
  const next = (limit: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % limit;
  };
  const words = lang === "ar" ? ARABIC : LATIN;
  const sentence = () => {
    const text = Array.from({ length: 6 + next(10) }, () => words[next(words.length)]).join(" ");
    return `${lang === "ar" ? text : `${text[0]?.toUpperCase()}${text.slice(1)}`}.`;
  };
  const files: Record<string, string> = {
    "issue.md": `---\ntitle: ${lang === "ar" ? "نشرة" : "Bulletin"}\nnumber: 2\ndate: 2026-11-20\nlanguages: [${lang}]\npaper: A5\ncontents: false\n---\n`,
  };
  for (let article = 1; article <= 3; article++) {
    const body: string[] = [];
    for (let index = 0; index < 24; index++) {
      if (next(3) === 0) {
        const items = 2 + next(3);
        body.push(Array.from({ length: items }, (_, item) => `${next(2) ? "-" : `${item + 1}.`} ${Array.from({ length: 1 + next(2) }, sentence).join(" ")}`).join("\n"));
      } else body.push(Array.from({ length: 1 + next(4) }, sentence).join(" "));
    }
    files[`0${article}-report.md`] = `---\ntitle: ${lang === "ar" ? "تقرير" : "Report"} ${article}\n${THREE_COLUMNS}---\n\n${body.join("\n\n")}\n`;
  }
  return files;
}

describe("a paragraph too short to split, in an article's columns on a full page", () => {
  // Balancing the columns of an article's part left on a full page, Chromium split a three-line paragraph or list
  // item two and one rather than carry text to the next page (a fuzz issue's Arabic list item; a paragraph under a
  // table across the columns). page/break-again.js now tells Chromium to keep it whole in a column, and breaks the
  // page again before what that carries over.
  for (const [lang, seed] of [["en", 11], ["en", 13], ["ar", 28]] as const) {
    it(`is kept whole: no line alone and no warning (A5, ${lang === "ar" ? "Arabic" : "English"}, text ${seed})`, async () => {
      const { project, result } = await buildFixture(makeListedReports(lang, seed));
      try {
        expect(result.outputs[0]?.pages).toBe(5);
        expect(result.outputs[0]?.warnings.map((warning) => warning.message)).toEqual([]);
      } finally {
        rmSync(project, { recursive: true, force: true });
      }
    }, 120_000);
  }

  // Kept whole in an Arabic body, a list item carried the paragraph after it into a column left of the page, where
  // Paged.js, looking for overflow to the right and below, took it for placed: the build stopped with it missing.
  // (Text 4 showed it until the A5 newspaper's heads were made smaller; text 2 stops the build without the check.)
  it("is left split where keeping it whole would carry text left of a right-to-left page: nothing is lost (Arabic, text 2)", async () => {
    const { project, result } = await buildFixture(makeListedReports("ar", 2));
    try {
      expect(result.outputs[0]?.pages).toBe(5);
      expect(result.outputs[0]?.warnings.map((warning) => warning.code)).toEqual(["break-defect"]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 120_000);
});

/** One article whose six sections each open with a heading straight over a subheading, after `lead` sentences. */
function makeSectionedReport(lead: number): Record<string, string> {
  const words = "the tenants of the north block met the council on monday about the windows and the heating while the market traders asked for the square to stay open late on saturdays through the winter".split(" ");
  let state = 7;
  const next = (limit: number) => {
    state = (state * 9301 + 49297) % 233280;
    return Math.floor((state / 233280) * limit);
  };
  const paragraph = (length: number) => {
    const text = Array.from({ length }, () => words[next(words.length)]).join(" ");
    return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
  };
  const blocks = [paragraph(40 + lead * 7)];
  for (let section = 0; section < 6; section++) {
    for (let index = 0; index < (lead % 5) + 2; index++) blocks.push(paragraph(30 + next(60)));
    blocks.push(`## Section ${section} of the report`, `### Saturday ${section} meeting`);
  }
  blocks.push(paragraph(80), paragraph(60));
  return {
    "issue.md": "---\ntitle: Heading Gazette\nnumber: 1\ndate: 2026-12-06\nlanguages: [en]\ncontents: false\n---\n",
    "01-first.md": `---\ntitle: The first report\n---\n\n${blocks.join("\n\n")}\n`,
  };
}

describe("a heading straight over a subheading", () => {
  // A section's heading and its first subheading: each heading held room for two lines under it, so the first
  // stayed at a column's foot when the second fitted there but not with its own two lines (a right-to-left fuzz
  // issue's page; page/keep-lines.js now marks such a heading and base.css has it hold room for both).
  // The two lengths of text before the sections (of 1 to 14 tried) that left a heading so.
  for (const lead of [2, 5]) {
    it(`goes on to the next column with it (${lead})`, async () => {
      const { project, issue } = makeProject(makeSectionedReport(lead), "sections");
      try {
        const result = await build({ issue, projectDir: project, outDir: path.join(project, "out"), browser: getBrowserPath() });
        expect(result.outputs[0]?.warnings.map((warning) => warning.message)).toEqual([]);
      } finally {
        rmSync(project, { recursive: true, force: true });
      }
    }, 120_000);
  }
});

describe("a paragraph too short to split at a column break is kept whole", () => {
  // The sample article `pressroom new` writes: Chromium's column balancing left the last of the three lines
  // before its pull quote alone at the top of column 3 (a warning in the first build a new editor makes).
  // The 2026-11 sample issue's page 6 did the same with a three-line list item.
  it("builds the sample article of pressroom new with no warning, on one page", async () => {
    const { project, issue } = makeProject(planNewIssue([], { today: "2026-12-05" }).files, "new");
    try {
      const result = await build({ issue, projectDir: project, outDir: path.join(project, "out"), browser: getBrowserPath() });
      expect(result.outputs.map((output) => [output.edition, output.pages])).toEqual([["en", 1]]);
      expect(result.outputs[0]?.warnings.map((warning) => warning.message)).toEqual([]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("a brief balanced into its columns with one line alone is set a line taller", () => {
  // A five-line paragraph in three columns: Chromium balances it 2, 2 and 1, whatever widows says.
  const BRIEF = "The committee met again on Tuesday evening in the upstairs room of the library. Residents asked for a written timetable and a named contact for every stage of the work.";

  it("sets three five-line briefs 3 and 2 lines, with no line alone and no warning", async () => {
    const files: Record<string, string> = { "issue.md": "---\ntitle: Briefs\nnumber: 1\ndate: 2026-12-05\nlanguages: [en]\ncontents: false\n---\n" };
    for (const number of [1, 2, 3]) files[`0${number}-brief.md`] = `---\ntitle: Brief number ${number}\n---\n\n${BRIEF}\n`;
    const { project, issue } = makeProject(files, "briefs");
    try {
      const result = await build({ issue, projectDir: project, outDir: path.join(project, "out"), browser: getBrowserPath() });
      const output = result.outputs[0];
      expect(output?.pages).toBe(1);
      expect(output?.warnings.map((warning) => warning.message)).toEqual([]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 120_000);

  it("is set a line taller on an Arabic page whose list numbers hang past the page's edge", async () => {
    // Numbers of two digits hang a few pixels outside their column, past the page's right-hand edge in a right-to-left
    // first column; the mends took that for a page already running over and changed nothing: each brief was
    // warned, its last line alone at a column's top.
    const items = Array.from({ length: 12 }, (_, index) => `${index + 10}. يجتمع السكان في القاعة كل أسبوع`).join("\n");
    const brief = "اجتمعت لجنة السكان مساء الثلاثاء في القاعة العلوية للمكتبة، وطلب السكان جدولًا زمنيًا مكتوبًا واسم شخص مسؤول عن كل مرحلة من مراحل العمل. ونطلب من الجيران الحضور والمشاركة في النقاش حول.";
    const files: Record<string, string> = {
      "issue.md": "---\ntitle: نشرة الحي\nnumber: 1\ndate: 2026-12-05\nlanguages: [ar]\ncontents: false\n---\n",
      "01-list.md": `---\ntitle: جدول الاجتماعات\n---\n\n${items}\n`,
    };
    for (const number of [2, 3, 4]) files[`0${number}-brief.md`] = `---\ntitle: خبر قصير رقم ${number}\n---\n\n${brief}\n`;
    const { project, result } = await buildFixture(files);
    try {
      const output = result.outputs[0];
      expect(output?.pages).toBe(1);
      expect(output?.warnings.map((warning) => warning.message)).toEqual([]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 120_000);

  it("is left as it is when a line more would push the colophon off the page: the colophon prints, the lone line is warned", async () => {
    // A report of 836 words fills the page so that the brief's balanced columns and the colophon end at its foot.
    const WORDS = "the tenants association met on tuesday evening in the hall behind the library to plan the winter market the new benches on the green and the repairs to the river path which floods every year".split(" ");
    const words = (count: number) => Array.from({ length: count }, (_, i) => WORDS[(i * 7 + ((i * i) % 5)) % WORDS.length]).join(" ");
    const report = Array.from({ length: 14 }, (_, index) => `${words(index === 13 ? 56 : 60).replace(/^./, (letter) => letter.toUpperCase())}.`).join("\n\n");
    const { project, issue } = makeProject(
      {
        "issue.md": '---\ntitle: Briefs\nnumber: 1\ndate: 2026-12-05\nlanguages: [en]\ncontents: false\ncontacts:\n  - "Letters: 12 Mill Lane, Riverside"\n---\n',
        "01-report.md": `---\ntitle: The report\n---\n\n${report}\n`,
        "02-brief.md": `---\ntitle: Brief number one\n---\n\n${BRIEF}\n`,
      },
      "colophon",
    );
    try {
      const result = await build({ issue, projectDir: project, outDir: path.join(project, "out"), browser: getBrowserPath() });
      const output = result.outputs[0];
      // Before, the brief was set a line taller and the colophon was carried past the page, printed nowhere.
      expect(output?.warnings.filter((warning) => warning.code === "page-overflow")).toEqual([]);
      expect(output?.pages).toBe(1);
      expect(extractText(output?.path ?? "")).toMatch(/Brief number one[^]*Briefs\s+Letters: 12 Mill Lane, Riverside/);
      expect(output?.warnings.map((warning) => warning.code)).toEqual(["break-defect"]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 120_000);
});
