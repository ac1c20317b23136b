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
const summary = (edition: EditionPlan | undefined) => (edition?.kind === "single" ? edition : undefined)?.articles.map((a) => [a.article.source.file.name, a.untranslated]);

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
    expect((ar?.kind === "single" ? ar : undefined)?.articles[0]?.article.lang).toBe("ar");
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

  it("leaves untranslated articles out of an edition when the issue says untranslated: omit", () => {
    const [en, ar] = plan(["languages: [en, ar]", "untranslated: omit"]);
    expect(summary(en)).toEqual([["01-roof.md", false], ["02-kitchen.md", false]]);
    expect(summary(ar)).toEqual([["01-roof.ar.md", false], ["03-reading.md", false]]);
  });

  it("plans a parallel edition: pairs side by side, single-language articles alone and marked", () => {
    const [edition] = plan(["languages: [en, ar]", "editions: [parallel]"]);
    if (edition?.kind !== "parallel") throw new Error("expected a parallel edition");
    expect([edition.code, edition.lang, edition.dir, edition.sides.map((side) => side.lang)]).toEqual(["parallel", "en", "ltr", ["en", "ar"]]);
    const items = edition.items.map((item) =>
      item.kind === "pair" ? item.articles.map((a) => a.source.file.name).join("+") : `${item.entry.article.source.file.name} alone on side ${item.side}`);
    expect(items).toEqual(["01-roof.md+01-roof.ar.md", "02-kitchen.md alone on side 0", "03-reading.md alone on side 1"]);
  });

  it("puts the named first language of parallel:ar+en on the starting side, right-to-left", () => {
    const [edition] = plan(["languages: [en, ar]", "editions: [\"parallel:ar+en\"]"]);
    expect(edition?.kind === "parallel" && [edition.code, edition.dir, edition.sides.map((side) => side.lang)]).toEqual(["parallel-ar-en", "rtl", ["ar", "en"]]);
  });

  it("plans a flip edition with the left-to-right half in front, whatever the order of languages", () => {
    const [edition] = plan(["languages: [en, ar]", "editions: [\"flip:ar+en\"]"]);
    if (edition?.kind !== "flip") throw new Error("expected a flip edition");
    expect(edition.halves.map((half) => [half.code, half.lang, half.dir])).toEqual([["flip-ar-en-en", "en", "ltr"], ["flip-ar-en-ar", "ar", "rtl"]]);
    expect(summary(edition.halves[1])).toEqual([["01-roof.ar.md", false], ["02-kitchen.md", true], ["03-reading.md", false]]);
  });

  it("refuses a flip edition of two left-to-right languages, located at the editions item", () => {
    const error = catchError(() => plan(["languages: [en, fr]", "editions: [flip]"]));
    expect(error.code).toBe("flip-needs-both-directions");
    expect(error.location.line).toBe(6);
  });

  it("refuses parallel in a one-language issue", () => {
    expect(catchError(() => plan(["languages: [en]", "editions: [parallel]"])).code).toBe("edition-needs-two-languages");
  });

  it("uses issue.ar.md for the Arabic masthead and editorial, and the original elsewhere", () => {
    const { issue, parsed } = assembleAndParse({
      issue: issueMd(["languages: [en, ar]"], "English editorial."),
      issueTranslations: { "issue.ar.md": articleMd(["title: المشاع", "subtitle: أخبار الضفة الشرقية"], "افتتاحية عربية.") },
      articles: ARTICLES,
    });
    const [en, ar] = planEditions(issue, parsed);
    if (en?.kind !== "single" || ar?.kind !== "single") throw new Error("expected single editions");
    expect(ar.masthead.title).toEqual({ text: "المشاع", lang: "ar", dir: "rtl" });
    expect(ar.masthead.subtitle).toEqual({ text: "أخبار الضفة الشرقية", lang: "ar", dir: "rtl" });
    expect(ar.masthead.contacts).toEqual([]);
    expect(ar.editorial?.article.lang).toBe("ar");
    expect(ar.editorial?.untranslated).toBe(false);
    expect(en.masthead.title).toEqual({ text: "The Riverside Commons", lang: "en", dir: "ltr" });
    expect(en.editorial?.article.lang).toBe("en");
    // No publisher written: each edition's is the paper's name in its language (the colophon and the PDF's author).
    expect(ar.masthead.publisher).toEqual({ text: "المشاع", lang: "ar", dir: "rtl" });
    expect(en.masthead.publisher).toEqual({ text: "The Riverside Commons", lang: "en", dir: "ltr" });
  });

  it("keeps a publisher written in issue.md for every edition, and issue.ar.md's own where it gives one", () => {
    const build = (arLines: string[]) =>
      assembleAndParse({ issue: issueMd(["languages: [en, ar]", "publisher: Riverside Tenants"]), issueTranslations: { "issue.ar.md": articleMd(arLines) }, articles: ARTICLES });
    const kept = build(["title: المشاع"]);
    expect(planEditions(kept.issue, kept.parsed).map((edition) => (edition.kind === "single" ? edition.masthead.publisher.text : null))).toEqual(["Riverside Tenants", "Riverside Tenants"]);
    const own = build(["title: المشاع", "publisher: مستأجرو ريفرسايد"]);
    const [, ar] = planEditions(own.issue, own.parsed);
    expect(ar?.kind === "single" && ar.masthead.publisher).toEqual({ text: "مستأجرو ريفرسايد", lang: "ar", dir: "rtl" });
  });

  it("picks native digits per language from digits:", () => {
    const editions = plan(["languages: [en, ar, fa]", "digits: { ar: native, fa: native }"]);
    expect(editions.map((e) => (e.kind === "single" ? e.digits : null))).toEqual(["latn", "arab", "arabext"]);
    expect(plan(["languages: [fa]", "digits: native"]).map((e) => (e.kind === "single" ? e.digits : null))).toEqual(["arabext"]);
  });

  it("refuses issue.fr.md when fr is not one of the issue's languages", () => {
    const error = catchError(() => assembleAndParse({ issue: issueMd(["languages: [en, ar]"]), issueTranslations: { "issue.fr.md": articleMd(["title: X"]) }, articles: ARTICLES }));
    expect(error.code).toBe("issue-translation-language");
  });

  it("tags masthead lines written in the other script with a language of that script", () => {
    const { issue, parsed } = assembleAndParse({
      issue: issueMd(["languages: [ur, en]", "publisher: The Riverside Commons", "contacts: [chaupal@example.org, \"خط: 12 مل لین\"]"]),
      articles: { "a.md": articleMd(["title: خبر"], "خبر۔") },
    });
    const [ur] = planEditions(issue, parsed);
    if (ur?.kind !== "single") throw new Error("expected a single edition");
    expect(ur.masthead.publisher).toEqual({ text: "The Riverside Commons", lang: "en", dir: "ltr" });
    expect(ur.masthead.contacts.map((line) => [line.lang, line.dir])).toEqual([["en", "ltr"], ["ur", "rtl"]]);
    // The title (The Riverside Commons, from issueMd) is English too.
    expect(ur.masthead.title.lang).toBe("en");
  });
});
