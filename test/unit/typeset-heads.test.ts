// Front matter text (headlines, kickers, standfirsts, bylines, jump heads, the masthead) gets the body's curly quotes, dashes and ellipses in its own language, and a head line *italics*, **bold** and `code`; contacts stay as written.

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
    // (with break points for the line breaker, which add no character)
    expect(english.replace(/<wbr>/g, "")).toContain("mail--desk@example.org");
    expect(english).not.toContain('"enough"');
    expect(render("fr")).toContain("Les habitants disent «\u202Fassez\u202F»");
  });
});

describe("Markdown in head lines", () => {
  let template: TemplateFunction;
  beforeAll(async () => {
    template = compileLayout(await loadLayout(path.join(ROOT, "templates"), "newspaper", { file: "issue.md" }));
  });

  it("prints *italics*, **bold** and `code` in a headline, standfirst and byline, the contents line too, and nothing else as HTML", () => {
    const { issue, parsed, warnings } = assembleAndParse({
      articles: {
        "01-lead.md": articleMd([`title: "Council praises *The Gazette* <b>"`, "standfirst: It meets on **Thursday** at the `hall`.", "byline: By _Ana Ruiz_ of @river_side_news"], "One."),
      },
    });
    const [plan] = planEditions(issue, analyzeText(parsed, issue.meta.languages));
    const document = renderDocument(issue, plan as Exclude<EditionPlan, { kind: "flip" }>, template, { allowHtml: false, generator: "test" });
    expect(document.html).toContain('<h2 class="headline">Council praises <em>The Gazette</em> &lt;b&gt;</h2>');
    expect(document.html).toContain("It meets on <strong>Thursday</strong> at the <code>hall</code>.");
    expect(document.html).toContain("By <em>Ana Ruiz</em> of @river_side_news");
    // The contents line as the headline; the outline and messages get the words alone.
    expect(document.html.split("Council praises <em>The Gazette</em>").length).toBe(3);
    expect(document.articles[0]?.title).toBe("Council praises The Gazette <b>");
    expect(document.html).not.toMatch(/\*The Gazette\*|\*\*Thursday/);
    expect(warnings).toEqual([]);
  });

  it("warns that a link or a note call in a head line prints as typed, at its line", () => {
    const { warnings } = assembleAndParse({
      articles: { "01-lead.md": articleMd(["title: Lead", "kicker: '[Local](https://x.example) news'", "standfirst: Everyone may speak.[^1]"], "One.") },
    });
    expect(warnings.map((warning) => [warning.code, warning.location?.line])).toEqual([["head-link", 3], ["head-note", 4]]);
    expect(warnings[0]?.message).toBe("The kicker (kicker:) holds a link, [Local](https://x.example), which prints as typed: front matter lines do not make links.");
  });
});

describe("contact lines as rendered", () => {
  it("gives a long address in a contact line the break points body text has, and leaves a short one and its words as written", async () => {
    const template = compileLayout(await loadLayout(path.join(ROOT, "templates"), "sheet", { file: "issue.md" }));
    const { issue, parsed } = assembleAndParse({
      issue: issueMd([`contacts: ["Write to subscriptions@riverside-commons-network.example", "desk@x.org -- <b>"]`]),
      articles: { "01-lead.md": articleMd(["title: Lead"], "One.") },
    });
    const [plan] = planEditions(issue, analyzeText(parsed, issue.meta.languages));
    const html = renderDocument(issue, plan as Exclude<EditionPlan, { kind: "flip" }>, template, { allowHtml: false, generator: "test" }).html;
    expect(html).toContain("Write to subscriptions<wbr>@riverside<wbr>-commons<wbr>-network<wbr>.example</p>");
    expect(html).toContain(">desk@x.org -- &lt;b&gt;</p>");
  });
});
