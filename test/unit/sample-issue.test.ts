// Covers the pure stages end to end on the real sample issue in issues/2026-11 (read from disk, no browser).

import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuildWarning } from "../../src/diagnostics/warnings.js";
import { analyzeText } from "../../src/stages/analyze-text/analyze-text.js";
import { assembleIssue } from "../../src/stages/load-issue/assemble-issue.js";
import { readIssueFolder } from "../../src/stages/load-issue/read-issue-folder.js";
import type { IssueSource } from "../../src/stages/load-issue/types.js";
import { parseMarkdown } from "../../src/stages/parse-markdown/parse-markdown.js";
import type { ParsedIssue } from "../../src/stages/parse-markdown/types.js";
import { planEditions, type EditionPlan } from "../../src/stages/plan-editions/plan-editions.js";
import { renderArticleBody } from "../../src/stages/render-html/render-article-body.js";

const SAMPLE = fileURLToPath(new URL("../../issues/2026-11", import.meta.url));

let issue: IssueSource;
let parsed: ParsedIssue;
let editions: EditionPlan[];
const warnings: BuildWarning[] = [];

beforeAll(async () => {
  const folder = await readIssueFolder(SAMPLE, "issues/2026-11");
  issue = assembleIssue(folder, "issues/2026-11", (w) => warnings.push(w));
  parsed = analyzeText(parseMarkdown(issue, { allowHtml: false }, (w) => warnings.push(w)), issue.meta.languages);
  editions = planEditions(issue, parsed);
});

describe("sample issue 2026-11", () => {
  it("loads without warnings", () => {
    expect(warnings).toEqual([]);
  });

  it("reads the issue's settings", () => {
    expect(issue.meta).toMatchObject({ title: "The Riverside Commons", number: 14, date: "2026-11-20", languages: ["en", "ar"], paper: "A4" });
    expect(issue.name).toBe("2026-11");
    expect(path.resolve(issue.dir)).toBe(path.resolve(SAMPLE));
  });

  it("lists the images among the issue's files", () => {
    expect([...issue.files].filter((name) => name.startsWith("images/")).sort()).toEqual([
      "images/alder-court-scaffolding.svg",
      "images/lantern-walk-map.svg",
      "images/long-table-kitchen.svg",
      "images/underpass-mural.svg",
    ]);
  });

  it("orders the articles with the Arabic translation after its original", () => {
    expect(issue.articles.map((a) => [a.file.name, a.meta.lang])).toEqual([
      ["01-alder-court-roof.md", "en"],
      ["01-alder-court-roof.ar.md", "ar"],
      ["02-long-table-kitchen.md", "en"],
      ["03-arabic-reading-hour.md", "ar"],
      ["04-underpass-mural.md", "en"],
      ["05-winter-diary.md", "en"],
    ]);
  });

  it("plans its editions: English, Arabic, parallel and flip", () => {
    expect(editions.map((e) => [e.code, e.kind, e.lang, e.dir])).toEqual([
      ["en", "single", "en", "ltr"],
      ["ar", "single", "ar", "rtl"],
      ["parallel", "parallel", "en", "ltr"],
      ["flip", "flip", "en", "ltr"],
    ]);
  });

  it("plans an English and an Arabic edition with the right versions", () => {
    const singles = editions.flatMap((e) => (e.kind === "single" ? [e] : []));
    const summary = singles.map((e) => [e.code, e.articles.map((a) => `${a.article.id}${a.untranslated ? " (untranslated)" : ""}`)]);
    expect(summary).toEqual([
      ["en", ["a-01-alder-court-roof", "a-02-long-table-kitchen", "a-03-arabic-reading-hour (untranslated)", "a-04-underpass-mural", "a-05-winter-diary"]],
      ["ar", ["a-01-alder-court-roof-ar", "a-02-long-table-kitchen (untranslated)", "a-03-arabic-reading-hour", "a-04-underpass-mural (untranslated)", "a-05-winter-diary (untranslated)"]],
    ]);
  });

  it("adds no dir to any block of the sample (every block starts in its article's direction)", () => {
    const marked = parsed.articles.flatMap((a) => a.tokens.filter((t) => t.attrGet("dir")).map((t) => `${a.id}:${t.map?.[0]}`));
    expect(marked).toEqual([]);
  });

  it("renders the lead story's figure and its two footnotes", () => {
    const lead = parsed.articles[0];
    if (!lead) throw new Error("no lead article");
    const { html, footnoteCount } = renderArticleBody(lead, { allowHtml: false, issueUrl: "/issue/", footnotesBefore: 0 });
    expect(footnoteCount).toBe(2);
    expect(html).toContain('<img src="/issue/images/alder-court-scaffolding.svg"');
    expect(html).toContain("<figcaption>The first scaffolding goes up on the north wall of Alder Court");
    expect(html).toContain('<aside class="pullquote" role="note">');
  });
});
