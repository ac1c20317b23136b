// Covers analyzeText: dir (and lang) on blocks written against their article's direction, and the editor's {dir} winning.

import type { Token } from "markdown-it";
import { describe, expect, it } from "vitest";
import { analyzeText, pickLanguagePerDirection } from "../../src/stages/analyze-text/analyze-text.js";
import type { ParsedArticle } from "../../src/stages/parse-markdown/types.js";
import { renderArticleBody } from "../../src/stages/render-html/render-article-body.js";
import { assembleAndParse, articleMd, issueMd } from "../fixtures/make-issue.js";

function analyze(body: string, options: { languages?: string; front?: string[]; editorial?: string } = {}) {
  const languages = options.languages ?? "[en, ar]";
  const { issue, parsed } = assembleAndParse({
    issue: issueMd([`languages: ${languages}`], options.editorial ?? ""),
    articles: { "a.md": articleMd(options.front ?? ["title: A"], body) },
  });
  const analyzed = analyzeText(parsed, issue.meta.languages);
  return { article: analyzed.articles[0] as ParsedArticle, analyzed };
}

/** [dir, lang] of each block that opens with inline text, in order. */
const blockAttrs = (tokens: Token[]) =>
  tokens
    .filter((t, i) => t.nesting === 1 && t.block && tokens[i + 1]?.type === "inline")
    .map((t) => [t.attrGet("dir"), t.attrGet("lang")]);

