// Tables as wide as their words and figures: amounts and heads print whole, a table too wide for its column is set smaller or divides what it must and says where (page/fit-tables.js); tables across the columns at a page's foot keep their article on the page.

import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildResult } from "../../src/index.js";
import { buildFixture } from "../support/build-fixture.js";
import { readPlacedWords, type PlacedWord } from "../support/pdf-words.js";

const ISSUE = "---\ntitle: Table Widths Test\nnumber: 1\ndate: 2026-12-06\nlanguages: [en]\nlayout: bulletin\npaper: A5\n---\n";

/** Two columns: long descriptions beside amounts. Chromium gave the amounts what the text left and printed "£12,3" over "45.50". */
const BUDGET = `---
title: The hall's budget
---

The committee set out the year's spending at the autumn meeting, line by line.

| What the money is for | Amount |
|---|--:|
| Repairs to the roof over the north hall and the gutters along the lane | £12,345.50 |
| Heating for the winter evenings, including the new boiler service contract | £8,210.75 |
| Insurance | £1,980.00 |
| Cleaning and the caretaker's hours through the year | £15,600.25 |

The treasurer said the figures were agreed.
`;

const FUNDS = ["Hall", "Garden", "Kitchen", "Library", "Roof"];
const FIVE_AMOUNTS = ["£1,234.50", "£2,469.00", "£3,703.50", "£4,938.00", "£5,000.00"];

/** Five columns of amounts: a little too wide for an A5 column in the tables' own type, whole in smaller type. */
const FIVE_FUNDS = `---
title: The five funds
---

The five funds, side by side.

| ${FUNDS.join(" | ")} |
|${"--:|".repeat(FUNDS.length)}
| ${FIVE_AMOUNTS.join(" | ")} |

That is the whole year.
`;

/** Four columns of amounts, whole in an A5 column in the tables' own type. */
const QUARTERS = `---
title: Quarter by quarter
---

The four quarters, side by side.

| Spring | Summer | Autumn | Winter |
|--:|--:|--:|--:|
| £1,234.50 | £2,469.00 | £3,703.50 | £4,938.00 |
| £6,172.50 | £7,407.00 | £8,641.50 | £9,876.00 |

That is the whole year.
`;

const REFERENCE = "HALLGRANT2026ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** A reference no column could hold whole, beside amounts that fit. */
const REFERENCES = `---
title: Grants received
---

The grants the hall received this year.

| Grant | Reference | Amount |
|---|---|--:|
| Lottery | ${REFERENCE} | £14,500.00 |
| Council | CNCL-77 | £3,250.00 |

All of it is spent on the roof.
`;

/** Six columns of five-figure amounts: too wide for a column even in smaller type. */
const YEARS = `---
title: Five years of the fund
---

The fund's balance at the end of each year.

| Fund | 2022 | 2023 | 2024 | 2025 | 2026 |
|---|--:|--:|--:|--:|--:|
| Hall | £12,345.50 | £13,210.75 | £14,980.00 | £15,600.25 | £16,002.00 |
| Garden | £2,345.50 | £3,210.75 | £4,980.00 | £5,600.25 | £6,002.00 |
`;

const built = new Map<string, { project: string; result: BuildResult }>();

beforeAll(async () => {
  built.set("budget", await buildFixture({ "issue.md": ISSUE, "01-budget.md": BUDGET, "02-funds.md": FIVE_FUNDS }));
  built.set("references", await buildFixture({ "issue.md": ISSUE, "01-grants.md": REFERENCES }));
  built.set("years", await buildFixture({ "issue.md": ISSUE, "01-years.md": YEARS }));
  // The years across the columns, after two articles that leave its article the foot of the first page: its
  // table's bottom margin, cut at the break while the closing line followed, counted once that line was taken
  // out, and the article's columns went whole past the page (break-again.js).
  const across = YEARS.replace("£6,002.00 |\n", "£6,002.00 |\n\n{.span-all}\n\nThose are the balances.\n");
  built.set("across", await buildFixture({ "issue.md": ISSUE, "01-budget.md": BUDGET, "02-quarters.md": QUARTERS, "03-years.md": across }));
  // From a fuzz issue of tables (US Letter newspaper): a table across the columns cut at page 4's foot, under an
  // article that opened the page with two short paragraphs.
  const fixture = path.join(import.meta.dirname, "..", "fixtures", "table-cut-under-headline");
  built.set("cut", await buildFixture(Object.fromEntries(readdirSync(fixture).map((name) => [name, readFileSync(path.join(fixture, name), "utf8")]))));
}, 240_000);

