// `pressroom check`: runs every check that needs no layout (front matter, links, pictures, fonts, translations) and collects what it finds.

import type { BuildOptions } from "../config/build-options.js";
import { ContentErrors, PressroomError } from "../diagnostics/errors.js";
import type { BuildWarning } from "../diagnostics/warnings.js";
import { createBuildContext } from "../pipeline/build-context.js";
import { prepareIssue, type PreparedIssue } from "../pipeline/prepare-issue.js";
import { resolveProjectOptions } from "../pipeline/resolve-project-options.js";
import { estimateNarrowColumns } from "./estimate-narrow-columns.js";
import { estimatePictureDensity } from "./estimate-picture-density.js";
import { findGlyphErrors } from "./find-glyph-errors.js";
import { findMissingTranslations } from "./find-missing-translations.js";

export interface CheckResult {
  issue: string;
  /** Problems that would stop the build or spoil the print; each carries its place and a hint. */
  errors: PressroomError[];
  warnings: BuildWarning[];
  /** What was checked, when the issue could be read. */
  checked?: { articles: number; languages: string[]; pictures: number; editions: string[] };
}

export async function checkIssue(options: BuildOptions): Promise<CheckResult> {
  const config = await resolveProjectOptions(options);
  const ctx = createBuildContext(options.signal ?? new AbortController().signal, options.onWarning);
  let prepared: PreparedIssue;
  try {
    prepared = await prepareIssue(config, ctx);
  } catch (error) {
    // The stages stop at the first problem that keeps the issue from being read (every article's front matter is
    // read before that stop, and each mistake in it listed); it is the one to fix first.
    if (error instanceof ContentErrors) return { issue: config.issueDisplay, errors: [...error.all], warnings: ctx.warnings };
    if (error instanceof PressroomError) return { issue: config.issueDisplay, errors: [error], warnings: ctx.warnings };
    throw error;
  }
  const { issue, parsed, imageUses, catalog, editions, parts } = prepared;
  const errors: PressroomError[] = await findGlyphErrors(issue, config.fontsDir);
  for (const warning of findMissingTranslations(issue, parsed.articles)) ctx.warn(warning);
  const pageWidth = parts[0]?.document.fold?.panel.width ?? parts[0]?.document.paper.width ?? 210;
  for (const warning of estimatePictureDensity(imageUses, catalog, pageWidth)) ctx.warn(warning);
  for (const warning of estimateNarrowColumns(issue.articles, pageWidth)) ctx.warn(warning);

  return {
    issue: config.issueDisplay,
    errors,
    warnings: ctx.warnings,
    checked: { articles: issue.articles.length, languages: issue.meta.languages, pictures: catalog.size, editions: editions.map((edition) => edition.code) },
  };
}
