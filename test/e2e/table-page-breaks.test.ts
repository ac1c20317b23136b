// A table in an article's columns cut by a page break at the foot of an A4 newspaper page: every row printed once, and the part left at the foot has rows under its head.

import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "../../src/index.js";
import { getBrowserPath } from "../support/browser.js";
import { makeProject } from "../support/issue-fixture.js";
import { readPlacedWords, type PlacedWord } from "../support/pdf-words.js";
import { makeMeetingSentence } from "../support/word-lists.js";

const ROWS = 12;
const AMOUNTS = Array.from({ length: ROWS }, (_, index) => `£${(index + 1) * 7}`);
const TABLE = ["| Stall | Day | Cost |", "|---|---|--:|", ...AMOUNTS.map((amount, index) => `| ${makeMeetingSentence(3, index)} | ${["Mon", "Tue", "Wed"][index % 3]} | ${amount} |`)].join("\n");
const paragraph = (seed: number, words: number) => Array.from({ length: 3 }, (_, index) => makeMeetingSentence(Math.round(words / 3), seed * 3 + index)).join(" ");
/** An article that fills the first pages and ends at the foot of the third, its first paragraph longer. */
const FIRST = `---\ntitle: The winter market plans\n---\n\n${Array.from({ length: 44 }, (_, index) => paragraph(index, index === 0 ? 278 : 60)).join("\n\n")}\n`;

/**
 * The article that opens with the table, its standfirst setting where the table starts at the third page's foot
 * (found by trying lengths): `cut`, with room for its head and a few rows in each column; `thin`, a line lower,
 * with room for its head and one row in its column (Chromium set the others one or two to the next columns).
 */
const CASES = { cut: 8, thin: 16 } as const;
type CaseName = keyof typeof CASES;

let project: string;
const built = {} as Record<CaseName, BuildResult>;

beforeAll(async () => {
  const files: Record<string, string> = {};
  for (const [name, standfirst] of Object.entries(CASES)) {
    files[`${name}/issue.md`] = "---\ntitle: The Table Gazette\nnumber: 1\ndate: 2026-12-05\nlanguages: [en]\n---\n";
    files[`${name}/01-a.md`] = FIRST;
    files[`${name}/02-b.md`] = `---\ntitle: Stalls for the market\nstandfirst: ${makeMeetingSentence(standfirst, 5)}\n---\n\n${TABLE}\n\n${paragraph(90, 60)}\n\n${paragraph(91, 60)}\n`;
  }
  project = makeProject(files, "tables").project;
  for (const name of Object.keys(CASES) as CaseName[]) {
    built[name] = await build({ issue: path.join("issues", "tables", name), projectDir: project, outDir: path.join(project, "out"), browser: getBrowserPath() });
  }
}, 240_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

/** The table's head ("Stall") and the amounts in its rows on each page, and the article's headline's page. */
function readTable(result: BuildResult) {
  const words = readPlacedWords(result.outputs[0]!.path);
  const heads = words.filter((word) => word.text === "Stall");
  const amounts = words.filter((word) => AMOUNTS.includes(word.text));
  // The front page lists the articles too: the headline is the last "Stalls".
  const headline = words.filter((word) => word.text === "Stalls").at(-1);
  return { heads, amounts, headline };
}

/** Rows printed under a head in its column: the column is 180 pt wide on A4 in three columns. */
const rowsUnder = (head: PlacedWord, amounts: PlacedWord[]) =>
  amounts.filter((amount) => amount.page === head.page && amount.xMin > head.xMin - 2 && amount.xMax < head.xMin + 185 && amount.yMin > head.yMin);

describe("a table cut at a page's foot (page/mark-split-paragraphs.js, base.css, page/keep-lines.js)", () => {
  it("prints every row once, the rows left at the foot in the page (kept whole as a short table, they went past it)", () => {
    const { heads, amounts, headline } = readTable(built.cut);
    expect(built.cut.outputs[0]!.warnings).toEqual([]);
    expect(amounts.map((amount) => amount.text).sort()).toEqual([...AMOUNTS].sort());
    // The fixture does what it is for: the table starts at the third page's foot under its headline and goes on
    // overleaf, with eight rows or fewer left there (a short table's count).
    expect(headline?.page).toBe(3);
    const first = heads.find((head) => head.page === 3);
    expect(first).toBeDefined();
    const onPage = amounts.filter((amount) => amount.page === 3).length;
    expect(onPage).toBeGreaterThan(0);
    expect(onPage).toBeLessThanOrEqual(8);
    expect(amounts.filter((amount) => amount.page === 4).length).toBe(ROWS - onPage);
  });

  it("takes the table and its headline to the next page rather than leave one row under its head at the foot", () => {
    const { heads, amounts, headline } = readTable(built.thin);
    expect(built.thin.outputs[0]!.warnings).toEqual([]);
    expect(amounts.map((amount) => amount.text).sort()).toEqual([...AMOUNTS].sort());
    // Wherever the head prints (again on each page it goes on to), at least two rows are under it in its column,
    // or all that are left of the table.
    for (const head of heads) {
      const under = rowsUnder(head, amounts).length;
      const left = amounts.filter((amount) => amount.page >= head.page).length;
      expect(under, `rows under the head on page ${head.page}`).toBeGreaterThanOrEqual(Math.min(2, left));
    }
    expect(heads[0]?.page).toBe(headline?.page);
  });
});