afterAll(() => built.forEach(({ project }) => rmSync(project, { recursive: true, force: true })));

const output = (name: string) => built.get(name)!.result.outputs[0]!;
const texts = (words: PlacedWord[]) => words.map((word) => word.text);

describe("tables as wide as their words and figures", () => {
  it("prints every amount and head whole beside long descriptions, and five columns of amounts whole in smaller type", () => {
    expect(output("budget").warnings).toEqual([]);
    const words = readPlacedWords(output("budget").path);
    for (const whole of ["Amount", "£12,345.50", "£8,210.75", "£1,980.00", "£15,600.25", ...FUNDS, ...FIVE_AMOUNTS]) expect(texts(words), whole).toContain(whole);
    // The five funds' table is set smaller than the budget's: a table of figures in smaller type, not divided.
    const height = (text: string) => words.filter((word) => word.text === text).map((word) => word.yMax - word.yMin)[0] ?? 0;
    expect(height("£1,234.50")).toBeLessThan(height("£12,345.50") * 0.95);
    expect(height("£1,234.50")).toBeGreaterThan(height("£12,345.50") * 0.8);
  });

  it("divides only the column that cannot hold its reference, and says which, at the table's line", () => {
    const built = output("references");
    expect(built.warnings).toHaveLength(1);
    const warning = built.warnings[0]!;
    expect(warning.code).toBe("table-too-wide");
    expect(warning.message).toContain("“Grants received” (page 1)");
    expect(warning.message).toContain("column “Reference”");
    expect(warning.hint).toContain("{.span-all}");
    expect(warning.location?.file).toMatch(/01-grants\.md$/);
    expect(warning.location?.line).toBe(REFERENCES.split("\n").indexOf("| Grant | Reference | Amount |") + 1);
    const words = texts(readPlacedWords(built.path));
    // The other columns keep their figures and heads whole (a word may still be hyphenated, as in any narrow column).
    for (const whole of ["£14,500.00", "£3,250.00", "CNCL-77", "Reference", "Amount"]) expect(words, whole).toContain(whole);
    expect(words).not.toContain(REFERENCE);
    // Divided over lines, every letter printed, in order.
    expect(words.filter((word) => /[A-Z]/.test(word) && REFERENCE.includes(word)).join("")).toBe(REFERENCE);
  });

  it("divides a table of figures too wide even in smaller type alike, inside the page, and says so", () => {
    const built = output("years");
    expect(built.warnings.map((warning) => warning.code)).toEqual(["table-too-wide"]);
    expect(built.warnings[0]!.message).toContain("its words and figures are divided");
    // A5 is 420 pt wide: nothing runs off it or over the margin.
    const words = readPlacedWords(built.path);
    expect(words.filter((word) => word.xMin < 20 || word.xMax > 400).map((word) => word.text)).toEqual([]);
  });

  it("keeps an article under its headline when its table across the columns is cut at the page's foot", () => {
    // The rows left on the page had kept their bottom margin, cut off at the break while the rest followed: once
    // the rest was taken off it counted, the article's columns went whole to the next page, and the headline
    // was left alone at the top of page 4 (base.css: a cut table's margin).
    const built = output("cut");
    expect(built.warnings).toEqual([]);
    expect(built.pages).toBe(5);
  });

  it("keeps an article whose table across the columns ends a page's part of it on the pages", () => {
    const built = output("across");
    expect(built.warnings).toEqual([]);
    const words = readPlacedWords(built.path);
    for (const whole of ["£16,002.00", "balances.", "Fund"]) expect(texts(words), whole).toContain(whole);
  });
});
