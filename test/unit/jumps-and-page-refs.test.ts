// Covers article jumps (<!-- jump -->), page references ([#](#name)) and the contents box, from Markdown to the rendered HTML.

import path from "node:path";
import type { Token } from "markdown-it";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeText } from "../../src/stages/analyze-text/analyze-text.js";
import { loadLayout } from "../../src/stages/load-issue/load-layout.js";
import { describeMissingTargets } from "../../src/stages/paginate/describe-missing-targets.js";
import { JUMP_TOKEN } from "../../src/stages/parse-markdown/jump-rule.js";
import { PAGE_REF_TOKEN } from "../../src/stages/parse-markdown/page-ref-rule.js";
import type { ParsedArticle } from "../../src/stages/parse-markdown/types.js";
import { planEditions, type EditionPlan } from "../../src/stages/plan-editions/plan-editions.js";
import { compileLayout, type TemplateFunction } from "../../src/stages/render-html/create-handlebars.js";
import { getLabels, splitPageLabel } from "../../src/stages/render-html/labels.js";
import { renderArticleBody } from "../../src/stages/render-html/render-article-body.js";
import { renderDocument } from "../../src/stages/render-html/render-document.js";
import { assembleAndParse, articleMd, catchError, issueMd } from "../fixtures/make-issue.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Parses one article "01-a.md" (front matter is 3 lines, so body line n is file line n + 3). */
function parseBody(body: string, allowHtml = false) {
  const { parsed, warnings } = assembleAndParse({ issue: issueMd(), articles: { "01-a.md": articleMd(["title: A"], body) } }, allowHtml);
  return { article: parsed.articles[0] as ParsedArticle, warnings };
}

const types = (tokens: Token[]) => tokens.map((token) => token.type);
const inlineTypes = (article: ParsedArticle) => article.tokens.flatMap((token) => (token.children ?? []).map((child) => child.type));
const render = (article: ParsedArticle) => renderArticleBody(article, { allowHtml: false, issueUrl: "/issue/", footnotesBefore: 0 }).html;

describe("the jump marker", () => {
  it("turns a paragraph holding only <!-- jump --> into one marker token that prints nothing", () => {
    const { article } = parseBody("First part.\n\n<!-- jump -->\n\nSecond part.");
    expect(types(article.tokens)).toEqual(["paragraph_open", "inline", "paragraph_close", JUMP_TOKEN, "paragraph_open", "inline", "paragraph_close"]);
    const html = render(article);
    expect(html).not.toContain("jump");
    expect(html).not.toContain("&lt;!--");
  });

  it("accepts WordPress's <!--more--> in any case and spacing, and the marker as an HTML block with --allow-html", () => {
    for (const marker of ["<!--more-->", "<!-- MORE -->", "<!--  jump-->"]) {
      expect(types(parseBody(`A.\n\n${marker}\n\nB.`).article.tokens)).toContain(JUMP_TOKEN);
    }
    expect(types(parseBody("A.\n\n<!-- jump -->\n\nB.", true).article.tokens)).toContain(JUMP_TOKEN);
  });

  it("takes a marker that shares its paragraph with text for a comment (printed as nothing), and says so at its place", () => {
    for (const body of ["A.\n\nSee <!-- jump --> here.\n\nB.", "A.\n\nSee here.\n<!-- jump -->\n\nB."]) {
      const { article, warnings } = parseBody(body);
      expect(types(article.tokens)).not.toContain(JUMP_TOKEN);
      expect(render(article)).not.toContain("jump");
      expect(warnings.map((warning) => [warning.code, warning.location?.line])).toEqual([["jump-in-paragraph", body.startsWith("A.\n\nSee <") ? 6 : 7]]);
    }
  });

  it("refuses a second marker, naming its line and column", () => {
    const error = catchError(() => parseBody("A.\n\n<!-- jump -->\n\nB.\n\n  <!--more-->\n\nC."));
    expect(error.code).toBe("jump-twice");
    expect(error.location).toEqual({ file: "issues/2026-11/01-a.md", line: 10, column: 3 });
    expect(error.hint).toMatch(/delete the other/);
  });

  it("refuses a marker inside a quote, where the article cannot break", () => {
    const error = catchError(() => parseBody("A.\n\n> <!-- jump -->\n\nB."));
    expect(error.code).toBe("jump-nested");
    expect(error.location.line).toBe(6);
  });

  it("warns about and drops a marker with nothing after it", () => {
    const { article, warnings } = parseBody("A.\n\n<!-- jump -->\n");
    expect(types(article.tokens)).not.toContain(JUMP_TOKEN);
    expect(warnings.map((warning) => warning.code)).toEqual(["jump-empty"]);
    expect(warnings[0]?.location?.line).toBe(6);
  });

  it("warns at the marker when a subheading comes right before it, ending the first part with nothing under it", () => {
    const { article, warnings } = parseBody("A.\n\n### Next steps\n\n<!-- jump -->\n\nB.");
    expect(types(article.tokens)).toContain(JUMP_TOKEN);
    expect(warnings.map((warning) => warning.code)).toEqual(["heading-before-jump"]);
    expect(warnings[0]?.message).toContain('The subheading "Next steps" comes right before the jump marker');
    expect(warnings[0]?.location).toEqual({ file: "issues/2026-11/01-a.md", line: 8, column: 1 });
    // A paragraph between them: nothing to say.
    expect(parseBody("A.\n\n### Next steps\n\nB.\n\n<!-- jump -->\n\nC.").warnings).toEqual([]);
  });

  it("ignores a marker in the editorial, with a warning", () => {
    const { parsed, warnings } = assembleAndParse({ issue: issueMd([], "Editorial.\n\n<!-- jump -->\n\nMore."), articles: { "01-a.md": articleMd(["title: A"], "A.") } });
    expect(types(parsed.editorial?.tokens ?? [])).not.toContain(JUMP_TOKEN);
    expect(warnings.map((warning) => warning.code)).toEqual(["jump-in-editorial"]);
  });
});

