// Covers inline bidi isolation through the real pipeline (parse, analyzeText, renderArticleBody) on test/fixtures/bidi-inline-cases.json.

import { readFileSync } from "node:fs";
import type { Token } from "markdown-it";
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/stages/analyze-text/analyze-text.js";
import { createDirectionDetector } from "../../src/stages/analyze-text/detect-direction.js";
import { findRuns } from "../../src/stages/analyze-text/find-runs.js";
import { flattenInline, type Piece } from "../../src/stages/analyze-text/flatten-inline.js";
import type { ParsedArticle } from "../../src/stages/parse-markdown/types.js";
import { renderArticleBody } from "../../src/stages/render-html/render-article-body.js";
import { assembleAndParse, articleMd, issueMd } from "../fixtures/make-issue.js";

interface InlineCase {
  name: string;
  /** The article's language. */
  lang: string;
  /** The issue's languages; [en, ar] when left out. */
  languages?: string[];
  markdown: string;
  /** The article body's HTML after isolation, trimmed. */
  html: string;
}

const cases = JSON.parse(readFileSync(new URL("../fixtures/bidi-inline-cases.json", import.meta.url), "utf8")) as InlineCase[];

interface BuildOptions {
  languages?: string[];
  allowHtml?: boolean;
  files?: string[];
}

function parse(markdown: string, lang: string, options: BuildOptions = {}) {
  const { issue, parsed } = assembleAndParse(
    {
      issue: issueMd([`languages: [${(options.languages ?? ["en", "ar"]).join(", ")}]`]),
      articles: { "a.md": articleMd(["title: A", `lang: ${lang}`], markdown) },
      otherFiles: options.files,
    },
    options.allowHtml ?? false,
  );
  return { issue, parsed };
}

const render = (article: ParsedArticle, allowHtml = false) =>
  renderArticleBody(article, { allowHtml, issueUrl: "/issue/", footnotesBefore: 0 }).html.trim();

/** Renders the Markdown with and without analysis. */
function build(markdown: string, lang: string, options: BuildOptions = {}) {
  const plain = render(parse(markdown, lang, options).parsed.articles[0] as ParsedArticle, options.allowHtml);
  const { issue, parsed } = parse(markdown, lang, options);
  const analyzed = analyzeText(parsed, issue.meta.languages).articles[0] as ParsedArticle;
  return { plain, isolated: render(analyzed, options.allowHtml), article: analyzed };
}

const stripTags = (html: string) => html.replace(/<[^>]*>/g, "");

describe("isolateRuns: fixture cases", () => {
  it("has fixture cases to run", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const { isolated } = build(c.markdown, c.lang, { languages: c.languages });
    expect(isolated).toBe(c.html);
  });

  // Isolation only adds tags: it must never add, drop or reorder a character of the text.
  it.each(cases.map((c) => [c.name, c] as const))("keeps the text of: %s", (_name, c) => {
    const { plain, isolated } = build(c.markdown, c.lang, { languages: c.languages });
    expect(stripTags(isolated)).toBe(stripTags(plain));
  });
});

