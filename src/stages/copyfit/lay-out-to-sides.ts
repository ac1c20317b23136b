// Lays an edition out once, or, for a layout made for one sheet (`sides:` and `fit:` in layout.yaml), fits it to its sides (edge).

import type { FitSettings, LayoutSettings } from "../../config/layout-settings-schema.js";
import type { BuildWarning } from "../../diagnostics/warnings.js";
import type { PaginateResponse } from "../../shared/browser-messages.js";
import { layOutAndPrint, printAndClose, type EditionPage, type PaginatedPdf } from "../paginate/paginate.js";
import type { HtmlDocument } from "../render-html/render-document.js";
import { fitEdition } from "./fit-edition.js";
import type { FitTarget } from "./describe-fit.js";

export interface LaidOutEdition {
  pdf: PaginatedPdf;
  /** What copyfitting changed, when it ran. */
  fitted?: string;
}

/** One copyfitting trial: its layout, the sizes it was made at, and what the page warned about it. */
interface Trial {
  layout: PaginateResponse;
  variables: Record<string, string>;
  warnings: BuildWarning[];
}

export async function layOutToSides(
  document: HtmlDocument,
  settings: LayoutSettings,
  issueSides: 1 | 2 | undefined,
  openPage: () => Promise<EditionPage>,
  warn: (warning: BuildWarning) => void,
): Promise<LaidOutEdition> {
  const fitting = chooseFitting(settings, issueSides);
  const page = await openPage();
  if (!fitting) return { pdf: await layOutAndPrint(page) };
  const { target, fit } = fitting;
  const outcome = await fitInPage(document, fit, target, page, warn).catch(async (error: unknown) => {
    await page.close();
    throw error;
  });
  let pdf: PaginatedPdf;
  try {
    pdf = await printAndClose(page);
  } finally {
    // Only the kept trial's warnings are told, printing's included.
    for (const warning of outcome.kept.warnings) warn(warning);
  }
  if (outcome.underfilled) {
    warn({
      code: "sheet-underfilled",
      message: outcome.underfilled,
      hint: target.unit === "panel" ? "Add text or a picture, or choose a layout with less room: a one-sided sheet (`layout: sheet` and `sides: 1`)." : target.pages === 2 ? "Add text or a picture, or print on one side (`sides: 1` in issue.md)." : "Add text or a picture.",
    });
  }
  return { pdf, fitted: outcome.message };
}

/** Fits the edition by laying it out again and again in its one page, which is left holding the kept trial. */
async function fitInPage(
  document: HtmlDocument,
  fit: FitSettings,
  target: FitTarget,
  page: EditionPage,
  warn: (warning: BuildWarning) => void,
): Promise<{ kept: Trial; message: string; underfilled?: string }> {
  const titles = new Map(document.articles.map((article) => [article.id, article.title]));
  let latest: Trial | undefined;
  // Each trial's warnings (a break, a blocked file) are about its own pages: only the kept one's are told, or those
  // of a trial that stops the build (columns too narrow, warned before the check that stopped it, name its cause).
  const layOutTrial = async (variables: Record<string, string>): Promise<Trial> => {
    const warnings: BuildWarning[] = [];
    try {
      latest = { layout: await page.layOut(variables, (warning) => warnings.push(warning)), variables, warnings };
    } catch (error) {
      for (const warning of warnings) warn(warning);
      throw error;
    }
    return latest;
  };
  const outcome = await fitEdition({ code: document.edition.code, titleOf: (id) => titles.get(id) ?? id }, fit, target, layOutTrial);
  // An earlier trial kept is laid out again: the page holds the last one (the same sizes give the same pages).
  const kept = outcome.kept === latest ? outcome.kept : await layOutTrial(outcome.kept.variables);
  return { kept, message: outcome.message, underfilled: outcome.underfilled };
}

/** Whether an edition is fitted to its sides (laid out at several sizes), as layOutToSides decides. */
export function isCopyfitted(settings: LayoutSettings, issueSides: 1 | 2 | undefined): boolean {
  return chooseFitting(settings, issueSides) !== undefined;
}

/** What an edition is fitted to and within which bounds; undefined for one laid out once. */
function chooseFitting(settings: LayoutSettings, issueSides: 1 | 2 | undefined): { target: FitTarget; fit: FitSettings } | undefined {
  const target = chooseFitTarget(settings, issueSides);
  return target && settings.fit ? { target, fit: settings.fit } : undefined;
}

/** A leaflet fills its six panels, whatever issue.md's `sides:` says (run-build warns about it); a sheet its sides. */
function chooseFitTarget(settings: LayoutSettings, issueSides: 1 | 2 | undefined): FitTarget | undefined {
  if (settings.fold === "trifold") return { pages: 6, unit: "panel" };
  const sides = issueSides ?? settings.sides;
  return sides ? { pages: sides, unit: "side" } : undefined;
}
