// A last page that would print only the colophon, in real Chromium: the page before gives it its last lines, or it is warned.

import { rmSync } from "node:fs";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { buildFixture, readFixture } from "../support/build-fixture.js";
import { extractText, listPrintedWidths } from "../support/pdf-tools.js";
import { ARABIC, makeMeetingParagraphs, makeMeetingSentence, makeWordRun } from "../support/word-lists.js";

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const sentence = "The tenants of the north block met the council on Monday about the windows and the heating.";
const BRIEF = "The winter market opens on Saturday morning on the green beside the library, with stalls from the allotments and the school choir at noon.";
const BLOCK_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600"><rect width="800" height="600" fill="#dde"/><rect x="80" y="330" width="96" height="150" fill="#353"/></svg>';
/** Paragraphs before the strip's sentence that end page 2 with the strip at its foot (found by a sweep). */
const STRIP_PARAGRAPHS = 27;
const TABLE = "| Block | Windows | Heaters |\n|---|---|---|\n| North | 3 | 2 |\n| South | 6 | 4 |\n| East | 9 | 6 |\n| West | 12 | 8 |";

/** Paragraphs of five sentences and two by turns, `count` of them, then `extra` (more paragraphs or a table). */
function writeReport(count: number, extra: string[] = []) {
  const paragraphs = Array.from({ length: count }, (_, index) => Array(index % 3 === 2 ? 2 : 5).fill(sentence).join(" "));
  return `---\ntitle: The winter report\n---\n\n${[...paragraphs, ...extra].join("\n\n")}\n`;
}

/** An A4 newspaper issue of `files` besides issue.md; its PDF's pages as lines of text. */
async function buildIssue(files: Record<string, string>) {
  const { project, result } = await buildFixture({
    "issue.md": "---\ntitle: Colophon Gazette\nnumber: 4\ndate: 2026-12-06\nlanguages: [en]\ncontents: false\n---\n",
    ...files,
  });
  projects.push(project);
  const output = result.outputs[0]!;
  const pages = extractText(output.path).split("\f").filter((page) => page.trim()).map((page) => page.split("\n").map((line) => line.trim()).filter(Boolean));
  // The articles' words, without the page furniture between pages, the words hyphenated at a line's end joined.
  const words = pages.flat().filter((line) => !isFurniture(line)).join("\n").replace(/-\n/g, "").replace(/\s+/g, " ");
  return { output, pages, words };
}

/** The colophon's lines, and the running head and folio: the paper's name, or a page number alone. */
const isFurniture = (line: string) => line.startsWith("Colophon Gazette") || /^\d+$/.test(line);

