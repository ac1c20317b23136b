// Front matter text (headlines, kickers, standfirsts, bylines, jump heads, the masthead) gets the body's curly quotes, dashes and ellipses in its own language; contacts and Markdown-looking characters stay as written.

import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeText } from "../../src/stages/analyze-text/analyze-text.js";
import { loadLayout } from "../../src/stages/load-issue/load-layout.js";
import { createTypesetter } from "../../src/stages/parse-markdown/typeset-plain-text.js";
import { planEditions, type EditionPlan } from "../../src/stages/plan-editions/plan-editions.js";
import { compileLayout, type TemplateFunction } from "../../src/stages/render-html/create-handlebars.js";
import { renderDocument } from "../../src/stages/render-html/render-document.js";
import { assembleAndParse, articleMd, issueMd } from "../fixtures/make-issue.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("createTypesetter", () => {
  const typeset = createTypesetter();

  it("sets quotes by language, -- as an en dash and ... as an ellipsis", () => {
    expect(typeset(`Residents say "enough" -- and mean it...`, "en")).toBe("Residents say “enough” – and mean it…");
    expect(typeset(`Les habitants disent "assez" -- et c'est tout`, "fr")).toBe("Les habitants disent «\u202Fassez\u202F» – et c’est tout");
    expect(typeset(`By Ann O'Neil`, "en")).toBe("By Ann O’Neil");
  });

  it("reads no Markdown: asterisks, underscores, brackets and tags stay as written", () => {
    expect(typeset("Top *5* shops_now [x] & <b>", "en")).toBe("Top *5* shops_now [x] & <b>");
  });
});

describe("heads and masthead as rendered", () => {
  let template: TemplateFunction;
  beforeAll(async () => {
    template = compileLayout(await loadLayout(path.join(ROOT, "templates"), "newspaper", { file: "issue.md" }));
  });

  it("typesets the headline, kicker, standfirst, byline, jump head, contents line and masthead, not the contacts", () => {
    const { issue, parsed } = assembleAndParse({
      issue: issueMd(["languages: [en, fr]", `subtitle: "News -- from the 'east' bank"`, `contacts: ["mail--desk@example.org"]`]),
      articles: {
        "01-lead.md": articleMd([`title: 'Residents say "enough"'`, `kicker: "Housing 'news'"`, `standfirst: "The plan -- explained..."`, `byline: "By Ann O'Neil"`, `jumphead: "The \\"roof\\" again"`], "One.\n\n<!-- jump -->\n\nTwo."),
        "02-next.md": articleMd(["title: Next"], "Three."),
        "01-lead.fr.md": articleMd([`title: 'Les habitants disent "assez"'`, "lang: fr"], "Un."),
      },
    });
    const plans = planEditions(issue, analyzeText(parsed, issue.meta.languages));
    const render = (code: string) => renderDocument(issue, plans.find((plan) => plan.code === code) as Exclude<EditionPlan, { kind: "flip" }>, template, { allowHtml: false, generator: "test" }).html;
    const english = render("en");
    for (const set of ["Residents say “enough”", "Housing ‘news’", "The plan – explained…", "By Ann O’Neil", "The “roof” again", "News – from the ‘east’ bank"]) expect(english).toContain(set);
    // The contents box lists the headline as printed; the contact is an address, printed as written.
    expect(english.split("Residents say “enough”").length).toBeGreaterThan(2);
    expect(english).toContain("mail--desk@example.org");
    expect(english).not.toContain('"enough"');
    expect(render("fr")).toContain("Les habitants disent «\u202Fassez\u202F»");
  });
});
