// Lays an edition out once, or, for a layout made for one sheet (`sides:` and `fit:` in layout.yaml), fits it to its sides (edge).

import type { LayoutSettings } from "../../config/layout-settings-schema.js";
import type { BuildWarning } from "../../diagnostics/warnings.js";
import { printAndClose, type LaidOutPages, type PaginatedPdf } from "../paginate/paginate.js";
import type { HtmlDocument } from "../render-html/render-document.js";
import { fitEdition } from "./fit-edition.js";
import type { FitTarget } from "./describe-fit.js";

export interface LaidOutEdition {
  pdf: PaginatedPdf;
  /** What copyfitting changed, when it ran. */
  fitted?: string;
}

export async function layOutToSides(
  document: HtmlDocument,
  settings: LayoutSettings,
  issueSides: 1 | 2 | undefined,
  layOut: (variables?: Record<string, string>, warn?: (warning: BuildWarning) => void) => Promise<LaidOutPages>,
  warn: (warning: BuildWarning) => void,
): Promise<LaidOutEdition> {
  const target = chooseFitTarget(settings, issueSides);
  if (!target || !settings.fit) return { pdf: await printAndClose(await layOut()) };
  const titles = new Map(document.articles.map((article) => [article.id, article.title]));
  // Each trial's warnings (a break, a low-resolution picture) are about that trial's pages: only the kept one's are told.
  const heard = new Map<LaidOutPages, BuildWarning[]>();
  const layOutTrial = async (variables: Record<string, string>) => {
    const warnings: BuildWarning[] = [];
    const pages = await layOut(variables, (warning) => warnings.push(warning));
    heard.set(pages, warnings);
    return pages;
  };
  // Trials are only laid out and measured; the one kept is printed (pictures, PDF), the others closed unprinted.
  const outcome = await fitEdition({ code: document.edition.code, titleOf: (id) => titles.get(id) ?? id }, settings.fit, target, layOutTrial, (pages) => pages.close());
  let pdf: PaginatedPdf;
  try {
    pdf = await printAndClose(outcome.kept);
  } finally {
    for (const warning of heard.get(outcome.kept) ?? []) warn(warning);
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

/** A leaflet fills its six panels, whatever issue.md's `sides:` says (run-build warns about it); a sheet its sides. */
function chooseFitTarget(settings: LayoutSettings, issueSides: 1 | 2 | undefined): FitTarget | undefined {
  if (settings.fold === "trifold") return { pages: 6, unit: "panel" };
  const sides = issueSides ?? settings.sides;
  return sides ? { pages: sides, unit: "side" } : undefined;
}