describe("isolateRuns: through the pipeline", () => {
  it("isolates a figure caption (stored by figure-rule as its own inline)", () => {
    const { isolated } = build('![صورة](images/x.svg "مكتبة Riverside Commons الجديدة")', "ar", { files: ["images/x.svg"] });
    expect(isolated).toContain('<figcaption>مكتبة <span dir="ltr" lang="en">Riverside Commons</span> الجديدة</figcaption>');
    expect(isolated).toContain('alt="صورة"');
  });

  it("leaves image alt text alone (it is an attribute, not text)", () => {
    const { isolated } = build("نص ![Riverside photo](images/x.svg) هنا", "ar", { files: ["images/x.svg"] });
    expect(isolated).toContain('alt="Riverside photo"');
    expect(isolated).not.toContain("<span");
  });

  it("isolates a block footnote's body", () => {
    const { isolated } = build("نص[^n] آخر.\n\n[^n]: انظر Riverside Commons Annual Report.", "ar");
    expect(isolated).toContain('انظر <span dir="ltr" lang="en">Riverside Commons Annual Report</span>.</span>');
  });

  it("widens over raw HTML tags that pair up (html: true)", () => {
    const { plain, isolated } = build("زار <b>Riverside</b> Commons أمس.", "ar", { allowHtml: true });
    expect(isolated).toBe('<p>زار <span dir="ltr" lang="en"><b>Riverside</b> Commons</span> أمس.</p>');
    expect(stripTags(isolated)).toBe(stripTags(plain));
  });

  it("never lets a span straddle an unmatched raw HTML tag", () => {
    const { isolated } = build("زار <b>Riverside Commons أمس.", "ar", { allowHtml: true });
    expect(isolated).toBe('<p>زار <b><span dir="ltr" lang="en">Riverside Commons</span> أمس.</p>');
  });

  it("treats raw HTML with dir as the editor's isolate", () => {
    const { isolated } = build('زار <span dir="ltr">Riverside</span> Commons أمس.', "ar", { allowHtml: true });
    expect(isolated).toBe('<p>زار <span dir="ltr">Riverside</span> <span dir="ltr" lang="en">Commons</span> أمس.</p>');
  });

  it("judges runs against the block's resolved direction: an English paragraph in an Arabic article", () => {
    const { isolated } = build("The library, known as مكتبة النهر, opens in 2026-11-20 on Mill Lane.", "ar");
    expect(isolated).toBe('<p dir="ltr" lang="en">The library, known as <span dir="rtl" lang="ar">مكتبة النهر</span>, opens in 2026-11-20 on Mill Lane.</p>');
  });

  it("judges runs against the editor's {dir} on the block", () => {
    const { isolated } = build("Riverside Commons مكتبة {dir=rtl}", "en");
    expect(isolated).toBe('<p dir="rtl"><span dir="ltr" lang="en">Riverside Commons</span> مكتبة</p>');
  });

  it("isolates inside a loose list item and a blockquote", () => {
    const { isolated } = build("1. مكتبة Riverside\n\n2. نص\n\n> قالت Mary Okafor ذلك.", "ar");
    expect(isolated).toContain('<p>مكتبة <span dir="ltr" lang="en">Riverside</span></p>');
    expect(isolated).toContain('<p>قالت <span dir="ltr" lang="en">Mary Okafor</span> ذلك.</p>');
  });

  it("isolates the editorial too", () => {
    const { issue, parsed } = assembleAndParse({ issue: issueMd(["languages: [ar, en]"], "افتتاحية عن Riverside Commons."), articles: { "a.md": articleMd(["title: A"], "نص") } });
    const editorial = analyzeText(parsed, issue.meta.languages).editorial as ParsedArticle;
    expect(render(editorial)).toBe('<p>افتتاحية عن <span dir="ltr" lang="en">Riverside Commons</span>.</p>');
  });

  it("changes nothing when run twice over the same tokens", () => {
    const { issue, parsed } = parse("زار **Riverside** Commons و 2026-11-20.", "ar");
    const once = render(analyzeText(parsed, issue.meta.languages).articles[0] as ParsedArticle);
    const twice = render(analyzeText(parsed, issue.meta.languages).articles[0] as ParsedArticle);
    expect(twice).toBe(once);
  });

  it("keeps the original text tokens when nothing is split, and copies the rest", () => {
    const { article } = build("زار Riverside أمس.", "ar");
    const children = (article.tokens.find((t) => t.type === "inline") as Token).children ?? [];
    expect(children.map((t) => [t.type, t.content])).toEqual([
      ["text", "زار "],
      ["html_inline", '<span dir="ltr" lang="en">'],
      ["text", "Riverside"],
      ["html_inline", "</span>"],
      ["text", " أمس."],
    ]);
  });

  it("handles a long mixed paragraph quickly", () => {
    const sentence = "افتتحت Riverside Commons فرعاً في 2026-11-20 (اتصلوا على +44 20 7946 0123). ";
    const started = performance.now();
    const { plain, isolated } = build(sentence.repeat(400), "ar");
    expect(performance.now() - started).toBeLessThan(3000);
    expect(isolated.match(/<span dir="ltr" lang="en">/g)?.length).toBe(400);
    expect(stripTags(isolated)).toBe(stripTags(plain));
  });
});

