// Covers renderArticleBody: footnotes placed at their call with running numbers and their own language, image URLs, pull quotes.

import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/stages/analyze-text/analyze-text.js";
import type { ParsedArticle } from "../../src/stages/parse-markdown/types.js";
import { renderArticleBody } from "../../src/stages/render-html/render-article-body.js";
import { assembleAndParse, articleMd, issueMd } from "../fixtures/make-issue.js";

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
      '<p>Alpha<span class="footnote" id="a-story-fn-5" data-ref="a-story-fn-5" data-footnote-number="5" lang="en" dir="ltr">Note <em>A</em>.</span>' +
        ' beta<span class="footnote" id="a-story-fn-6" data-ref="a-story-fn-6" data-footnote-number="6" lang="en" dir="ltr">Note B.</span>.</p>\n',
    );
    expect(footnoteCount).toBe(2);
  });

  it("prints a note called in a picture's caption, numbered in reading order, and sets the caption's quotes and dashes as the body's", () => {
    const { html, footnoteCount } = render(parse('Alpha[^a].\n\n![Map](images/x.svg "The \\"old\\" route -- see the note[^c]...")\n\nOmega.\n\n[^a]: Note A.\n[^c]: Note C.'));
    expect(footnoteCount).toBe(2);
    expect(html).toContain('<figcaption>The “old” route – see the note<span class="footnote" id="a-story-fn-2" data-ref="a-story-fn-2" data-footnote-number="2" lang="en" dir="ltr">Note C.</span>…</figcaption>');
  });

  it("prints a note called in a page picture's caption under the caption, marked *, outside the numbered notes", () => {
    const { html, footnoteCount } = render(parse('Alpha[^a].\n\n![Map](images/x.svg "The route[^c] and the ford[^d]"){.page-bottom}\n\nOmega[^e].\n\n[^a]: Note A.\n[^c]: Note C.\n[^d]: Note D.\n[^e]: Note E.'));
    expect(html).toContain(
      '<figcaption>The route<sup class="figure-note-call">*</sup> and the ford<sup class="figure-note-call">†</sup>' +
        '<span class="figure-notes"><span class="figure-note" lang="en" dir="ltr"><sup>*</sup>Note C.</span><span class="figure-note" lang="en" dir="ltr"><sup>†</sup>Note D.</span></span></figcaption>',
    );
    // The text's notes are numbered 1 and 2, as their page-foot numbers count them.
    expect(html).toContain('data-footnote-number="2" lang="en" dir="ltr">Note E.</span>');
    expect(footnoteCount).toBe(2);
    // A picture in the text (not a page picture) keeps its caption's note at the page foot.
    expect(render(parse('![Map](images/x.svg "The route[^c]"){.span-2}\n\n[^c]: Note C.')).html).toContain('<span class="footnote" id="a-story-fn-1"');
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
      '<p>One<span class="footnote" id="a-story-fn-11" data-ref="a-story-fn-11" data-footnote-number="11" lang="en" dir="ltr">Only once.</span>' +
        ' and again<sup class="footnote-repeat">11</sup>.</p>\n',
    );
    expect(html.split("Only once.")).toHaveLength(2);
    expect(footnoteCount).toBe(1);
  });

  it("renders an inline footnote ^[...] at its reference", () => {
    const { html } = render(parse("Text^[An *inline* note]."));
    expect(html).toBe('<p>Text<span class="footnote" id="a-story-fn-1" data-ref="a-story-fn-1" data-footnote-number="1" lang="en" dir="ltr">An <em>inline</em> note</span>.</p>\n');
  });

  it("joins a note's paragraphs into one inline element", () => {
    const { html } = render(parse("Text[^m].\n\n[^m]: First para.\n\n    Second para."));
    expect(html).toContain('data-footnote-number="1" lang="en" dir="ltr">First para. Second para.</span>');
  });

  it("prints no trailing footnote list", () => {
    const { html } = render(parse(body));
    expect(html).not.toContain("footnotes");
    expect(html).not.toContain("<hr");
    expect(html).not.toContain("<ol");
  });

  it("numbers notes in order of first reference, not of definition", () => {
    const { html } = render(parse("X[^late] Y[^early].\n\n[^early]: E.\n[^late]: L."));
    expect(html).toContain('data-footnote-number="1" lang="en" dir="ltr">L.</span>');
    expect(html).toContain('data-footnote-number="2" lang="en" dir="ltr">E.</span>');
  });

  it("reports zero footnotes for an article without notes", () => {
    expect(render(parse("Plain."), 7)).toEqual({ html: "<p>Plain.</p>\n", footnoteCount: 0, endnotes: [] });
  });
});

