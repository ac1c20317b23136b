// Covers renderArticleBody: footnotes placed at their call with running numbers, image URLs, pull quotes.

import { describe, expect, it } from "vitest";
import type { ParsedArticle } from "../../src/stages/parse-markdown/types.js";
import { renderArticleBody } from "../../src/stages/render-html/render-article-body.js";
import { assembleAndParse, articleMd } from "../fixtures/make-issue.js";

function parse(body: string): ParsedArticle {
  const { parsed } = assembleAndParse({
    articles: { "story.md": articleMd(["title: Story"], body) },
    otherFiles: ["images/x.svg", "images/my photo.svg", "images/café.svg"],
  });
  return parsed.articles[0] as ParsedArticle;
}

const render = (article: ParsedArticle, footnotesBefore = 0) =>
  renderArticleBody(article, { allowHtml: false, issueUrl: "/issue/", footnotesBefore });

describe("renderArticleBody: footnotes", () => {
  const body = "Alpha[^a] beta[^b].\n\n[^a]: Note *A*.\n[^b]: Note B.";

  it("writes each note as <span class=\"footnote\"> at its reference, numbered on from footnotesBefore", () => {
    const { html, footnoteCount } = render(parse(body), 4);
    expect(html).toBe(
      '<p>Alpha<span class="footnote" id="a-story-fn-5" data-footnote-number="5">Note <em>A</em>.</span>' +
        ' beta<span class="footnote" id="a-story-fn-6" data-footnote-number="6">Note B.</span>.</p>\n',
    );
    expect(footnoteCount).toBe(2);
  });

  it("starts at 1 when footnotesBefore is 0", () => {
    const { html } = render(parse(body), 0);
    expect(html).toContain('data-footnote-number="1"');
    expect(html).toContain('data-footnote-number="2"');
    expect(html).not.toContain('data-footnote-number="3"');
  });

  it("renders a second reference to the same note as footnote-repeat without repeating the text", () => {
    const { html, footnoteCount } = render(parse("One[^n] and again[^n].\n\n[^n]: Only once."), 10);
    expect(html).toBe(
      '<p>One<span class="footnote" id="a-story-fn-11" data-footnote-number="11">Only once.</span>' +
        ' and again<sup class="footnote-repeat">11</sup>.</p>\n',
    );
    expect(html.split("Only once.")).toHaveLength(2);
    expect(footnoteCount).toBe(1);
  });

  it("renders an inline footnote ^[...] at its reference", () => {
    const { html } = render(parse("Text^[An *inline* note]."));
    expect(html).toBe('<p>Text<span class="footnote" id="a-story-fn-1" data-footnote-number="1">An <em>inline</em> note</span>.</p>\n');
  });

  it("joins a note's paragraphs into one inline element", () => {
    const { html } = render(parse("Text[^m].\n\n[^m]: First para.\n\n    Second para."));
    expect(html).toContain('data-footnote-number="1">First para. Second para.</span>');
  });

  it("prints no trailing footnote list", () => {
    const { html } = render(parse(body));
    expect(html).not.toContain("footnotes");
    expect(html).not.toContain("<hr");
    expect(html).not.toContain("<ol");
  });

  it("numbers notes in order of first reference, not of definition", () => {
    const { html } = render(parse("X[^late] Y[^early].\n\n[^early]: E.\n[^late]: L."));
    expect(html).toContain('data-footnote-number="1">L.</span>');
    expect(html).toContain('data-footnote-number="2">E.</span>');
  });

  it("reports zero footnotes for an article without notes", () => {
    expect(render(parse("Plain."), 7)).toEqual({ html: "<p>Plain.</p>\n", footnoteCount: 0 });
  });
});

describe("renderArticleBody: images", () => {
  it("rewrites the image src under the issue URL", () => {
    const { html } = render(parse("![Alt](images/x.svg)"));
    expect(html).toBe('<figure class="figure"><img src="/issue/images/x.svg" alt="Alt"></figure>\n');
  });

  it("does not double the prefix when the same tokens are rendered twice (two editions)", () => {
    const article = parse("![Alt](./images/x.svg \"Cap\")");
    const first = render(article).html;
    const second = render(article).html;
    expect(second).toBe(first);
    expect(second).toContain('src="/issue/images/x.svg"');
    expect(second).not.toContain("/issue//issue/");
    expect(article.tokens[1]?.children?.[0]?.attrGet("src")).toBe("./images/x.svg");
  });

  it("percent-encodes each path segment of the URL", () => {
    expect(render(parse("![a](<images/my photo.svg>)")).html).toContain('src="/issue/images/my%20photo.svg"');
    expect(render(parse("![a](images/café.svg)")).html).toContain('src="/issue/images/caf%C3%A9.svg"');
  });

  it("takes alt from the image's text, without Markdown", () => {
    expect(render(parse("![A *bold* <claim>](images/x.svg)")).html).toContain('alt="A bold &lt;claim&gt;"');
  });

  it("uses the given issueUrl", () => {
    const article = parse("![a](images/x.svg)");
    expect(renderArticleBody(article, { allowHtml: false, issueUrl: "http://127.0.0.1:9/issue/", footnotesBefore: 0 }).html)
      .toContain('src="http://127.0.0.1:9/issue/images/x.svg"');
  });
});

describe("renderArticleBody: pull quotes", () => {
  it("renders ::: pullquote as <aside class=\"pullquote\">", () => {
    const { html } = render(parse("::: pullquote\n“Words.”\n:::"));
    expect(html).toBe('<aside class="pullquote" role="note">\n<p>“Words.”</p>\n</aside>\n');
  });
});
