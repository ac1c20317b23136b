// Property tests (fast-check) for the Markdown and bidi stages: on any text they give a located error or HTML that keeps every letter, and bidi isolation adds markup only.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PressroomError } from "../../src/diagnostics/errors.js";
import { analyzeText } from "../../src/stages/analyze-text/analyze-text.js";
import { createDirectionDetector } from "../../src/stages/analyze-text/detect-direction.js";
import type { ParsedArticle, ParsedIssue } from "../../src/stages/parse-markdown/types.js";
import { renderArticleBody } from "../../src/stages/render-html/render-article-body.js";
import { articleMd, assembleAndParse, issueMd } from "../fixtures/make-issue.js";

const LATIN = "abcdefghijklmnopqrstuvwxyzéçñ";
const ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
/** Markdown's own characters and the ones HTML must escape, so the generated texts hit real syntax. */
const SYNTAX = ["*", "_", "#", "-", ">", "[", "]", "`", "~", "|", "<", "&", "\"", "'", ":", ".", "1.", "\\", "!", "{", "}", "^"];

const word = (letters: string) => fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 8 }).map((chars) => chars.join(""));
const piece = fc.oneof({ weight: 4, arbitrary: word(LATIN) }, { weight: 3, arbitrary: word(ARABIC) }, { weight: 2, arbitrary: fc.constantFrom(...SYNTAX) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 99999 }).map(String) });
const separator = fc.constantFrom(" ", " ", " ", "\n", "\n\n", "");
/**
 * `{.name}` or `{ #name }` closing a block is a setting (a class, an id): its letters go into the markup by design
 * (parse-markdown.test.ts covers settings). The pieces can spell one, about once in several thousand runs of this file:
 * such a body is left out rather than counted as text lost.
 */
const SETTING = /\{\s*[.#][^\s{}]/u;
/** A body of words in two scripts, numbers and Markdown syntax, in any order. */
const body = fc
  .array(fc.tuple(piece, separator), { minLength: 1, maxLength: 60 })
  .map((parts) => parts.map(([text, sep]) => text + sep).join(""))
  .filter((text) => !SETTING.test(text));

function parse(text: string, languages = "[en, ar]"): { parsed: ParsedIssue; article: ParsedArticle } {
  const { parsed } = assembleAndParse({ issue: issueMd([`languages: ${languages}`]), articles: { "a.md": articleMd(["title: A"], text) } });
  return { parsed, article: parsed.articles[0] as ParsedArticle };
}

const render = (article: ParsedArticle) => renderArticleBody(article, { allowHtml: false, issueUrl: "/issue/", footnotesBefore: 0 }).html;

/** The letters of a text in order (the words a reader reads), from Markdown source or rendered HTML. */
function readLetters(text: string, isHtml: boolean): string {
  const plain = isHtml ? text.replace(/<[^>]*>/g, " ").replace(/&[a-z]+;|&#\d+;/g, " ") : text;
  return [...plain].filter((char) => LATIN.includes(char) || ARABIC.includes(char)).join("");
}

describe("Markdown on any text", () => {
  it("parses and renders, or stops with a located PressroomError, and never loses or adds a letter", () => {
    fc.assert(
      fc.property(body, (text) => {
        let article: ParsedArticle;
        try {
          article = parse(text).article;
        } catch (error) {
          expect(error).toBeInstanceOf(PressroomError);
          expect((error as PressroomError).location?.file).toMatch(/a\.md$/);
          return;
        }
        // Letters inside a link's URL or a footnote label are not text; the generator makes neither (no parentheses).
        expect(readLetters(render(article), true)).toBe(readLetters(text.replace(/\[\^[^\]\s]*\]:?/g, ""), false));
      }),
      { numRuns: 300 },
    );
  });
});

describe("bidi on any mixed text", () => {
  it("marks runs and directions with markup only: the rendered letters are those of the unanalysed text", () => {
    fc.assert(
      fc.property(body, (text) => {
        let parsed: ParsedIssue;
        try {
          parsed = parse(text).parsed;
        } catch {
          return; // the Markdown property covers errors
        }
        const plain = render(parsed.articles[0] as ParsedArticle);
        const analyzed = analyzeText(parsed, ["en", "ar"]);
        const isolated = render(analyzed.articles[0] as ParsedArticle);
        expect(readLetters(isolated, true)).toBe(readLetters(plain, true));
      }),
      { numRuns: 200 },
    );
  });

  it("finds the direction of a paragraph from its words: all Arabic is right to left, all Latin left to right", () => {
    const detector = createDirectionDetector();
    fc.assert(
      fc.property(fc.array(word(ARABIC), { minLength: 1, maxLength: 20 }), fc.array(word(LATIN), { minLength: 1, maxLength: 20 }), (arabic, latin) => {
        expect(detector.detectDirection(arabic.join(" "))).toBe("rtl");
        expect(detector.detectDirection(latin.join(" "))).toBe("ltr");
      }),
      { numRuns: 200 },
    );
  });
});
