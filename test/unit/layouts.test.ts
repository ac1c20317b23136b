// Layout folders: finding a copied layout in a project's own templates/, layout.yaml defaults, template errors, and `notes: end`.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { issueFrontMatterSchema } from "../../src/config/front-matter-schema.js";
import { layoutSettingsSchema } from "../../src/config/layout-settings-schema.js";
import { LayoutError } from "../../src/diagnostics/errors.js";
import { analyzeText } from "../../src/stages/analyze-text/analyze-text.js";
import { listLayouts, loadLayout } from "../../src/stages/load-issue/load-layout.js";
import { planEditions, type EditionPlan } from "../../src/stages/plan-editions/plan-editions.js";
import { compileLayout } from "../../src/stages/render-html/create-handlebars.js";
import { renderDocument, type RenderOptions } from "../../src/stages/render-html/render-document.js";
import { articleMd, assembleAndParse, catchAsync, issueMd } from "../fixtures/make-issue.js";

const BUNDLED = path.resolve(import.meta.dirname, "../../templates");
const WHERE = { file: "issues/x/issue.md", line: 6, column: 9 };
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project templates/ folder holding a copy of the newspaper layout named `name` (no _shared of its own). */
function copyNewspaper(name: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "pressroom-layouts-"));
  made.push(root);
  cpSync(path.join(BUNDLED, "newspaper"), path.join(root, name), { recursive: true });
  return root;
}

describe("finding layouts", () => {
  it("takes a copied layout from the project's templates/ and _shared from pressroom's when the project has none", async () => {
    const root = copyNewspaper("riverside");
    const layout = await loadLayout([root, BUNDLED], "riverside", WHERE);
    expect(layout.dir).toBe(path.join(root, "riverside"));
    expect(layout.sharedDir).toBe(path.join(BUNDLED, "_shared"));
    expect(layout.partials.article?.path).toBe(path.join(BUNDLED, "_shared", "partials", "article.hbs"));
    expect(layout.partials.masthead?.path).toBe(path.join(root, "riverside", "partials", "masthead.hbs"));
    // The bundled layouts stay reachable beside the project's own.
    expect((await loadLayout([root, BUNDLED], "bulletin", WHERE)).dir).toBe(path.join(BUNDLED, "bulletin"));
    expect(await listLayouts([root, BUNDLED])).toEqual(expect.arrayContaining(["bulletin", "newspaper", "riverside"]));
  });

  it("names every layout it knows when issue.md asks for one that does not exist, at the issue's line", async () => {
    const root = copyNewspaper("riverside");
    const error = await catchAsync(loadLayout([root, BUNDLED], "bulletn", WHERE));
    expect(error).toBeInstanceOf(LayoutError);
    expect(error.message).toBe('There is no layout called "bulletn". Did you mean bulletin?');
    expect(error.hint).toContain("bulletin, leaflet, newspaper, riverside, sheet");
    expect(error.location).toEqual(WHERE);
  });

  it("reads a layout's defaults from layout.yaml: A5 for bulletin, A4 and page-foot notes without the file", async () => {
    expect((await loadLayout(BUNDLED, "bulletin", WHERE)).settings).toEqual({ paper: "A5", notes: "foot" });
    expect((await loadLayout(BUNDLED, "newspaper", WHERE)).settings).toEqual({ paper: "A4", notes: "foot" });
    expect((await loadLayout(BUNDLED, "leaflet", WHERE)).settings).toMatchObject({ paper: "A4", notes: "end", fold: "trifold", fit: { bodySize: 9.5, minimumSize: 8 } });
  });


  it("reports a mistake in layout.yaml at its file and line: a wrong notes place, a fold it does not know", async () => {
    const cases = [
      { yaml: "paper: A5\nnotes: bottom\n", message: '"notes" must be foot or end', column: 8 },
      { yaml: "paper: A4\nfold: zigzag\n", message: '"fold" must be trifold', column: 7 },
    ];
    for (const [index, { yaml, message, column }] of cases.entries()) {
      const root = copyNewspaper(`mine${index}`);
      const file = path.join(root, `mine${index}`, "layout.yaml");
      writeFileSync(file, yaml);
      const error = await catchAsync(loadLayout(root, `mine${index}`, WHERE));
      expect(error).toBeInstanceOf(LayoutError);
      expect(error.message).toContain(message);
      expect(error.location).toMatchObject({ file, line: 2, column });
    }
  });
});

