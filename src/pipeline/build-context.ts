// One BuildContext per build: resolved options, the AbortSignal, collected warnings, timings, cleanup.

import type { BuildWarning } from "../diagnostics/warnings.js";
import { throwIfAborted } from "../diagnostics/errors.js";

/** In build order; "fonts" is the glyph check and the page's wait for its fonts, "pagination" Paged.js's layout and the checks after it. */
export const STAGE_NAMES = ["load", "parse", "analyze", "hyphenate", "images", "render", "fonts", "browser", "pagination", "pictures", "pdf", "postprocess", "fold", "write", "impose", "press"] as const;
export type StageName = (typeof STAGE_NAMES)[number];

export interface BuildContext {
  readonly signal: AbortSignal;
  readonly warnings: BuildWarning[];
  /** Milliseconds spent per stage (summed over editions), so a slow build points at its stage. */
  readonly timings: Partial<Record<StageName, number>>;
  warn(warning: BuildWarning): void;
  /** Runs `work` as `stage`: checks for cancellation first and adds its time to the stage. */
  time<T>(stage: StageName, work: () => T): T;
  /** Adds `ms` measured elsewhere (inside the browser) to `stage`. */
  record(stage: StageName, ms: number): void;
  /** Registers cleanup that runs on every way out of the build, newest first. */
  defer(cleanup: () => Promise<void>): void;
  runCleanup(): Promise<void>;
}

export function createBuildContext(signal: AbortSignal, onWarning?: (warning: BuildWarning) => void): BuildContext {
  const warnings: BuildWarning[] = [];
  const timings: BuildContext["timings"] = {};
  const cleanups: (() => Promise<void>)[] = [];
  const record = (stage: StageName, ms: number) => {
    timings[stage] = (timings[stage] ?? 0) + ms;
  };
  const add = (stage: StageName, started: number) => record(stage, performance.now() - started);
  return {
    signal,
    warnings,
    timings,
    warn(warning) {
      warnings.push(warning);
      onWarning?.(warning);
    },
    time(stage, work) {
      throwIfAborted(signal);
      const started = performance.now();
      const result = work();
      if (result instanceof Promise) return result.finally(() => add(stage, started)) as typeof result;
      add(stage, started);
      return result;
    },
    record,
    defer(cleanup) {
      cleanups.push(cleanup);
    },
    async runCleanup() {
      while (cleanups.length) {
        const cleanup = cleanups.pop();
        await cleanup?.().catch(() => undefined);
      }
    },
  };
}
