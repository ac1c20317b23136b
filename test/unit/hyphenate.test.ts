// Covers the hyphenate stage: soft hyphens per language in body text only, never in Arabic script, URLs, e-mail, code, headings or marked words.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/stages/analyze-text/analyze-text.js";
import { hyphenateIssue } from "../../src/stages/hyphenate/hyphenate-issue.js";
import { hyphenateWords, MIN_WORD_LENGTH, SOFT_HYPHEN } from "../../src/stages/hyphenate/hyphenate-words.js";
import { findHyphenationLanguage } from "../../src/stages/hyphenate/hyphenation-languages.js";
import { createHyphenators } from "../../src/stages/hyphenate/load-hyphenator.js";
import type { ParsedArticle } from "../../src/stages/parse-markdown/types.js";
import { renderArticleBody } from "../../src/stages/render-html/render-article-body.js";
import { assembleAndParse, articleMd, issueMd } from "../fixtures/make-issue.js";

const SHY = "\u00AD";
const show = (text: string) => text.replaceAll(SHY, "|");

/** Builds a one-article issue, runs analyse and hyphenate, and renders the article's body HTML with soft hyphens shown as "|". */
function renderHyphenated(body: string, options: { front?: string[]; issue?: string[]; languages?: string[]; allowHtml?: boolean } = {}): string {
  const languages = options.languages ?? ["en"];
  const { issue, parsed } = assembleAndParse(
    {
      issue: issueMd([`languages: [${languages.join(", ")}]`, ...(options.issue ?? [])]),
      articles: { "story.md": articleMd(["title: Story", ...(options.front ?? [])], body) },
    },
    options.allowHtml ?? false,
  );
  const hyphenated = hyphenateIssue(analyzeText(parsed, languages), issue.meta.hyphenate);
  const article = hyphenated.articles[0] as ParsedArticle;
  return show(renderArticleBody(article, { allowHtml: options.allowHtml ?? false, issueUrl: "/issue/", footnotesBefore: 0 }).html);
}

const words = (lang: string, text: string) => {
  const findBreaks = createHyphenators()(lang);
  if (!findBreaks) throw new Error(`no patterns for ${lang}`);
  return show(hyphenateWords(text, { findBreaks, never: new Set() }));
};

describe("hyphenateWords: each language's patterns and minimums", () => {
  it("breaks English words by the US patterns, keeping 2 letters before and 3 after a break", () => {
    expect(words("en", "representatives neighbourhood hyphenation")).toBe("rep|re|sen|ta|tives neigh|bour|hood hy|phen|ation");
    // "negotiated" could break before "ed" by the patterns, but 2 letters after a break are too few in English.
    expect(words("en", "beautiful negotiated")).toBe("beau|ti|ful ne|go|ti|ated");
  });

  it("breaks Spanish, French, German, Italian and Portuguese by their own patterns", () => {
    expect(words("es", "ayuntamiento bibliotecaria")).toBe("ayun|ta|mien|to bi|blio|te|ca|ria");
    expect(words("fr", "bibliothèque association")).toBe("bi|blio|thèque as|so|cia|tion");
    expect(words("de", "Nachbarschaftsversammlung")).toBe("Nach|bar|schafts|ver|samm|lung");
    expect(words("it", "biblioteca comunità")).toBe("bi|blio|te|ca co|mu|ni|tà");
    expect(words("pt", "biblioteca comunitária")).toBe("bi|bli|o|teca co|mu|ni|tá|ria");
  });

  it("never breaks a French word so that fewer than 3 letters follow the break", () => {
    const result = words("fr", "associations municipales vraiment");
    for (const word of result.split(" ")) expect(word.split("|").at(-1)?.length ?? 0).toBeGreaterThanOrEqual(3);
  });

  it("leaves short words, capitals, numbers, URLs, e-mail addresses, compounds and paths whole", () => {
    const text = "rents UNESCO 2026-11-20 COVID19 https://riverside-commons.example/library editors@riverside-commons.example riverside-commons.example well-organised /srv/newsletter";
    expect(words("en", text)).toBe(text);
  });

  it("keeps an editor's own soft hyphen as the only break in that word", () => {
    expect(words("en", `news${SHY}letters`)).toBe("news|letters");
  });

  it("breaks text as when every whitespace-separated chunk was looked at, short ones included", () => {
    // The whole definition before short chunks were skipped, against breaks found everywhere (every second letter).
    const findBreaks = (word: string) => Array.from({ length: Math.floor((word.length - 1) / 2) }, (_, index) => 2 * (index + 1));
    const keepChunk = /[\p{Nd}@/\\_\u00AD\u2010\u2011\u2012\u2013\u2014-]|:\/\/|www\.|\p{L}\.\p{L}/u;
    const everyChunk = (text: string) =>
      text.replace(/\S+/gu, (chunk) =>
        keepChunk.test(chunk)
          ? chunk
          : chunk.replace(/(?:\p{Script=Latin}\p{M}*)+/gu, (word) => {
              if (word.length < MIN_WORD_LENGTH || word === word.toUpperCase()) return word;
              let result = "";
              let from = 0;
              for (const at of findBreaks(word)) (result += word.slice(from, at) + SOFT_HYPHEN), (from = at);
              return result + word.slice(from);
            }),
      );
    // Letters in and out of the BMP (U+1DF00 is a Latin letter of two UTF-16 units), marks, digits, dots, spaces of several kinds.
    const pieces = ["a", "e", "r", "T", "é", "e\u0301", "\u{1DF00}", "ب", "中", "😀", "1", ".", "-", "@", SOFT_HYPHEN, " ", "\n", "\u00A0", "\u2003"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(hyphenateWords(text, { findBreaks, never: new Set() })).toBe(everyChunk(text));
      }),
      { numRuns: 500 },
    );
  });

  it("hyphenates no Arabic-script language, and no language without patterns", () => {
    for (const lang of ["ar", "fa", "ur", "ar-EG", "und-Latn", "zz"]) expect(findHyphenationLanguage(lang)).toBeNull();
    expect(findHyphenationLanguage("en-GB")?.patterns).toBe("en-gb");
    expect(findHyphenationLanguage("de-AT")?.patterns).toBe("de-1996");
  });
});

