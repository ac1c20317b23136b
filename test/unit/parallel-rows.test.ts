// Covers how a parallel article's two sides are set in rows: pictures beside pictures, a subheading in the row of its text.

import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeText } from "../../src/stages/analyze-text/analyze-text.js";
import { loadLayout } from "../../src/stages/load-issue/load-layout.js";
import { planEditions, type EditionPlan } from "../../src/stages/plan-editions/plan-editions.js";
import { compileLayout, type TemplateFunction } from "../../src/stages/render-html/create-handlebars.js";
import { renderDocument } from "../../src/stages/render-html/render-document.js";
import { assembleAndParse, articleMd, issueMd } from "../fixtures/make-issue.js";
import { ARABIC, makeMeetingParagraphs, makeWordRun } from "../support/word-lists.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** One row of the article: each cell's blocks, by tag (`figure`, `p`, `h3`...), in order. */
type Row = string[][];

describe("a parallel article's rows", () => {
  let template: TemplateFunction;
  beforeAll(async () => {
    template = compileLayout(await loadLayout(path.join(ROOT, "templates"), "bulletin", { file: "issue.md" }));
  });

  /** The article's rows of text (its heads and notes left out) in the parallel edition of an English and Arabic pair. */
  const renderRows = (english: string, arabic: string): Row[] => {
    const { issue, parsed } = assembleAndParse({
      issue: issueMd(["languages: [en, ar]", "editions: [parallel]"]),
      articles: { "01-yard.md": articleMd(["title: The yard"], english), "01-yard.ar.md": articleMd(["title: الساحة", "lang: ar"], arabic) },
      otherFiles: ["images/yard.jpg"],
    });
    const edition = planEditions(issue, analyzeText(parsed, issue.meta.languages)).find((plan) => plan.code === "parallel") as EditionPlan;
    if (edition.kind !== "parallel") throw new Error("the parallel edition was not planned");
    const { html } = renderDocument(issue, edition, template, { allowHtml: false, generator: "test" });
    const start = html.indexOf("story-parallel");
    const article = html.slice(start, html.indexOf("</article>", start));
    const rows = article.split('<div class="parallel-row').slice(1).filter((row) => row.startsWith('">'));
    return rows.map((row) =>
      row
        .split('<div class="parallel-cell')
        .slice(1)
        .map((cell) => Array.from(cell.matchAll(/<(figure|p|h[3-6])[ >]/g), (match) => match[1] as string)),
    );
  };

  // A corpus issue's parallel edition: the English picture's long caption measured as text (its Markdown source, and
  // the caption again) set it beside the Arabic picture and the Arabic first paragraph, a row that could neither wait
  // under the next row of text nor fit the front page.
  it("sets the two sides' opening pictures in a row of their own, whatever their captions", () => {
    const english = makeMeetingParagraphs(3, 1);
    const arabic = [20, 60, 70, 60, 50].map((count, index) => makeWordRun(ARABIC, count, index));
    const rows = renderRows(
      `![The yard](images/yard.jpg "${makeMeetingParagraphs(1, 9)[0]} ${makeMeetingParagraphs(1, 10)[0]}"){.top}\n\n${english.join("\n\n")}`,
      `![الساحة](images/yard.jpg "${makeWordRun(ARABIC, 6, 9)}"){.top}\n\n${arabic.join("\n\n")}`,
    );
    expect(rows[0]).toEqual([["figure"], ["figure"]]);
    expect(rows.flat(2).filter((tag) => tag === "p")).toHaveLength(english.length + arabic.length);
  });

  // Aligned as blocks of their own, the two sides' subheadings shared a row (both short, alike by length), and a page
  // could end under it, their text overleaf.
  it("starts each subheading's row with it, its text under it in the same cell", () => {
    const english = makeMeetingParagraphs(4, 2);
    const arabic = [60, 70, 50, 60].map((count, index) => makeWordRun(ARABIC, count, index + 20));
    const rows = renderRows(
      `${english[0]}\n\n### The new benches\n\n${english.slice(1, 3).join("\n\n")}\n\n### The river path\n\n${english[3]}`,
      `${arabic[0]}\n\n### المقاعد الجديدة\n\n${arabic.slice(1, 3).join("\n\n")}\n\n### ممر النهر\n\n${arabic[3]}`,
    );
    for (const cell of rows.flat()) {
      const at = cell.indexOf("h3");
      if (at >= 0) expect(cell.slice(at, at + 2)).toEqual(["h3", "p"]);
    }
    expect(rows.flat(2).filter((tag) => tag === "h3")).toHaveLength(4);
    expect(rows.map((row) => row.map((cell) => cell[0]))).toContainEqual(["h3", "h3"]);
  });
});
