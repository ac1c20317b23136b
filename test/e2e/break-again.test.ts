// A page's content moved by its own break: a table whose columns Chromium sizes by the rows it holds, cut at a page's foot, keeps every row on the pages (page/break-again.js).

import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "../../src/index.js";
import { getBrowserPath } from "../support/browser.js";
import { makeProject } from "../support/issue-fixture.js";
import { readPlacedWords } from "../support/pdf-words.js";

const ROWS = 16;
/** Each row's third column says what the money was for; "north" (too short to hyphenate) is in every row once. */
const WHAT_FOR = "new windows for the north stairwell and the";
/** A reference of 36 letters and digits, in the rows after the sixth: the widest thing the third column holds. */
const REFERENCE = "REFABCDEFGHIJKLMNOPQRSTUVWXYZ0123456";

/**
 * An article whose table starts low in the front page's third column, `extra` words of text above it setting
 * where (found by trying lengths). While the rows overleaf are still on the page, the references widen the third
 * column; once Paged.js takes them out, that column narrows, the rows left above the break grow a line taller,
 * and the last of them went past the page: the build stopped, "text ... is missing from the laid-out pages".
 */
function writeArticle(extra: number): string {
  let next = 1;
  const words = (count: number) => `${Array.from({ length: count }, () => `w${String(next++).padStart(4, "0")}`).join(" ")}.`;
  const rows = Array.from({ length: ROWS }, (_, index) => {
    const row = index + 1;
    return `| ${["Hall", "Roof", "Garden", "Kitchen"][row % 4]} | ${row * 1234}.50 | ${row > 6 ? `${REFERENCE} ` : ""}${WHAT_FOR} |`;
  });
  const before = Array.from({ length: 14 }, () => words(30)).join("\n\n");
  const after = Array.from({ length: 8 }, () => words(40)).join("\n\n");
  return `---\ntitle: The accounts for the year\n---\n\n${before}\n\n${words(extra)}\n\n| Item | Amount | What for |\n|---|--:|---|\n${rows.join("\n")}\n\n${after}\n`;
}

const DEPTHS = [19, 37];
let project: string;
const built = new Map<number, BuildResult>();

beforeAll(async () => {
  const files: Record<string, string> = {};
  for (const extra of DEPTHS) {
    files[`at-${extra}/issue.md`] = "---\ntitle: Table Gazette\nnumber: 1\ndate: 2026-12-06\nlanguages: [en]\n---\n";
    files[`at-${extra}/01-accounts.md`] = writeArticle(extra);
  }
  project = makeProject(files, "moved").project;
  for (const extra of DEPTHS) {
    built.set(extra, await build({ issue: path.join("issues", "moved", `at-${extra}`), projectDir: project, outDir: path.join(project, "out"), browser: getBrowserPath() }));
  }
}, 240_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("a break that moves what stays on the page is made again (page/break-again.js)", () => {
  it.each(DEPTHS)("prints every row of the table once, on the front page and overleaf (%i words above it)", (extra) => {
    const result = built.get(extra)!;
    // The 36-letter reference is wider than a column: the table divides it (page/fit-tables.js) and says so, once.
    expect(result.outputs[0]!.warnings.map((warning) => warning.code)).toEqual(["table-too-wide"]);
    const words = readPlacedWords(result.outputs[0]!.path);
    const rows = words.filter((word) => word.text === "north");
    expect(rows).toHaveLength(ROWS);
    // The fixture does what it is for: the table is cut by the front page's foot.
    expect(rows.filter((word) => word.page === 1).length).toBeGreaterThan(0);
    expect(rows.filter((word) => word.page === 2).length).toBeGreaterThan(0);
  });
});