describe("flattenInline", () => {
  it("reads the text at once and cuts it into pieces when they are read: every UTF-16 index in its piece, code points whole", () => {
    const markdown = "Riverside **مكتبة** opens `npm test` at 9 😀 é\nand the café[^1] <b>bold</b>.\n\n[^1]: A note.";
    const article = parse(markdown, "en").parsed.articles[0] as ParsedArticle;
    const inline = article.tokens.find((token) => token.type === "inline" && token.content.startsWith("Riverside")) as Token;
    const flat = flattenInline(inline.children ?? []);
    expect(flat.text).toBe("Riverside مكتبة opens npm test at 9 😀 é and the café\uFFFC <b>bold</b>.");
    const pieces = flat.pieces;
    expect(flat.pieces).toBe(pieces);
    const readPiece = (piece: Piece) => (piece.kind === "char" ? piece.token.content.slice(piece.from, piece.to) : piece.kind === "unit" ? piece.text : "");
    expect(pieces.map(readPiece).join("")).toBe(flat.text);
    expect(flat.pieceAt).toHaveLength(flat.text.length);
    let at = 0;
    pieces.forEach((piece, index) => {
      for (let k = 0; k < readPiece(piece).length; k++) expect(flat.pieceAt[at++]).toBe(index);
    });
    // The emoji is one piece of two UTF-16 units.
    const emoji = flat.text.indexOf("😀");
    expect(flat.pieceAt[emoji]).toBe(flat.pieceAt[emoji + 1]);
    expect(pieces.filter((piece) => piece.kind === "open" || piece.kind === "close")).toHaveLength(2);
  });
});

describe("findRuns", () => {
  const detector = createDirectionDetector();
  const runs = (text: string, base: "ltr" | "rtl") =>
    findRuns(text, base, detector.getCharType).map((run) => [text.slice(run.start, run.end), run.kind]);

  it("keeps a combining accent with its letter at the run's end", () => {
    expect(runs("قال Rene\u0301 هنا", "rtl")).toEqual([["Rene\u0301", "text"]]);
  });

  it("keeps an astral letter whole", () => {
    expect(runs("نص \u{1D400}BC نص", "rtl")).toEqual([["\u{1D400}BC", "text"]]);
  });

  it("ignores everything after an unclosed isolate", () => {
    expect(runs("نص \u2066Riverside 2019-2026 نص", "rtl")).toEqual([]);
  });

  it("stops at an editor's LRM or RLM", () => {
    expect(runs("نص Riverside\u200F Commons نص", "rtl")).toEqual([
      ["Riverside", "text"],
      ["Commons", "text"],
    ]);
  });

  it("finds nothing to isolate in plain base-direction text", () => {
    expect(runs("The library opens on 2026-11-20.", "ltr")).toEqual([]);
    expect(runs("تفتح المكتبة في ٢٠٢٦/١١/٢٠.", "rtl")).toEqual([]);
  });

  it("does not join a number to a run across other punctuation", () => {
    expect(runs("نص Riverside: 2026 نص", "rtl")).toEqual([["Riverside", "text"]]);
    expect(runs("نص 2026, Riverside نص", "rtl")).toEqual([["Riverside", "text"]]);
  });

  it("joins the whole number group before a run", () => {
    expect(runs("خطة 2019–2026 Strategy الجديدة", "rtl")).toEqual([["2019–2026 Strategy", "text"]]);
  });
});