describe("renderArticleBody: a footnote's language and direction", () => {
  /** One article in `lang`, through the analyze stage as in a build of an issue in `languages`. */
  function analyzed(lang: string, body: string, languages = "[ar, en]"): ParsedArticle {
    const { issue, parsed } = assembleAndParse({
      issue: issueMd([`languages: ${languages}`]),
      articles: { "story.md": articleMd(["title: Story", `lang: ${lang}`], body) },
    });
    return analyzeText(parsed, issue.meta.languages).articles[0] as ParsedArticle;
  }
  const note = (html: string) => /<span class="footnote"[^>]*>/.exec(html)?.[0];

  it("gives an Arabic article's note the article's lang and dir: Paged.js moves it out of the article", () => {
    const { html } = render(analyzed("ar", "نص[^1] آخر.\n\n[^1]: ملاحظة عن المكتبة."));
    expect(note(html)).toBe('<span class="footnote" id="a-story-fn-1" data-ref="a-story-fn-1" data-footnote-number="1" lang="ar" dir="rtl">');
  });

  it("gives an English note in an Arabic article the lang and dir the analyze stage found for it", () => {
    const { html } = render(analyzed("ar", "نص[^1] آخر.\n\n[^1]: See the council minutes of 12 March."));
    expect(note(html)).toContain('lang="en" dir="ltr"');
  });

  it("does the same for an inline note", () => {
    const { html } = render(analyzed("ar", "نص^[See the council minutes of 12 March.] آخر."));
    expect(note(html)).toContain('lang="en" dir="ltr"');
  });

  it("names only the script of a note turned against its article when the issue has no language for it", () => {
    const { html } = render(analyzed("ar", "نص[^1] آخر.\n\n[^1]: See the council minutes of 12 March.", "[ar]"));
    expect(note(html)).toContain('lang="und-Latn" dir="ltr"');
  });

  it("gives an Arabic note in an English article rtl and the issue's right-to-left language", () => {
    const { html } = render(analyzed("en", "Text[^1] more.\n\n[^1]: ملاحظة عن المكتبة.", "[en, ur]"));
    expect(note(html)).toContain('lang="ur" dir="rtl"');
  });

  it("keeps an editor's {lang} on the note", () => {
    const { html } = render(analyzed("en", "Text[^1] more.\n\n[^1]: Une note en français. {lang=fr}", "[en]"));
    expect(note(html)).toContain('lang="fr" dir="ltr"');
  });
});

describe("renderArticleBody: images", () => {
  it("rewrites the image src under the issue URL", () => {
    const { html } = render(parse("![Alt](images/x.svg)"));
    expect(html).toBe('<figure class="figure"><img src="/issue/images/x.svg" alt="Alt"></figure>\n');
  });

  it("writes the picture's proportions on its figure when its size is known, for the figure to narrow with a held picture", () => {
    const article = parse('![Alt](./images/x.svg "Cap")\n\n![Other](images/café.svg)');
    const pictureSizes = new Map([["images/x.svg", { pixels: { width: 600, height: 900 } }]]);
    const { html } = renderArticleBody(article, { allowHtml: false, issueUrl: "/issue/", footnotesBefore: 0, pictureSizes });
    expect(html).toContain('<figure class="figure" style="--picture-ratio: 0.6667"><img src="/issue/images/x.svg" alt="Alt"><figcaption>Cap</figcaption></figure>');
    // A picture not in the catalog gets no proportions (and base.css no narrower box).
    expect(html).toContain('<figure class="figure"><img src="/issue/images/caf%C3%A9.svg" alt="Other"></figure>');
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

  it("returns the notes apart, numbered in the given digits, when notes are endnotes", () => {
    const article = parse("First.[^a] Second.[^b]\n\n[^a]: Note A.\n[^b]: Note B.");
    const body = renderArticleBody(article, { allowHtml: false, issueUrl: "/issue/", footnotesBefore: 2, notes: "end", formatNumber: (n) => `#${n}` });
    expect(body.html).toContain('<sup class="note-call" id="a-story-ref-3">#3</sup>');
    expect(body.html).not.toContain('class="footnote"');
    expect(body.endnotes.map((note) => [note.number, note.html])).toEqual([["#3", "Note A."], ["#4", "Note B."]]);
    expect(body.footnoteCount).toBe(2);
  });
});

describe("renderArticleBody: numbered lists in the edition's digits", () => {
  const list = (lang: string, digits?: "native" | Record<string, "native" | "latin">) => {
    const { parsed } = assembleAndParse({ articles: { "a.md": articleMd(["title: A", `lang: ${lang}`], "1. one\n2. two") } });
    return renderArticleBody(parsed.articles[0] as ParsedArticle, { allowHtml: false, issueUrl: "/issue/", footnotesBefore: 0, digits }).html;
  };

  it("counts in Arabic-Indic or Persian digits where the language's digits are native, as page and note numbers do", () => {
    expect(list("ar", "native")).toContain('<ol style="list-style-type: arabic-indic">');
    expect(list("fa", "native")).toContain('<ol style="list-style-type: persian">');
    expect(list("ar", { fa: "native", ar: "latin" })).toContain("<ol>\n");
  });

  it("leaves a list in Latin digits otherwise: English, or digits not set", () => {
    expect(list("en", "native")).toContain("<ol>\n");
    expect(list("ar")).toContain("<ol>\n");
  });
});