describe("page references", () => {
  it("makes [#](#name) and [](#name) page references and keeps links with words as links", () => {
    const { article } = parseBody("See page [#](#a) or [](#a); see [the story](#a).");
    expect(inlineTypes(article)).toEqual(["text", PAGE_REF_TOKEN, "text", PAGE_REF_TOKEN, "text", "link_open", "text", "link_close", "text"]);
    const html = render(article);
    expect(html).toContain('<a class="page-ref" href="#a">00</a>');
    expect(html).toContain('<a href="#a">the story</a>');
  });

  it("accepts an article's file name with or without its number, and ids given with {#name}", () => {
    const body = "Pages [#](#b) [#](#02-b) [#](#mural) [#](#pic).\n\n### Mural {#mural}\n\n![A](images/x.svg){#pic}";
    const { parsed } = assembleAndParse({
      issue: issueMd(),
      articles: { "01-a.md": articleMd(["title: A"], body), "02-b.md": articleMd(["title: B"], "B.") },
      otherFiles: ["images/x.svg"],
    });
    expect(inlineTypes(parsed.articles[0] as ParsedArticle).filter((type) => type === PAGE_REF_TOKEN)).toHaveLength(4);
  });

  it("refuses a name nothing in the issue has, naming the line and column of the name", () => {
    const error = catchError(() => parseBody("One line.\nSee page [#](#nowhere)."));
    expect(error.code).toBe("page-ref-unknown");
    expect(error.message).toContain('"#nowhere"');
    expect(error.location).toEqual({ file: "issues/2026-11/01-a.md", line: 5, column: 14 });
    expect(error.hint).toMatch(/file name without the number/);
  });

  it("turns references the browser could not place into one warning per name", () => {
    const warnings = describeMissingTargets([
      { target: "x", page: null },
      { target: "x", page: null },
      { target: "y", page: 3 },
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.code).toBe("page-ref-missing");
    expect(warnings[0]?.message).toContain('"#x"');
  });
});

describe("labels for jumps and contents", () => {
  it("has 'Continued on/from page' with a {page} slot and 'In this issue' in every language it knows", () => {
    for (const lang of ["en", "es", "fr", "de", "it", "pt", "ar", "fa", "ur"]) {
      const labels = getLabels(lang);
      expect(labels.continuedOn).toContain("{page}");
      expect(labels.continuedFrom).toContain("{page}");
      expect(labels.contents.length).toBeGreaterThan(3);
    }
    expect(getLabels("ar").continuedOn).not.toBe(getLabels("en").continuedOn);
  });

  it("splits a label around its page slot, word order included", () => {
    expect(splitPageLabel("Continued on page {page}")).toEqual({ before: "Continued on page ", after: "" });
    expect(splitPageLabel("بقیہ صفحہ {page} پر")).toEqual({ before: "بقیہ صفحہ ", after: " پر" });
  });
});

describe("rendering a jumped article, page references and the contents box", () => {
  let template: TemplateFunction;
  beforeAll(async () => {
    template = compileLayout(await loadLayout(path.join(ROOT, "templates"), "newspaper", { file: "issue.md" }));
  });

  const issueSpec = (extra: string[] = []) => ({
    issue: issueMd(["languages: [en, ar]", "editions: [en, ar, parallel]", "digits: native", ...extra]),
    articles: {
      "01-lead.md": articleMd(["title: Lead"], "Lead one.[^1]\n\n<!-- jump -->\n\nLead two, see [#](#mural).[^2]\n\n[^1]: Note one.\n[^2]: Note two."),
      "01-lead.ar.md": articleMd(["title: رئيسي", "lang: ar", "jumphead: بقية الخبر"], "الأول.\n\n<!-- jump -->\n\nالثاني [#](#mural)."),
      "02-mural.md": articleMd(["title: Mural"], "Mural text."),
      "02-mural.ar.md": articleMd(["title: جدارية", "lang: ar"], "نص."),
    },
  });
  const renderEdition = (code: string, extra: string[] = []) => {
    const { issue, parsed } = assembleAndParse(issueSpec(extra));
    const edition = planEditions(issue, analyzeText(parsed, issue.meta.languages)).find((plan) => plan.code === code) as EditionPlan;
    if (edition.kind === "flip") throw new Error("not a flip test");
    return renderDocument(issue, edition, template, { allowHtml: false, generator: "test" });
  };

  it("prints the first part in place, ending with 'Continued on page', and the rest after the last article", () => {
    const { html } = renderEdition("en");
    const first = html.indexOf("Lead one.");
    const jumpTo = html.indexOf('id="a-01-lead-jump-to"');
    const mural = html.indexOf("Mural text.");
    const rest = html.indexOf("Lead two");
    const colophon = html.indexOf('class="colophon"');
    expect([first, jumpTo, mural, rest, colophon].every((at) => at > 0)).toBe(true);
    expect(first).toBeLessThan(jumpTo);
    expect(jumpTo).toBeLessThan(mural);
    expect(mural).toBeLessThan(rest);
    expect(rest).toBeLessThan(colophon);
    expect(html).toMatch(/Continued on page <a class="page-ref" href="#a-01-lead-jump">00<\/a>/);
    expect(html).toMatch(/Continued from page <a class="page-ref" href="#a-01-lead-jump-to">00<\/a>/);
    expect(html).toMatch(/<h2 class="jump-headline">Lead<\/h2>/);
    // Notes keep numbering in print order: note 2 is in the continuation, after the mural article.
    expect(html.indexOf('data-footnote-number="2"')).toBeGreaterThan(mural);
  });

  it("points the Arabic edition's references at its own copies, in its words and digits", () => {
    const { html } = renderEdition("ar");
    expect(html).toMatch(/يتبع في الصفحة <a class="page-ref" href="#a-01-lead-ar-jump">٠٠<\/a>/);
    expect(html).toContain('<a class="page-ref" href="#a-02-mural-ar">٠٠</a>');
    expect(html).toContain("تابع من الصفحة");
    // The article's jumphead, not its headline, heads the continuation.
    expect(html).toMatch(/<h2 class="jump-headline">بقية الخبر<\/h2>/);
  });

  it("prints every article whole in a parallel edition, the jump ignored", () => {
    const { html } = renderEdition("parallel");
    expect(html).not.toContain("story-jump");
    expect(html).not.toContain("jump-to");
    expect(html.indexOf("Lead one.")).toBeLessThan(html.indexOf("Lead two"));
    expect(html.indexOf("Lead two")).toBeLessThan(html.indexOf("Mural text."));
  });

  it("refuses a layout that leaves out the rest of jumped articles", () => {
    const { issue, parsed } = assembleAndParse(issueSpec());
    const edition = planEditions(issue, analyzeText(parsed, issue.meta.languages))[0] as EditionPlan;
    if (edition.kind === "flip") throw new Error("not a flip test");
    const oldLayout: TemplateFunction = (data) => `<main>${JSON.stringify((data as { articles: unknown[] }).articles.length)}</main>`;
    const error = catchError(() => renderDocument(issue, edition, oldLayout, { allowHtml: false, generator: "test" }));
    expect(error.code).toBe("layout-drops-jumps");
    expect(error.hint).toContain("{{#each continuations}}");
  });

  it("prints the last article whole: there is nothing after it to jump over", () => {
    const { issue, parsed } = assembleAndParse({
      issue: issueMd(),
      articles: { "01-a.md": articleMd(["title: A"], "A."), "02-b.md": articleMd(["title: B"], "B one.\n\n<!-- jump -->\n\nB two.") },
    });
    const edition = planEditions(issue, analyzeText(parsed, issue.meta.languages))[0] as EditionPlan;
    if (edition.kind === "flip") throw new Error("not a flip test");
    const { html } = renderDocument(issue, edition, template, { allowHtml: false, generator: "test" });
    expect(html).not.toContain("Continued on page");
    expect(html).toMatch(/B one\.<\/p>\s*<p>B two\.<\/p>/);
  });

  it("lists the articles in the contents box in the outline's order, and leaves it out with contents: false", () => {
    const document = renderEdition("en");
    const targets = [...document.html.matchAll(/<a class="page-ref contents-page" href="#([^"]+)">/g)].map((match) => match[1]);
    expect(targets).toEqual(document.articles.map((article) => article.id));
    expect(document.html.indexOf('class="contents"')).toBeLessThan(document.html.indexOf("Lead one."));
    expect(renderEdition("en", ["contents: false"]).html).not.toContain('class="contents"');
  });
});