describe("analyzeText", () => {
  it("marks an Arabic paragraph in an English article dir=rtl lang=ar (one RTL language in the issue)", () => {
    const { article } = analyze("English first.\n\nتفتح المكتبة أبوابها يوم السبت.");
    expect(blockAttrs(article.tokens)).toEqual([[null, null], ["rtl", "ar"]]);
    expect(renderArticleBody(article, { allowHtml: false, issueUrl: "/issue/", footnotesBefore: 0 }).html)
      .toContain('<p dir="rtl" lang="ar">تفتح المكتبة أبوابها يوم السبت.</p>');
  });

  it("sets dir but no lang when the issue has two RTL languages", () => {
    const { article } = analyze("نص عربي", { languages: "[en, ar, fa]" });
    expect(blockAttrs(article.tokens)).toEqual([["rtl", null]]);
  });

  it("sets dir but no lang when the issue has no RTL language", () => {
    const { article } = analyze("نص عربي", { languages: "[en]" });
    expect(blockAttrs(article.tokens)).toEqual([["rtl", null]]);
  });

  // A name opening a paragraph does not make it an English paragraph: the block keeps the article's
  // direction unless most of its strong words are of the other direction too.
  it("keeps a paragraph starting with a Latin name in an Arabic article rtl and isolates the name", () => {
    const { article } = analyze("Riverside Library تفتح أبوابها يوم السبت.\n\nتفتح المكتبة.", { front: ["title: A", "lang: ar"] });
    expect(article.dir).toBe("rtl");
    expect(blockAttrs(article.tokens)).toEqual([[null, null], [null, null]]);
    expect(renderArticleBody(article, { allowHtml: false, issueUrl: "/issue/", footnotesBefore: 0 }).html).toContain(
      '<p><span dir="ltr" lang="en">Riverside Library</span> تفتح أبوابها يوم السبت.</p>',
    );
  });

  it("keeps the article's direction on a tie of strong words", () => {
    const { article } = analyze("Riverside Library تفتح أبوابها.", { front: ["title: A", "lang: ar"] });
    expect(blockAttrs(article.tokens)).toEqual([[null, null]]);
  });

  it("turns a paragraph that starts with and is mostly in the other direction", () => {
    const { article } = analyze("Riverside Library opens on Saturday, says مكتبة.", { front: ["title: A", "lang: ar"] });
    expect(blockAttrs(article.tokens)).toEqual([["ltr", "en"]]);
  });

  it("mirrors the rule in an English article: an Arabic opening word alone does not turn the paragraph", () => {
    const { article } = analyze("شكرا means thank you in Arabic.\n\nشكرا جزيلا يا Sam.");
    expect(blockAttrs(article.tokens)).toEqual([[null, null], ["rtl", "ar"]]);
  });

  it("counts words, not letters, and does not split a word at its vowel signs", () => {
    const { article } = analyze("Commonwealth وقّعت الاتفاقية.", { front: ["title: A", "lang: ar"] });
    expect(blockAttrs(article.tokens)).toEqual([[null, null]]);
  });

  it("judges a paragraph against an enclosing block the editor marked, not against the article", () => {
    const { article } = analyze("> نص عربي طويل هنا\n{dir=rtl}\n\nEnglish.");
    const html = renderArticleBody(article, { allowHtml: false, issueUrl: "/issue/", footnotesBefore: 0 }).html;
    expect(html).toContain("<p>نص عربي طويل هنا</p>");
  });

  it("leaves a paragraph of digits only without dir", () => {
    const { article } = analyze("2026 — 112, 48", { front: ["title: A", "lang: ar"] });
    expect(blockAttrs(article.tokens)).toEqual([[null, null]]);
  });

  it("skips an RLI...PDI isolate at the start of a paragraph", () => {
    const { article } = analyze("\u2067نهر\u2069 means river.\n\n\u2066Riverside\u2069 مكتبة");
    expect(blockAttrs(article.tokens)).toEqual([[null, null], ["rtl", "ar"]]);
  });

  it("looks past opening parentheses and guillemets", () => {
    const { article } = analyze("(«نهر») كلمة تعني river.");
    expect(blockAttrs(article.tokens)).toEqual([["rtl", "ar"]]);
  });

  it("leaves a mostly English paragraph that opens with a bracketed Arabic word in the article's direction", () => {
    const { article } = analyze("(«نهر») is the word.");
    expect(blockAttrs(article.tokens)).toEqual([[null, null]]);
  });

  it("treats a paragraph starting with a URL as ltr", () => {
    const { article } = analyze("https://riverside-library.example/arabic للحجز", { front: ["title: A", "lang: ar"] });
    expect(blockAttrs(article.tokens)).toEqual([["ltr", "en"]]);
  });

  it("keeps the editor's {dir=rtl} on an English paragraph and adds no lang", () => {
    const { article } = analyze("Plain English text {dir=rtl}");
    expect(blockAttrs(article.tokens)).toEqual([["rtl", null]]);
  });

  it("keeps the editor's {dir=ltr} on an Arabic paragraph in an English article", () => {
    const { article } = analyze("نص عربي {dir=ltr}");
    expect(blockAttrs(article.tokens)).toEqual([["ltr", null]]);
  });

  it("adds dir but keeps the editor's {lang=fa}", () => {
    const { article } = analyze("متن فارسی {lang=fa}");
    expect(blockAttrs(article.tokens)).toEqual([["rtl", "fa"]]);
  });

  it("annotates headings, table cells, blockquotes and loose list items", () => {
    const { article } = analyze("### عنوان\n\n| a | ب |\n|---|---|\n| 1 | 2 |\n\n> نص مقتبس\n\n1. نص\n\n2. more");
    const html = renderArticleBody(article, { allowHtml: false, issueUrl: "/issue/", footnotesBefore: 0 }).html;
    expect(html).toContain('<h3 dir="rtl" lang="ar">عنوان</h3>');
    expect(html).toContain('<th dir="rtl" lang="ar">ب</th>');
    expect(html).toContain("<th>a</th>");
    expect(html).toContain('<blockquote>\n<p dir="rtl" lang="ar">نص مقتبس</p>');
    expect(html).toContain('<li>\n<p dir="rtl" lang="ar">نص</p>\n</li>');
    expect(html).toContain("<li>\n<p>more</p>\n</li>");
  });

  // A tight list item's paragraph_open is hidden and never printed, so dir/lang must go on the <li>.
  it("marks an Arabic item of a tight list in an English article", () => {
    const { article } = analyze("- نص عربي\n- English item");
    const html = renderArticleBody(article, { allowHtml: false, issueUrl: "/issue/", footnotesBefore: 0 }).html;
    expect(html).toMatch(/<li[^>]*dir="rtl"[^>]*>نص عربي<\/li>/);
  });

  it("annotates the editorial too", () => {
    const { analyzed } = analyze("x", { editorial: "نص عربي في الافتتاحية" });
    expect(blockAttrs(analyzed.editorial?.tokens ?? [])).toEqual([["rtl", "ar"]]);
  });

  it("leaves blocks that match the article's direction untouched", () => {
    const { article } = analyze("One.\n\nTwo.\n\n# Three");
    expect(blockAttrs(article.tokens)).toEqual([[null, null], [null, null], [null, null]]);
  });
});

describe("pickLanguagePerDirection", () => {
  it.each([
    [["en", "ar"], { ltr: "en", rtl: "ar" }],
    [["en", "fr", "ar"], { rtl: "ar" }],
    [["ar", "fa"], {}],
    [["en"], { ltr: "en" }],
    [["ar-EG", "en-GB"], { ltr: "en-GB", rtl: "ar-EG" }],
  ])("%j -> %j", (languages, expected) => {
    expect(pickLanguagePerDirection(languages)).toEqual(expected);
  });
});
