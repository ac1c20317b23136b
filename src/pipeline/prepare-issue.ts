// The stages before the browser, shared by build, check and preview: load, parse, pictures, analyse, hyphenate, plan, render.

import type { ResolvedOptions } from "../config/build-options.js";
import { ContentError } from "../diagnostics/errors.js";
import { analyzeText } from "../stages/analyze-text/analyze-text.js";
import { hyphenateIssue } from "../stages/hyphenate/hyphenate-issue.js";
import { assembleIssue } from "../stages/load-issue/assemble-issue.js";
import { loadLayout, type LayoutSource } from "../stages/load-issue/load-layout.js";
import { readIssueFolder } from "../stages/load-issue/read-issue-folder.js";
import type { IssueSource } from "../stages/load-issue/types.js";
import { parseMarkdown } from "../stages/parse-markdown/parse-markdown.js";
import type { ParsedIssue } from "../stages/parse-markdown/types.js";
import { planEditions, type EditionPlan } from "../stages/plan-editions/plan-editions.js";
import { listImageUses, type ImageUse } from "../stages/prepare-images/list-image-uses.js";
import { readPictures, type PictureCatalog } from "../stages/prepare-images/read-pictures.js";
import { compileLayout } from "../stages/render-html/create-handlebars.js";
import { renderDocument, type HtmlDocument } from "../stages/render-html/render-document.js";
import type { BuildContext } from "./build-context.js";
import { GENERATOR } from "./version.js";
import { chooseOfficeCopy } from "./choose-office-copy.js";

export interface PreparedIssue {
  issue: IssueSource;
  layout: LayoutSource;
  parsed: ParsedIssue;
  imageUses: ImageUse[];
  catalog: PictureCatalog;
  editions: EditionPlan[];
  /** One HTML document per edition, two for a flip edition (its halves are laid out on their own). */
  parts: { edition: EditionPlan; document: HtmlDocument }[];
}

export async function prepareIssue(config: Readonly<ResolvedOptions>, ctx: BuildContext): Promise<PreparedIssue> {
  const { issue, template, layout } = await ctx.time("load", async () => {
    const folder = await readIssueFolder(config.issueDir, config.issueDisplay);
    const loaded = assembleIssue(folder, config.issueDisplay, ctx.warn, config.issueDefaults);
    const layout = await loadLayout(config.templateRoots, loaded.meta.layout, loaded.locate(["layout"]));
    return { issue: loaded, template: compileLayout(layout), layout };
  });
  const parsed = ctx.time("parse", () => parseMarkdown(issue, { allowHtml: config.allowHtml }, ctx.warn));
  // Every picture's size and format are read once, before the browser starts: a file that is not a picture stops here.
  const imageUses = listImageUses(parsed);
  const catalog = await ctx.time("images", () => readPictures(issue.dir, imageUses));
  const analyzed = ctx.time("analyze", () => analyzeText(parsed, issue.meta.languages));
  const hyphenated = ctx.time("hyphenate", () => hyphenateIssue(analyzed, issue.meta.hyphenate));
  const editions = selectEditions(planEditions(issue, hyphenated), config.editions, issue.file.display);
  if (layout.settings.fold) refuseFlipLeaflet(editions, layout.name, issue);
  warnAboutSides(issue, layout, ctx);
  warnAboutImposing(issue, layout, config, ctx);
  // A flip edition is two documents laid out on their own and joined afterwards.
  const parts = ctx.time("render", () =>
    editions.flatMap((edition) =>
      (edition.kind === "flip" ? edition.halves : [edition]).map((part) => ({
        edition,
        document: renderDocument(issue, part, template, { allowHtml: config.allowHtml, generator: GENERATOR, layout: layout.settings, pictureSizes: catalog }),
      })),
    ),
  );
  return { issue, layout, parsed, imageUses, catalog, editions, parts };
}

function selectEditions(planned: EditionPlan[], wanted: readonly string[] | undefined, issueFile: string): EditionPlan[] {
  if (!wanted?.length) return planned;
  return wanted.map((code) => {
    const found = planned.find((edition) => edition.code.toLowerCase() === code.toLowerCase());
    if (!found) {
      throw new ContentError("edition-not-planned", `This issue has no "${code}" edition.`, {
        hint: `Its editions are: ${planned.map((edition) => edition.code).join(", ")}.`,
        location: { file: issueFile },
      });
    }
    return found;
  });
}

/** A flip edition is two documents back to back; a folded leaflet has one sheet and no back half to give it. */
function refuseFlipLeaflet(editions: EditionPlan[], layoutName: string, issue: IssueSource): void {
  const flip = editions.find((edition) => edition.kind === "flip");
  if (!flip) return;
  // Pointed at the list's flip entry, not its opening bracket.
  const at = (issue.meta.editions ?? []).findIndex((code) => /^flip\b/i.test(code.trim()));
  throw new ContentError("leaflet-flip", `The ${layoutName} layout folds one sheet into panels, so it cannot print a flip edition ("${flip.code}", two halves back to back).`, {
    hint: "Remove the flip edition from `editions:` in issue.md (each language gets its own leaflet), or choose the bulletin layout for a flip edition.",
    location: issue.locate(at >= 0 ? ["editions", at] : ["editions"]),
  });
}

/**
 * A folded leaflet is already on its sheet: `impose:` (or --impose) has nothing to do. Told once for the issue, at
 * issue.md's line when it comes from there (it was told again for every edition).
 */
function warnAboutImposing(issue: IssueSource, layout: LayoutSource, config: Readonly<ResolvedOptions>, ctx: BuildContext): void {
  // --paper-weight is for a booklet's creep: given for a build that makes none, it would change nothing unsaid.
  if (config.paperWeight !== undefined && chooseOfficeCopy(Boolean(layout.settings.fold), config, issue.meta) !== "booklet") {
    ctx.warn({
      code: "paper-weight-ignored",
      message: `--paper-weight ${config.paperWeight} is for a booklet's paper, and this build makes no booklet, so it changes nothing.`,
      hint: "Add --impose booklet (or `impose: booklet` in issue.md) to make the booklet for that paper, or leave out --paper-weight.",
    });
  }
  if (!layout.settings.fold || !(config.impose ?? issue.meta.impose)) return;
  ctx.warn({
    code: "impose-ignored",
    message: `The ${layout.name} layout already prints its panels on both sides of one sheet, so there is nothing to impose.`,
    hint: "Print the edition's PDF on both sides, flipping on the short edge; leave out --impose (or `impose:` in issue.md).",
    ...(config.impose ? {} : { location: issue.locate(["impose"]) }),
  });
}

/** issue.md's `sides:` means something only for a sheet. */
function warnAboutSides(issue: IssueSource, layout: LayoutSource, ctx: BuildContext): void {
  if (!issue.meta.sides) return;
  if (layout.settings.fold) {
    ctx.warn({
      code: "sides-ignored",
      message: `\`sides: ${issue.meta.sides}\` does not apply to the ${layout.name} layout: it always prints its six panels on both sides of one sheet.`,
      hint: "Remove `sides:` from issue.md, or choose `layout: sheet` for a sheet with one side.",
      location: issue.locate(["sides"]),
    });
  } else if (!layout.settings.fit) {
    ctx.warn({
      code: "sides-ignored",
      message: `\`sides: ${issue.meta.sides}\` only applies to a layout made for one sheet; the ${layout.name} layout prints as many pages as the text needs.`,
      hint: "Choose `layout: sheet` for a single sheet, or remove `sides:`.",
      location: issue.locate(["sides"]),
    });
  }
}
