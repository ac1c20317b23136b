// Covers planEditions: one edition per language by default, translation picking, untranslated articles, unknown editions.

import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/diagnostics/errors.js";
import { planEditions, type EditionPlan } from "../../src/stages/plan-editions/plan-editions.js";
import { assembleAndParse, articleMd, catchError, DISPLAY_DIR, issueMd } from "../fixtures/make-issue.js";

const ARTICLES = {
  "01-roof.md": articleMd(["title: Roof"], "English roof."),
  "01-roof.ar.md": articleMd(["title: السقف"], "سقف."),
  "02-kitchen.md": articleMd(["title: Kitchen"], "English only."),
  "03-reading.md": articleMd(["title: القراءة", "lang: ar"], "عربي فقط."),
};

function plan(extra: string[], articles: Record<string, string> = ARTICLES): EditionPlan[] {
  const { issue, parsed } = assembleAndParse({ issue: issueMd(extra), articles });
  return planEditions(issue, parsed);
}

/** [file name, untranslated] per article of an edition. */
const summary = (edition: EditionPlan | undefined) => edition?.articles.map((a) => [a.article.source.file.name, a.untranslated]);

describe("planEditions", () => {
  it("makes one edition per language by default, in the languages' order", () => {
    const editions = plan(["languages: [en, ar]"]);
    expect(editions.map((e) => [e.code, e.lang, e.dir])).toEqual([["en", "en", "ltr"], ["ar", "ar", "rtl"]]);
  });

  it("puts originals in the English edition and marks the Arabic-only article untranslated", () => {
    const [en] = plan(["languages: [en, ar]"]);
    expect(summary(en)).toEqual([["01-roof.md", false], ["02-kitchen.md", false], ["03-reading.md", true]]);
  });

  it("picks the translation for its language and marks the English-only article untranslated", () => {
    const [, ar] = plan(["languages: [en, ar]"]);
    expect(summary(ar)).toEqual([["01-roof.ar.md", false], ["02-kitchen.md", true], ["03-reading.md", false]]);
    expect(ar?.articles[0]?.article.lang).toBe("ar");
  });

  it("makes only the editions listed under editions:", () => {
    const editions = plan(["languages: [en, ar]", "editions: [ar]"]);
    expect(editions.map((e) => e.code)).toEqual(["ar"]);
  });

  it("matches edition codes without regard to case and uses the language's spelling", () => {
    const editions = plan(["languages: [en, ar]", "editions: [AR]"]);
    expect(editions[0]?.code).toBe("ar");
  });

  it("matches an article in the same primary language (en-GB edition, en article)", () => {
    const [edition] = plan(["languages: [en-GB]"], { "a.md": articleMd(["title: A", "lang: en"], "x") });
    expect(edition?.dir).toBe("ltr");
    expect(summary(edition)).toEqual([["a.md", false]]);
  });

  it("throws edition-unknown for a code that is not a language, located at the editions item", () => {
    // issue.md: 1 ---, 2 title, 3 number, 4 date, 5 languages, 6 editions: [en, fr]
    const error = catchError(() => plan(["languages: [en, ar]", "editions: [en, fr]"]));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.code).toBe("edition-unknown");
    expect(error.message).toContain('"fr"');
    expect(error.location).toEqual({ file: `${DISPLAY_DIR}/issue.md`, line: 6, column: 16 });
  });

  it("keeps an orphan foo.ar.md as its own article in every edition", () => {
    const editions = plan(["languages: [en, ar]"], { "foo.ar.md": articleMd(["title: فو", "lang: ar"], "س") });
    expect(summary(editions[0])).toEqual([["foo.ar.md", true]]);
    expect(summary(editions[1])).toEqual([["foo.ar.md", false]]);
  });
});