describe("template errors in a copied layout", () => {
  it("gives the file and line of a Handlebars syntax error", async () => {
    const root = copyNewspaper("mine");
    const file = path.join(root, "mine", "partials", "masthead.hbs");
    writeFileSync(file, '<header class="masthead">\n  {{#if masthead.subtitle}}<p>{{masthead.subtitle.text}}</p>\n</header>\n');
    const layout = await loadLayout([root, BUNDLED], "mine", WHERE);
    let caught: any = null;
    try {
      compileLayout(layout);
    } catch (thrown) {
      caught = thrown;
    }
    expect(caught).toBeInstanceOf(LayoutError);
    expect(caught.code).toBe("layout-syntax");
    expect(caught.location).toMatchObject({ file, line: 4 });
  });

  it("names a missing partial and the line that calls it", async () => {
    const root = copyNewspaper("mine");
    const file = path.join(root, "mine", "layout.hbs");
    const text = readFileSync(file, "utf8").replace("{{> masthead}}", "{{> masthed}}");
    writeFileSync(file, text);
    const line = text.split("\n").findIndex((row) => row.includes("{{> masthed}}")) + 1;
    const template = compileLayout(await loadLayout([root, BUNDLED], "mine", WHERE));
    const { issue, edition } = planSingle();
    let caught: any = null;
    try {
      renderDocument(issue, edition, template, { allowHtml: false, generator: "test" });
    } catch (thrown) {
      caught = thrown;
    }
    expect(caught).toBeInstanceOf(LayoutError);
    expect(caught.message).toBe('The layout "mine" uses a partial called "masthed", but there is no masthed.hbs.');
    expect(caught.location).toEqual({ file, line, column: 3 });
  });
});

/** One English edition of an issue whose articles carry notes; `extra` lines go into issue.md. */
function planSingle(extra: string[] = [], articles?: Record<string, string>) {
  const { issue, parsed } = assembleAndParse({
    issue: issueMd(extra),
    articles: articles ?? {
      "01-a.md": articleMd(["title: A"], "Alpha one.[^1] Alpha two.[^2]\n\n[^1]: Note alpha one.\n[^2]: Note alpha two."),
      "02-b.md": articleMd(["title: B"], "Beta one.[^1]\n\n[^1]: Note beta one."),
    },
  });
  const edition = planEditions(issue, analyzeText(parsed, issue.meta.languages)).find((plan) => plan.code === "en") as EditionPlan;
  if (edition.kind === "flip") throw new Error("not a flip test");
  return { issue, edition };
}

