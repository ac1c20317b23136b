// pressroom's public API: build an issue into PDFs, and the types and errors that come with it.

import type { BuildOptions } from "./config/build-options.js";
import { runBuild, type BuildResult } from "./pipeline/run-build.js";

export type { BuildOptions, ProgressEvent } from "./config/build-options.js";
export type { BuildResult, EditionOutput } from "./pipeline/run-build.js";
export type { BuildWarning } from "./diagnostics/warnings.js";
export type { ArticleFrontMatter, IssueFrontMatter } from "./config/front-matter-schema.js";
export { articleFrontMatterSchema, issueFrontMatterSchema } from "./config/front-matter-schema.js";
export * from "./diagnostics/errors.js";
export { EditionsNotWritten, type EditionNotWritten } from "./pipeline/editions-not-written.js";
export { VERSION } from "./pipeline/version.js";

/**
 * Builds every edition of an issue into output/<issue>/<edition>.pdf. Editions too long for their sheet reject with
 * EditionsNotWritten once the others are written (its `result` holds those).
 */
export function build(options: BuildOptions): Promise<BuildResult> {
  return runBuild(options);
}
