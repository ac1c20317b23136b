// Warns about articles whose `columns:` would print too narrow to read on the paper, before any layout (pure).

import type { BuildWarning } from "../diagnostics/warnings.js";
import type { ArticleSource } from "../stages/load-issue/types.js";
import { describeNarrowColumns, findNarrowColumns } from "../stages/paginate/report-narrow-columns.js";
import { COLUMN_GAP_MM, MARGINS_MM } from "./estimate-picture-density.js";

/** The layouts' body type (9.5 pt), in millimetres: what a column's width is counted in. */
const BODY_EM_MM = (9.5 * 25.4) / 72;

/**
 * `check` runs no layout: each article's columns are estimated from the page's text width and the layouts' gap
 * and body size (an A5 bulletin's four come to about 28 mm, as the build measures them). The build measures the
 * real ones and warns again, with the page.
 */
export function estimateNarrowColumns(articles: readonly ArticleSource[], pageWidthMm: number): BuildWarning[] {
  const warnings: BuildWarning[] = [];
  for (const article of articles) {
    const columns = article.meta.columns;
    if (columns === undefined) continue;
    const narrow = findNarrowColumns({ id: article.slug, columns, width: pageWidthMm - MARGINS_MM, gap: COLUMN_GAP_MM, em: BODY_EM_MM, mmPerUnit: 1 });
    if (narrow) warnings.push({ ...describeNarrowColumns(narrow, article.meta.title), location: article.locate(["columns"]) });
  }
  return warnings;
}
