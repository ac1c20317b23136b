// What the preview knows after its latest render: the last good editions, the current problem, the warnings.

import type { ShownProblem } from "./describe-error.js";
import type { PreviewEdition } from "./render-issue-preview.js";

export interface PreviewState {
  title: string;
  /** Counts successful renders; pages built from an older one reload. */
  version: number;
  /** From the last render that worked; empty while the issue has never rendered. */
  editions: PreviewEdition[];
  /** Why the latest render failed; null when it worked. */
  error: ShownProblem | null;
  warnings: ShownProblem[];
  /** URL prefix -> folder of the current layout, served before templates/. */
  layoutFolders: Record<string, string>;
}

/** What every open page is told after each render (Server-Sent Events). */
export type StreamedState = Pick<PreviewState, "version" | "error" | "warnings">;

export function pickStreamedState(state: PreviewState): StreamedState {
  return { version: state.version, error: state.error, warnings: state.warnings };
}