describe("hyphenateIssue: only body text, per the language of each block and run", () => {
  it("hyphenates paragraphs, list items and notes but not headings, pull quotes, captions, links or code", () => {
    const html = renderHyphenated(
      [
        "### Representatives negotiated",
        "",
        "The representatives negotiated.[^1]",
        "",
        "- Neighbourhood associations",
        "",
        "::: pullquote",
        "Representatives negotiated",
        ":::",
        "",
        "See [representatives online](https://example.org/representatives) and `representatives`.",
        "",
        "[^1]: Representatives negotiated.",
      ].join("\n"),
    );
    expect(html).toContain("<h3>Representatives negotiated</h3>");
    expect(html).toContain("The rep|re|sen|ta|tives ne|go|ti|ated.");
    expect(html).toContain("Neigh|bour|hood as|so|ci|a|tions");
    expect(html).toMatch(/class="footnote"[^>]*>Rep\|re\|sen\|ta\|tives ne\|go\|ti\|ated\./);
    expect(html).toContain('<aside class="pullquote" role="note">\n<p>Representatives negotiated</p>');
    expect(html).toContain(">representatives online</a>");
    expect(html).toContain("<code>representatives</code>");
  });

  it("uses each paragraph's and run's language: Spanish patterns in a {lang=es} paragraph, none in an Arabic run", () => {
    const html = renderHyphenated(["La bibliotecaria organizó la reunión. {lang=es}", "", "The librarian said مكتبةالمجتمعالكبرى yesterday afternoon."].join("\n"), {
      languages: ["en", "ar"],
    });
    expect(html).toContain("La bi|blio|te|ca|ria or|ga|ni|zó la reu|nión.");
    expect(html).toContain('<span dir="rtl" lang="ar">مكتبةالمجتمعالكبرى</span>');
    expect(html).toContain("The li|brar|ian said");
    expect(html).toContain("af|ter|noon");
  });

  it("never hyphenates a Latin name inside an Arabic paragraph, but does an English paragraph of an Arabic article", () => {
    const html = renderHyphenated(["تفتح مكتبة Riverside Neighbourhood Library أبوابها للمستأجرين", "", "The neighbourhood representatives met on Monday."].join("\n"), {
      front: ["lang: ar"],
      languages: ["en", "ar"],
    });
    expect(html).toContain("Riverside Neighbourhood Library");
    expect(html).toContain("The neigh|bour|hood rep|re|sen|ta|tives");
  });

  it("never hyphenates an Arabic article", () => {
    const html = renderHyphenated("تحدثت أمينة المكتبة عن المجتمعات المحلية والمستأجرين", { front: ["lang: ar"], languages: ["en", "ar"] });
    expect(html).not.toContain("|");
  });

  it("keeps whole the words the issue lists under hyphenate.never, whatever their case", () => {
    const html = renderHyphenated("Riverside newsletters reach representatives.", { issue: ["hyphenate: { never: [riverside, Newsletters] }"] });
    expect(html).toContain("Riverside newsletters reach rep|re|sen|ta|tives.");
  });

  it("keeps words whole in a paragraph or emphasis marked {.nohyphenate}", () => {
    const html = renderHyphenated(["Representatives agreed. {.nohyphenate}", "", "The *Representatives*{.nohyphenate} and representatives."].join("\n"));
    expect(html).toContain("<p class=\"nohyphenate\">Representatives agreed.</p>");
    expect(html).toContain("<em class=\"nohyphenate\">Representatives</em> and rep|re|sen|ta|tives.");
  });

  it("leaves an article with hyphenate: false, and a whole issue with hyphenate: false, untouched", () => {
    expect(renderHyphenated("Representatives negotiated.", { front: ["hyphenate: false"] })).toContain("Representatives negotiated.");
    expect(renderHyphenated("Representatives negotiated.", { issue: ["hyphenate: false"] })).toContain("Representatives negotiated.");
  });

  it("is idempotent: a second pass over the same tokens adds nothing", () => {
    const { issue, parsed } = assembleAndParse({ articles: { "story.md": articleMd(["title: Story"], "Representatives negotiated.") } });
    const once = hyphenateIssue(analyzeText(parsed, ["en"]), issue.meta.hyphenate);
    const twice = hyphenateIssue(once, issue.meta.hyphenate);
    const html = show(renderArticleBody(twice.articles[0] as ParsedArticle, { allowHtml: false, issueUrl: "/issue/", footnotesBefore: 0 }).html);
    expect(html).toContain("Rep|re|sen|ta|tives ne|go|ti|ated.");
  });
});
