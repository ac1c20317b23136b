// A layout that leaves out an article's or the editorial's text stops the build, naming it (check-printed-text.ts); layouts copied before the parallel editorial had rows still print it.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyzeText } from "../../src/stages/analyze-text/analyze-text.js";
import { loadLayout } from "../../src/stages/load-issue/load-layout.js";
import { planEditions, type EditionPlan } from "../../src/stages/plan-editions/plan-editions.js";
import { compileLayout } from "../../src/stages/render-html/create-handlebars.js";
import { renderDocument } from "../../src/stages/render-html/render-document.js";
import { articleMd, assembleAndParse, catchError, issueMd } from "../fixtures/make-issue.js";

const BUNDLED = path.resolve(import.meta.dirname, "../../templates");
const WHERE = { file: "issues/x/issue.md" };
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The bulletin layout copied into a project's templates/ as "riverside", with `files` (relative to it) written over. */
function copyBulletin(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "pressroom-printed-"));
  made.push(root);
  cpSync(path.join(BUNDLED, "bulletin"), path.join(root, "riverside"), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(root, "riverside", file), text);
  return root;
}

/** English and Arabic articles with notes, and an editorial in both, laid out by `layout` from `roots`. */
async function renderWith(roots: string[], layout: string, code: string) {
  const { issue, parsed } = assembleAndParse({
    issue: issueMd(["languages: [en, ar]", "editions: [en, ar, parallel]", `layout: ${layout}`], "The hall opens on Saturdays.\n\nWrite to us."),
    issueTranslations: { "issue.ar.md": "---\ntitle: النشرة\n---\nتفتح القاعة أيام السبت.\n\nاكتبوا إلينا." },
    articles: {
      "01-lead.md": articleMd(["title: The lead story"], "Lead one.[^1]\n\n<!-- jump -->\n\nLead two.\n\n[^1]: The lead's note."),
      "01-lead.ar.md": articleMd(["title: الخبر الرئيسي", "lang: ar"], "الأول.[^1]\n\n[^1]: حاشية الخبر."),
      "02-mural.md": articleMd(["title: The mural"], "Mural text."),
    },
  });
  const template = compileLayout(await loadLayout(roots, layout, WHERE));
  const edition = planEditions(issue, analyzeText(parsed, issue.meta.languages)).find((plan) => plan.code === code) as EditionPlan;
  if (edition.kind === "flip") throw new Error("not a flip test");
  return () => renderDocument(issue, edition, template, { allowHtml: false, generator: "test" });
}

describe("a layout that leaves out text", () => {
  const article = readFileSync(path.join(BUNDLED, "_shared", "partials", "article.hbs"), "utf8");
  const layout = readFileSync(path.join(BUNDLED, "bulletin", "layout.hbs"), "utf8");

  it("stops the build when an article's text is printed with two braces, as code", async () => {
    expect(article).toContain("{{{html}}}");
    const root = copyBulletin({ "partials/article.hbs": article.replaceAll("{{{html}}}", "{{html}}") });
    const error = catchError(await renderWith([root, BUNDLED], "riverside", "en"));
    expect(error.code).toBe("layout-drops-text");
    expect(error.message).toBe('The layout "riverside" does not print the text of "The lead story" (issues/2026-11/01-lead.md), so it would be missing from the PDF.');
    expect(error.hint).toContain("{{{html}}}");
    expect(error.location.file).toBe("templates/riverside/layout.hbs");
  });

  it("stops the build when layout.hbs has no place for the editorial", async () => {
    const line = layout.split("\n").find((text) => text.includes("{{> editorial"));
    expect(line).toBeDefined();
    const root = copyBulletin({ "layout.hbs": layout.replace(`${line}\n`, "") });
    for (const code of ["en", "parallel"]) {
      const error = catchError(await renderWith([root, BUNDLED], "riverside", code));
      expect(error.code).toBe("layout-drops-text");
      expect(error.message).toBe('The layout "riverside" does not print the editorial written in issues/2026-11/issue.md, so it would be missing from the PDF.');
    }
  });

  it("prints a parallel editorial through a partial copied before it had rows, which printed each side whole", async () => {
    const before = [
      "{{#if parallel}}",
      '<section class="editorial editorial-parallel">',
      '  {{#each sides}}<div class="editorial-side" lang="{{lang}}" dir="{{dir}}"><h2 class="editorial-title">{{label}}</h2><div class="editorial-body">{{{html}}}</div></div>{{/each}}',
      "</section>",
      "{{else}}",
      '<section class="editorial"><h2 class="editorial-title">{{label}}</h2><div class="editorial-body">{{{html}}}</div></section>',
      "{{/if}}",
    ].join("\n");
    const root = copyBulletin({ "partials/editorial.hbs": before });
    const { html } = (await renderWith([root, BUNDLED], "riverside", "parallel"))();
    for (const words of ["The hall opens on Saturdays.", "Write to us.", "تفتح القاعة أيام السبت.", "اكتبوا إلينا."]) expect(html).toContain(words);
  });

  it("lets every bundled layout print every edition", async () => {
    for (const name of ["newspaper", "bulletin", "sheet", "leaflet"]) {
      for (const code of ["en", "ar", "parallel"]) expect(await renderWith([BUNDLED], name, code)).not.toThrow();
    }
  });
});
