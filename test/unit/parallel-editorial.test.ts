// Covers a parallel edition's editorial as rendered: the two languages in rows of aligned paragraphs, as an article's, its notes closing it.

import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeText } from "../../src/stages/analyze-text/analyze-text.js";
import { loadLayout } from "../../src/stages/load-issue/load-layout.js";
import { planEditions, type EditionPlan } from "../../src/stages/plan-editions/plan-editions.js";
import { compileLayout, type TemplateFunction } from "../../src/stages/render-html/create-handlebars.js";
import { renderDocument } from "../../src/stages/render-html/render-document.js";
import { assembleAndParse, articleMd, issueMd } from "../fixtures/make-issue.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

const EDITORIAL = "The hall opens on Saturdays from next month.[^1]\n\nVolunteers will keep the door.\n\nWrite to us with your news.\n\n[^1]: From ten until four.";
const EDITORIAL_AR = "---\ntitle: النشرة\n---\nتفتح القاعة أيام السبت من الشهر القادم.[^1]\n\nسيحرس المتطوعون الباب.\n\nاكتبوا إلينا بأخباركم.\n\n[^1]: من العاشرة حتى الرابعة.";

describe("a parallel edition's editorial", () => {
  let template: TemplateFunction;
  beforeAll(async () => {
    template = compileLayout(await loadLayout(path.join(ROOT, "templates"), "bulletin", { file: "issue.md" }));
  });

  /** The editorial's section in the parallel edition's HTML. */
  const renderEditorial = () => {
    const { issue, parsed } = assembleAndParse({
      issue: issueMd(["languages: [en, ar]", "editions: [parallel]"], EDITORIAL),
      issueTranslations: { "issue.ar.md": EDITORIAL_AR },
      articles: { "01-hall.md": articleMd(["title: The hall"], "Story."), "01-hall.ar.md": articleMd(["title: القاعة", "lang: ar"], "خبر.") },
    });
    const edition = planEditions(issue, analyzeText(parsed, issue.meta.languages)).find((plan) => plan.code === "parallel") as EditionPlan;
    if (edition.kind !== "parallel") throw new Error("the parallel edition was not planned");
    const { html } = renderDocument(issue, edition, template, { allowHtml: false, generator: "test" });
    const section = /<section class="editorial editorial-parallel">([\s\S]*?)<\/section>/.exec(html)?.[1];
    if (section === undefined) throw new Error("no parallel editorial in the HTML");
    return section;
  };

  it("sets each paragraph beside its translation, a row for each, under a row of the two titles", () => {
    const section = renderEditorial();
    const rows = section.split('<div class="parallel-row').slice(1);
    expect(rows[0]).toMatch(/^ parallel-head">/);
    expect(rows[0]).toContain("From the editors");
    const body = rows.slice(1).filter((row) => !row.startsWith(" parallel-notes"));
    expect(body).toHaveLength(3);
    const cells = body.map((row) => Array.from(row.matchAll(/<div class="parallel-cell editorial-body" lang="(\w+)" dir="(\w+)">/g), (match) => `${match[1]} ${match[2]}`));
    expect(cells).toEqual(body.map(() => ["en ltr", "ar rtl"]));
    expect(body[1]).toContain("Volunteers will keep the door.");
    expect(body[1]).toContain("سيحرس المتطوعون الباب.");
  });

  it("closes with each side's notes under its own text, none left for the page foot", () => {
    const section = renderEditorial();
    const notes = section.slice(section.indexOf('<div class="parallel-row parallel-notes">'));
    expect(notes).toContain("From ten until four.");
    expect(notes).toContain("من العاشرة حتى الرابعة.");
    // Page-foot notes called from one of two cells side by side lose text in Paged.js.
    expect(section).not.toContain('class="footnote"');
  });
});