describe("a last page that would print only the colophon", () => {
  it("takes the report's last lines along, a line from each of its three columns", async () => {
    // 28 paragraphs fill pages 1 and 2 to the foot (found so in generated reports): before, the colophon went on alone.
    const { output, pages, words } = await buildIssue({ "01-report.md": writeReport(28) });
    expect(output.pages).toBe(3);
    const last = pages[2] ?? [];
    const text = last.filter((line) => !isFurniture(line));
    // Three lines, and the paragraph's last ones: nothing else of the report moved.
    expect(text.join(" ")).toBe("The tenants of the north block met the council on Monday about the windows and the heating.");
    expect(last.slice(text.length).some((line) => line.startsWith("Colophon Gazette"))).toBe(true);
    expect(output.warnings).toEqual([]);
    // Every sentence once, in order, over the turn: 9 paragraphs of 2, 19 of 5.
    expect(words.split(sentence).length - 1).toBe(9 * 2 + 19 * 5);
  }, 120_000);

  it("takes a word hyphenated over the moved lines' first one along whole: no word is divided over the page turn", async () => {
    // 26 paragraphs and one of long words fill page 2 to its foot; its last three lines begin inside "negoti-ated".
    const long = "The neighbourhood association's representatives negotiated accommodation responsibilities with the municipality's administration.";
    const { output, pages, words } = await buildIssue({ "01-report.md": writeReport(26, [Array(5).fill(long).join(" ")]) });
    expect(output.pages).toBe(3);
    const before = pages[1]?.filter((line) => !isFurniture(line)) ?? [];
    expect(before[before.length - 1]).toMatch(/\brepresentatives$/);
    expect(pages[2]?.find((line) => !isFurniture(line))).toMatch(/^negotiated /);
    expect(words.split(long.replaceAll("'", "’")).length - 1).toBe(5);
    expect(output.warnings).toEqual([]);
  }, 120_000);

  it("takes a last brief of one paragraph over whole, with its headline, rather than cutting it", async () => {
    // 26 paragraphs and the brief end page 2 at its foot: before, the brief's columns there left a line alone and the
    // colophon went on alone.
    const { output, pages } = await buildIssue({ "01-report.md": writeReport(26), "02-brief.md": `---\ntitle: Market on Saturday\n---\n\n${BRIEF}\n` });
    expect(output.pages).toBe(3);
    expect(pages[1]?.join(" ")).not.toContain("Market on Saturday");
    expect(pages[2]?.[0]).toBe("Market on Saturday");
    expect(output.warnings).toEqual([]);
  }, 120_000);

  it("takes a table that ends the articles over whole with it", async () => {
    // 26 paragraphs, one of three sentences and the table end page 2 at its foot: the colophon went on alone, warned
    // (a table has no lines to give).
    const { output, pages } = await buildIssue({ "01-report.md": writeReport(26, [Array(3).fill(sentence).join(" "), TABLE]) });
    expect(output.pages).toBe(3);
    expect(output.warnings).toEqual([]);
    expect(pages[1]?.join(" ")).not.toContain("West 12 8");
    const last = pages[2]?.join(" ") ?? "";
    for (const row of ["Block Windows Heaters", "North 3 2", "West 12 8", "Colophon Gazette"]) expect(last).toContain(row);
  }, 120_000);

  it("draws a picture that ends the articles shorter to keep it on its page, caption and all", async () => {
    // 26 paragraphs, one sentence and a picture in a column end page 2 at its foot: the colophon went on alone, warned;
    // then the picture went over with it, and now it is drawn shorter (page/keep-lines.js's shortenClosingPicture).
    const picture = '![The north block.](images/block.svg "The north block from the green, its new windows on the first floor.")';
    const { output, pages } = await buildIssue({ "01-report.md": writeReport(26, [sentence, picture]), "images/block.svg": BLOCK_SVG });
    expect(output.pages).toBe(2);
    expect(output.warnings).toEqual([]);
    const last = pages[1]?.join(" ") ?? "";
    expect(last).toContain("The north block from the green, its new windows on the first floor.");
    expect(last).toContain("Colophon Gazette");
  }, 120_000);

  it("takes a picture that ends the articles over whole with it, caption and all, when half its height would not make room", async () => {
    // A shallow picture (a strip a sixth as tall as wide) ends page 2 at its foot: half its height is less than the colophon.
    const strip = BLOCK_SVG.replace(/height="600"/g, 'height="130"').replace('viewBox="0 0 800 600"', 'viewBox="0 0 800 130"');
    const picture = '![The north block.](images/block.svg "The north block from the green, its new windows on the first floor.")';
    const { output, pages } = await buildIssue({ "01-report.md": writeReport(STRIP_PARAGRAPHS, [sentence, picture]), "images/block.svg": strip });
    expect(output.pages).toBe(3);
    expect(output.warnings).toEqual([]);
    expect(pages[1]?.join(" ")).not.toContain("The north block from the green");
    const last = pages[2]?.join(" ") ?? "";
    expect(last).toContain("The north block from the green, its new windows on the first floor.");
    expect(last).toContain("Colophon Gazette");
  }, 120_000);

  it("takes a parallel edition's last row of pictures along whole, however tall", async () => {
    // test/fixtures/parallel-pictures-before-colophon: an A5 parallel bulletin written by `npm run stress` (seed 510)
    // from the sample issues' text. Its last article ends in two rows of pictures, English beside Arabic, a photograph
    // in each side of the last: over a third of the page, the row stayed, and page 7 printed the colophon alone.
    const { project, result } = await buildFixture({
      ...readFixture("parallel-pictures-before-colophon"),
      "images/square.png": await sharp({ create: { width: 1700, height: 1700, channels: 3, background: { r: 90, g: 140, b: 110 } } }).png().toBuffer(),
      "images/drawing.svg": BLOCK_SVG,
    });
    projects.push(project);
    const output = result.outputs[0]!;
    expect(output.warnings).toEqual([]);
    const pages = extractText(output.path).split("\f");
    const lastAt = pages.findLastIndex((page) => page.trim());
    const last = (pages[lastAt] ?? "").replace(/\s+/g, " ");
    expect(last).toContain("a child’s blue mitten with a felt fox on it.");
    expect(last).toContain("The Stress Bulletin · Issue 510");
    // The last row's photographs print on the colophon's page (the drawings are drawn, not embedded pictures).
    const photographs = listPrintedWidths(output.path).map((picture) => picture.page);
    expect(photographs.length).toBeGreaterThan(0);
    expect(new Set(photographs)).toEqual(new Set([lastAt + 1]));
  }, 120_000);

  it("is warned when what ends the articles cannot go over with it, naming the page and the one the articles end on", async () => {
    // A pull quote that ends its article (check warns it too: it belongs inside the story) has no lines to give, and
    // is no picture or table to take along.
    const quote = "::: pullquote\nThe windows first, then the heating: that is what the tenants asked of the council.\n:::";
    const { output, pages } = await buildIssue({ "01-report.md": writeReport(26, [Array(3).fill(sentence).join(" "), quote]) });
    expect(output.pages).toBe(3);
    expect(pages[1]?.join(" ")).toContain("that is what the tenants asked");
    expect(pages[2]?.every(isFurniture), pages[2]?.join(" | ")).toBe(true);
    expect(output.warnings.map((warning) => [warning.code, warning.message])).toEqual([
      ["colophon-alone", expect.stringMatching(/^The last page, page 3, prints only the colophon .*: the articles end on page 2, just short of room for it\.$/)],
    ]);
  }, 120_000);

  it("takes a code block's last lines along when the articles end in one", async () => {
    // 26 paragraphs, one of three sentences and a code block of 9 lines end page 2 at its foot: the colophon went on
    // alone, warned, as after a table (only a paragraph's lines were taken).
    const code = `\`\`\`\n${Array.from({ length: 9 }, (_, index) => `meeting ${index + 1}: hall, 7 pm`).join("\n")}\n\`\`\``;
    const { output, pages, words } = await buildIssue({ "01-report.md": writeReport(26, [Array(3).fill(sentence).join(" "), code]) });
    expect(output.pages).toBe(3);
    expect(output.warnings).toEqual([]);
    expect(pages[2]?.filter((line) => !isFurniture(line))).toEqual(["meeting 7: hall, 7 pm", "meeting 8: hall, 7 pm", "meeting 9: hall, 7 pm"]);
    // Every line once, in order, over the turn.
    expect(words).toMatch(new RegExp(Array.from({ length: 9 }, (_, index) => `meeting ${index + 1}: hall, 7 pm`).join(" ")));
  }, 120_000);

  it("takes a parallel edition's last row along whole, both languages together", async () => {
    // Seventeen rows of English beside Arabic and a last short one (found so in generated issues) fill page 2 to its
    // foot: the colophon went on alone, warned, since no side's lines were taken from a parallel row.
    const english = [...makeMeetingParagraphs(17, 3), `${makeMeetingParagraphs(1, 64)[0]!.split(" ").slice(0, 34).join(" ")}.`];
    const arabic = english.map((paragraph, index) => makeWordRun(ARABIC, Math.round(paragraph.split(" ").length * 0.8), 10 + index));
    const { project, result } = await buildFixture({
      "issue.md": "---\ntitle: Colophon Gazette\nnumber: 4\ndate: 2026-12-06\nlanguages: [en, ar]\neditions: [parallel]\ncontents: false\n---\n",
      "01-report.md": `---\ntitle: The winter report\n---\n\n${english.join("\n\n")}\n`,
      "01-report.ar.md": `---\ntitle: تقرير الشتاء\n---\n\n${arabic.join("\n\n")}\n`,
    });
    projects.push(project);
    const output = result.outputs[0]!;
    expect(output.warnings).toEqual([]);
    expect(output.pages).toBe(3);
    // The last row on the last page, in both languages, with the colophon.
    const last = extractText(output.path).split("\f")[2] ?? "";
    expect(last).toContain(english.at(-1)!.split(" ").slice(0, 4).join(" "));
    expect(last).toContain(arabic.at(-1)!.split(" ").slice(0, 2).join(" "));
    expect(last).toContain("Colophon Gazette");
  }, 120_000);

  it("takes the first side's last note along when a parallel article's notes are too tall to go over whole", async () => {
    // Fourteen rows of English beside Arabic, ten notes on each side (about half an A4 page of them), page 2 full to
    // its foot: the notes' row, over a third of the page, stayed whole, and the colophon went on alone (warned; a
    // corpus issue's Urdu and English edition did so). The last English note goes over with it; the Arabic notes stay.
    const english = [...makeMeetingParagraphs(13, 3), makeMeetingSentence(20, 77)].map((paragraph, index) => (index < 10 ? `${paragraph}[^${index + 1}]` : paragraph));
    const arabic = english.map((paragraph, index) => makeWordRun(ARABIC, Math.round(paragraph.split(" ").length * 0.8), 10 + index) + (index < 10 ? `[^${index + 1}]` : ""));
    const englishNotes = Array.from({ length: 10 }, (_, index) => `[^${index + 1}]: Note ${index + 1} says ${makeMeetingSentence(18, index)} ${makeMeetingSentence(18, index + 40)}`);
    const arabicNotes = Array.from({ length: 10 }, (_, index) => `[^${index + 1}]: ${makeWordRun(ARABIC, 30, 50 + index)}`);
    const { project, result } = await buildFixture({
      "issue.md": "---\ntitle: Colophon Gazette\nnumber: 4\ndate: 2026-12-06\nlanguages: [en, ar]\neditions: [parallel]\ncontents: false\n---\n",
      "01-report.md": `---\ntitle: The winter report\n---\n\n${english.join("\n\n")}\n\n${englishNotes.join("\n\n")}\n`,
      "01-report.ar.md": `---\ntitle: تقرير الشتاء\n---\n\n${arabic.join("\n\n")}\n\n${arabicNotes.join("\n\n")}\n`,
    });
    projects.push(project);
    const output = result.outputs[0]!;
    expect(output.warnings).toEqual([]);
    expect(output.pages).toBe(3);
    const pages = extractText(output.path).split("\f").map((page) => page.replace(/\s+/g, " "));
    expect(pages[1]).toContain("Note 9 says");
    expect(pages[1]).not.toContain("Note 10 says");
    expect(pages[2]).toContain("Note 10 says");
    expect(pages[2]).toContain("Colophon Gazette");
  }, 120_000);

  it("is not warned when the articles' last lines print with it", async () => {
    const { output, pages } = await buildIssue({ "01-report.md": writeReport(29) });
    expect(output.pages).toBe(3);
    expect(pages[2]?.join(" ")).toContain("The tenants of the north block");
    expect(output.warnings).toEqual([]);
  }, 120_000);
});
