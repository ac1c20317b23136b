// Runs the stages before the browser (prepareIssue) once and keeps what the preview serves and watches.

import type { ResolvedOptions } from "../config/build-options.js";
import type { NumberingSystem } from "../config/digits.js";
import type { Direction } from "../config/languages.js";
import type { BuildWarning } from "../diagnostics/warnings.js";
import { createBuildContext } from "../pipeline/build-context.js";
import { prepareIssue } from "../pipeline/prepare-issue.js";
import { listLayoutFolders } from "../stages/load-issue/load-layout.js";

/** One page of the preview: an edition, or one half of a flip edition. */
export interface PreviewEdition {
  code: string;
  lang: string;
  dir: Direction;
  digits: NumberingSystem;
  /** The document as rendered for the browser stage, before the preview adds its scripts. */
  html: string;
}

export interface RenderedPreview {
  title: string;
  editions: PreviewEdition[];
  warnings: BuildWarning[];
  /** URL prefix -> folder of the layout this issue uses, served before templates/ (as run-build.ts does). */
  layoutFolders: Record<string, string>;
  /** The layout's folders, whose changes call for a new render. */
  layoutDirs: string[];
}

export async function renderIssuePreview(config: Readonly<ResolvedOptions>, signal: AbortSignal, onWarning: (warning: BuildWarning) => void): Promise<RenderedPreview> {
  const ctx = createBuildContext(signal, onWarning);
  try {
    const { issue, layout, parts } = await prepareIssue(config, ctx);
    return {
      title: `${issue.meta.title}, issue ${issue.meta.number}`,
      editions: parts.map(({ document }) => ({ ...document.edition, html: document.html })),
      warnings: ctx.warnings,
      layoutFolders: listLayoutFolders(layout),
      layoutDirs: [layout.dir, layout.sharedDir],
    };
  } finally {
    await ctx.runCleanup();
  }
}
