// Each edition's PDF title and subject are its masthead's: issue.<lang>.md's words in that language's edition, typeset, the number in its digits.

import { describe, expect, it } from "vitest";
import { describeMetadata } from "../../src/pipeline/describe-metadata.js";
import { planEditions } from "../../src/stages/plan-editions/plan-editions.js";
import { assembleAndParse, articleMd, issueMd } from "../fixtures/make-issue.js";

describe("describeMetadata", () => {
  const { issue, parsed } = assembleAndParse({
    issue: issueMd(["languages: [en, ar]", "editions: [en, ar, parallel, flip]", `subtitle: 'News from the "east" bank'`, "digits: { ar: native }"]),
    issueTranslations: { "issue.ar.md": "---\ntitle: مشاع ريفرسايد\nsubtitle: أخبار الضفة الشرقية\n---\n" },
    articles: { "01-a.md": articleMd(["title: A"], "Text."), "01-a.ar.md": articleMd(["title: أ"], "نص.") },
  });
  const editions = planEditions(issue, parsed);
  const metadataOf = (code: string, lang: string) => describeMetadata(issue, editions.find((edition) => edition.code === code)!, lang, "pressroom test");

  it("titles the Arabic edition in Arabic, with Arabic-Indic digits, and the English one typeset", () => {
    expect(metadataOf("ar", "ar")).toMatchObject({ title: "مشاع ريفرسايد — ١٤", subject: "أخبار الضفة الشرقية", lang: "ar", direction: "rtl" });
    expect(metadataOf("en", "en")).toMatchObject({ title: "The Riverside Commons — 14", subject: "News from the “east” bank", lang: "en", direction: "ltr" });
  });

  it("takes a parallel edition's or a flip half's from the language of its document", () => {
    expect(metadataOf("parallel", "en").title).toBe("The Riverside Commons — 14");
    expect(metadataOf("flip", "ar").title).toBe("مشاع ريفرسايد — ١٤");
  });
});