describe("notes: end and the paper a layout gives", () => {
  const render = async (extra: string[], options: Partial<RenderOptions> = {}, articles?: Record<string, string>) => {
    const { issue, edition } = planSingle(extra, articles);
    const template = compileLayout(await loadLayout(BUNDLED, "newspaper", WHERE));
    return renderDocument(issue, edition, template, { allowHtml: false, generator: "test", ...options }).html;
  };
  const count = (html: string, text: string) => html.split(text).length - 1;

  it("prints each note once after its own article, numbered from 1 in each, with no page-foot note left", async () => {
    const html = await render(["notes: end"]);
    expect(html).not.toContain('class="footnote"');
    for (const note of ["Note alpha one.", "Note alpha two.", "Note beta one."]) expect(count(html, note)).toBe(1);
    const [alphaText, alphaNotes, betaText, betaNotes] = ["Alpha two.", 'id="a-01-a-note-2"', "Beta one.", 'id="a-02-b-note-1"'].map((s) => html.indexOf(s));
    expect(alphaText).toBeGreaterThan(0);
    expect(alphaText).toBeLessThan(alphaNotes as number);
    expect(alphaNotes).toBeLessThan(betaText as number);
    expect(betaText).toBeLessThan(betaNotes as number);
    expect(html).toMatch(/Alpha one\.<sup class="note-call"[^>]*>1<\/sup>/);
    expect(html).toMatch(/Beta one\.<sup class="note-call"[^>]*>1<\/sup>/);
  });

  it("lets an article's own notes: setting win over the issue's, and the layout's default apply when neither says", async () => {
    const articles = {
      "01-a.md": articleMd(["title: A", "notes: foot"], "Alpha one.[^1]\n\n[^1]: Note alpha one."),
      "02-b.md": articleMd(["title: B"], "Beta one.[^1]\n\n[^1]: Note beta one."),
    };
    const mixed = await render(["notes: end"], {}, articles);
    expect(mixed).toMatch(/<span class="footnote"[^>]*data-footnote-number="1"[^>]*>Note alpha one\.<\/span>/);
    expect(mixed).toMatch(/<p class="endnote"[^>]*><span class="endnote-number">1<\/span> Note beta one\.<\/p>/);
    const byLayout = await render([], { layout: { paper: "A4", notes: "end" } });
    expect(count(byLayout, '<p class="endnote"')).toBe(3);
    expect(await render([])).not.toContain('class="endnote"');
  });

  it("takes the layout's paper unless issue.md names one", async () => {
    expect(issueFrontMatterSchema.parse({ title: "T", number: 1, date: "2026-01-01" }).paper).toBeUndefined();
    expect(await render([], { layout: { paper: "A5", notes: "foot" } })).toContain("@page { size: 148mm 210mm; }");
    expect(await render(["paper: A4"], { layout: { paper: "A5", notes: "foot" } })).toContain("@page { size: 210mm 297mm; }");
    expect(await render([])).toContain("@page { size: 210mm 297mm; }");
  });

  it("takes Half Letter, under the names American printers give it, in issue.md and layout.yaml", async () => {
    for (const name of ["Half Letter", "half-letter", "US Half Letter", "HalfLetter", "statement"]) {
      expect(issueFrontMatterSchema.parse({ title: "T", number: 1, date: "2026-01-01", paper: name }).paper, name).toBe("Half Letter");
      expect(layoutSettingsSchema.parse({ paper: name }).paper, name).toBe("Half Letter");
    }
    expect(issueFrontMatterSchema.parse({ title: "T", number: 1, date: "2026-01-01", paper: "ledger" }).paper).toBe("Tabloid");
    expect(await render(["paper: half letter"])).toContain("@page { size: 139.7mm 215.9mm; }");
    const refused = issueFrontMatterSchema.safeParse({ title: "T", number: 1, date: "2026-01-01", paper: "B5" });
    expect(refused.success ? "" : refused.error.issues[0]?.message).toBe("must be one of A3, A4, A5, Letter, Tabloid or Half Letter");
  });

  it("lays a leaflet out in panels a third of the sheet plus 1 mm wide, and widens the flap's margin on its cut edge", async () => {
    const renderLeaflet = async (extra: string[]) => {
      const { issue, edition } = planSingle(["layout: leaflet", ...extra]);
      const loaded = await loadLayout(BUNDLED, "leaflet", WHERE);
      return renderDocument(issue, edition, compileLayout(loaded), { allowHtml: false, generator: "test", layout: loaded.settings });
    };
    const a4 = await renderLeaflet([]);
    expect(a4.html).toContain("@page { size: 100mm 210mm; }");
    expect(a4.html).toContain("@page :nth(4) { margin-right: 12mm; }");
    expect(a4.html).toContain("@page :nth(5) { margin-left: 12mm; }");
    // The press trim is the whole sheet, landscape.
    expect(a4.paper).toMatchObject({ width: 297, height: 210 });
    expect(a4.fold?.flap).toBe(97);
    const letter = await renderLeaflet(["paper: Letter"]);
    expect(letter.html).toMatch(/@page \{ size: 94\.13\d*mm 215\.9mm; \}/);
  });
});
