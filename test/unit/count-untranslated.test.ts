// The summary counts, per edition, the articles printed in another language for lack of a translation: single, flip and parallel editions.

import { describe, expect, it } from "vitest";
import { planEditions } from "../../src/stages/plan-editions/plan-editions.js";
import { countUntranslated } from "../../src/stages/summarize-edition/count-untranslated.js";
import { assembleAndParse, articleMd, issueMd } from "../fixtures/make-issue.js";

describe("countUntranslated", () => {
  it("counts the articles each edition prints untranslated", () => {
    const { issue, parsed } = assembleAndParse({
      issue: issueMd(["languages: [en, ar]", "editions: [en, ar, parallel, flip]"]),
      articles: {
        "01-both.md": articleMd(["title: Both"], "English."),
        "01-both.ar.md": articleMd(["title: كلاهما"], "عربي."),
        "02-english.md": articleMd(["title: English only"], "English."),
        "03-arabic.md": articleMd(["title: عربي فقط", "lang: ar"], "عربي."),
        "04-english.md": articleMd(["title: English too"], "English."),
      },
    });
    const counts = planEditions(issue, parsed).map((edition) => [edition.code, countUntranslated(edition)]);
    expect(counts).toEqual([
      ["en", 1],
      ["ar", 2],
      ["parallel", 3],
      ["flip", 3],
    ]);
  });
});
