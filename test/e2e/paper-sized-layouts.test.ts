// The newspaper and bulletin layouts follow their paper (TYPOGRAPHY.md): two columns on A5, three on A4, five on A3, the masthead's title on one line, the newspaper's heads sized to the page; an article's `columns:` is the count it asks for on any paper and in any layout.

import type { Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { useLaidOutFixture } from "../support/laid-out-fixture.js";
import { makeMeetingParagraphs } from "../support/word-lists.js";

/** A two-article newspaper on `paper`, the second article's front matter taking `extra`. */
const writeIssue = (paper: string, extra = ""): Record<string, string> => ({
  "issue.md": `---\ntitle: The Riverside Commons\nnumber: 3\ndate: 2026-12-07\nlanguages: [en]\nlayout: newspaper\npaper: ${paper}\ncontents: false\n---\n`,
  "01-lead.md": `---\ntitle: The hall behind the library opens on Saturdays from the first of the month\nstandfirst: The tenants' association has the keys\n---\n\n${makeMeetingParagraphs(14, 1).join("\n\n")}\n`,
  "02-second.md": `---\ntitle: The river path is mended before the floods\n${extra}---\n\n${makeMeetingParagraphs(10, 2).join("\n\n")}\n`,
});

interface PaperPage {
  /** The columns each article's body has on its first page, counted from where its lines start. */
  columns: Record<string, number>;
  /** The masthead title's lines. */
  titleLines: number;
  /** Font sizes in points: the lead headline, the second one. */
  lead: number;
  headline: number;
}

/** How the laid-out pages set the articles' columns, the masthead and the heads. */
function readPaperPage(page: Page): Promise<PaperPage> {
  return page.evaluate(() => {
    const toPoints = (element: Element) => Math.round((Number.parseFloat(getComputedStyle(element).fontSize) * 72) / 96 * 10) / 10;
    const columns: Record<string, number> = {};
    for (const article of document.querySelectorAll(".pagedjs_page article[data-article-id]")) {
      // The article's first page only (a-01-lead: the file 01-lead.md).
      const id = (article.getAttribute("data-article-id") ?? "").replace(/^a-\d+-/, "");
      if (id in columns) continue;
      const body = article.querySelector(".story-body") as Element;
      // A paragraph cut by a column break has a box in each column: the distinct left edges are the columns.
      const lefts = new Set<number>();
      for (const paragraph of body.querySelectorAll("p")) for (const rect of paragraph.getClientRects()) lefts.add(Math.round(rect.left));
      columns[id] = lefts.size;
    }
    const title = document.querySelector(".pagedjs_page .masthead-title") as Element;
    const titleLines = Math.round(title.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(title).lineHeight));
    const heads = [...document.querySelectorAll(".pagedjs_page .headline")];
    return { columns, titleLines, lead: toPoints(heads[0] as Element), headline: toPoints(heads[1] as Element) };
  });
}

describe.each([
  // An article's own `columns:` on A5 and A3: three where the paper holds two, four where it holds five.
  ["A5", "columns: 3\n", { lead: 2, second: 3 }, 24, 18],
  ["A4", "", { lead: 3, second: 3 }, 32, 22],
  ["A3", "columns: 4\n", { lead: 5, second: 4 }, 44, 28],
] as const)("the newspaper on %s", (paper, extra, columns, lead, headline) => {
  const laidOut = useLaidOutFixture(writeIssue(paper, extra));

  it(`sets its columns (${columns.lead}; the second article ${columns.second}), the title on one line, heads of ${lead} and ${headline} pt`, async () => {
    const found = await readPaperPage(laidOut());
    expect(found.columns).toEqual(columns);
    expect(found.titleLines).toBe(1);
    expect(found.lead).toBe(lead);
    expect(found.headline).toBe(headline);
  });
});

describe("the bulletin on A4", () => {
  // Made for A5's two columns, it had set two columns about 88 mm wide on A4.
  const files = writeIssue("A4");
  const laidOut = useLaidOutFixture({ ...files, "issue.md": (files["issue.md"] as string).replace("layout: newspaper", "layout: bulletin") });

  it("sets three columns and keeps its title on one line", async () => {
    const found = await readPaperPage(laidOut());
    expect(found.columns).toEqual({ lead: 3, second: 3 });
    expect(found.titleLines).toBe(1);
  });
});

describe("the sheet on A4", () => {
  // Its columns are as many 56 mm ones as fit (three on A4): an article's `columns: 4` had been cut to three.
  const files = writeIssue("A4", "columns: 4\n");
  const laidOut = useLaidOutFixture({ ...files, "issue.md": (files["issue.md"] as string).replace("layout: newspaper", "layout: sheet") });

  it("gives an article's columns: 4 four columns, the others three", async () => {
    const found = await readPaperPage(laidOut());
    expect(found.columns).toEqual({ lead: 3, second: 4 });
  });
});
