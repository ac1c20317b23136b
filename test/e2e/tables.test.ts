// Tables in an article's columns: a small one in its column, a wide one across the columns with {.span-all}, rows in order and inside the page.

import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "../../src/index.js";
import { getBrowserPath } from "../support/browser.js";
import { makeProject } from "../support/issue-fixture.js";
import { extractText } from "../support/pdf-tools.js";
import { readPlacedWords, type PlacedWord } from "../support/pdf-words.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"];

const ARTICLE = `---
title: The hall's accounts
---

The small table first.

| Item | Qty | Cost |
|---|--:|--:|
| Paint | 3 | £12.50 |
| Brushes | 10 | £4.00 |
| Ladder | 1 | £110.00 |

Then the year, month by month, across the columns.

| ${MONTHS.join(" | ")} |
|${"--:|".repeat(MONTHS.length)}
| ${MONTHS.map((_, index) => `${(index + 1) * 111}.00`).join(" | ")} |

{.span-all}

And a closing paragraph after the wide table.
`;

let project: string;
let result: BuildResult;

beforeAll(async () => {
  const made = makeProject({ "issue.md": "---\ntitle: The Tables Test\nnumber: 1\ndate: 2026-12-05\nlanguages: [en]\nlayout: bulletin\npaper: A5\n---\n", "01-accounts.md": ARTICLE }, "tables");
  project = made.project;
  result = await build({ issue: made.issue, projectDir: project, outDir: path.join(project, "out"), browser: getBrowserPath() });
}, 120_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

const spread = (words: PlacedWord[]) => Math.max(...words.map((word) => word.xMax)) - Math.min(...words.map((word) => word.xMin));

describe("tables", () => {
  it("keeps a small table in its column, rows in order, and sets a {.span-all} table across the columns, all inside the page", () => {
    const output = result.outputs[0]!;
    expect(output.warnings).toEqual([]);
    const words = readPlacedWords(output.path);
    // A5 is 420 pt wide; the bulletin's two columns are each under 190 pt.
    expect(words.filter((word) => word.xMin < 10 || word.xMax > 410).map((word) => word.text)).toEqual([]);
    // Each row whole on one line of one column (a long table may go on in the next column, its head repeated).
    for (const [item, cost] of [["Paint", "£12.50"], ["Brushes", "£4.00"], ["Ladder", "£110.00"]]) {
      const row = words.filter((word) => word.text === item || word.text === cost);
      expect(row, item).toHaveLength(2);
      expect(Math.abs(row[0]!.yMin - row[1]!.yMin), item).toBeLessThan(2);
      expect(spread(row), item).toBeLessThan(190);
    }
    // In reading order: down the first column, then the second (pdftotext's own order mixes a split table's parts).
    const place = (text: string) => {
      const word = words.find((candidate) => candidate.text === text)!;
      return (word.xMin > 210 ? 1000 : 0) + word.yMin;
    };
    expect(place("Paint")).toBeLessThan(place("Brushes"));
    expect(place("Brushes")).toBeLessThan(place("Ladder"));
    // A short table is whole in one column, under its head: balancing split it, its head with one row.
    const column = (text: string) => (words.find((candidate) => candidate.text === text)?.xMin ?? 0) > 210;
    expect(["Item", "Paint", "Brushes", "Ladder"].map(column)).toEqual(Array(4).fill(column("Item")));
    // Across both columns: the months' heads run over more than one column's width, each amount whole.
    const months = words.filter((word) => MONTHS.includes(word.text));
    expect(months).toHaveLength(MONTHS.length);
    expect(spread(months)).toBeGreaterThan(250);
    for (const amount of MONTHS.map((_, index) => `${(index + 1) * 111}.00`)) expect(words.map((word) => word.text)).toContain(amount);
  });
});

/** Projects made by buildStalls, removed with the rest after the tests. */
const stallProjects: string[] = [];
afterAll(() => stallProjects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Builds an issue whose one article is a table of `count` stalls in the A5 bulletin (two columns). */
async function buildStalls(count: number, name: string): Promise<BuildResult["outputs"][number]> {
  const rows = Array.from({ length: count }, (_, index) => `| Stall ${index + 1} | Row ${index + 1} | £${(index + 1) * 3}.00 |`).join("\n");
  const made = makeProject(
    {
      "issue.md": "---\ntitle: The Long Table Test\nnumber: 1\ndate: 2026-12-05\nlanguages: [en]\nlayout: bulletin\npaper: A5\n---\n",
      "01-stalls.md": `---\ntitle: Market stalls\n---\n\nThe stalls this winter.\n\n| Stall | Place | Fee |\n|---|---|--:|\n${rows}\n\nThat is all.\n`,
    },
    name,
  );
  stallProjects.push(made.project);
  const built = await build({ issue: made.issue, projectDir: made.project, outDir: path.join(made.project, "out"), browser: getBrowserPath() });
  return built.outputs[0]!;
}

describe("a table over two columns and a page", () => {
  // Chromium repeated the head at the column break when printing only: the second column printed a line lower
  // than Paged.js had measured it, and its last row, the 52nd, was cut off at the page's foot (base.css, thead).
  it("prints every row once, the head again over the second column and on the next page", async () => {
    const output = await buildStalls(60, "table-over-page");
    expect(output.pages).toBe(2);
    const text = extractText(output.path);
    const printed = [...text.matchAll(/Stall (\d+)/g)].map((match) => Number(match[1]));
    expect(printed.toSorted((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, index) => index + 1));
    // The head over both columns of both pages: Chromium repeats it in the second column, repeat-table-heads.js
    // puts it over the part Paged.js carries on to page 2, above that page's first row.
    expect(text.match(/\bFee\b/g)).toHaveLength(4);
    const words = readPlacedWords(output.path).filter((word) => word.page === 2);
    const firstRow = Math.min(...words.filter((word) => word.text === "Row").map((word) => word.yMin));
    expect(Math.min(...words.filter((word) => word.text === "Fee").map((word) => word.yMin))).toBeLessThan(firstRow);
    // The summary counts the words written: the head printed again on page 2 adds none. Twenty more rows than a
    // one-page table are sixty more words as the build counts them (a row's cells run together: three a row).
    const onePage = await buildStalls(40, "table-one-page");
    expect(onePage.pages).toBe(1);
    expect(output.summary.text.words - onePage.summary.text.words).toBe(60);
  }, 120_000);
});

describe("a long table", () => {
  it("repeats its head at the top of the next column", async () => {
    const output = await buildStalls(40, "long-table");
    expect(output.pages).toBe(1);
    const words = readPlacedWords(output.path);
    // The head's words twice: over the first column, and again over the rows that go on in the second.
    const heads = words.filter((word) => word.text === "Fee");
    expect(heads).toHaveLength(2);
    expect(heads.map((word) => word.xMin > 210).sort()).toEqual([false, true]);
    const second = words.filter((word) => word.xMin > 210 && /^Stall$/.test(word.text)).sort((a, b) => a.yMin - b.yMin);
    // The second column's first "Stall" is the head's, above its first row.
    expect(second[0]!.yMin).toBeLessThan(second[1]!.yMin);
    expect(heads.find((word) => word.xMin > 210)!.yMin).toBeCloseTo(second[0]!.yMin, 0);
  }, 120_000);
});
