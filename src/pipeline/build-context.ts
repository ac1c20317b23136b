// One BuildContext per build: resolved options, the AbortSignal, collected warnings, timings, cleanup.

import type { BuildWarning } from "../diagnostics/warnings.js";
import { throwIfAborted } from "../diagnostics/errors.js";

/**
 * In build order; "fonts" is the glyph check and the page's wait for its fonts, "page" loading an edition's
 * document into its browser page (with Paged.js and the page scripts), "pagination" Paged.js's layout and the
 * checks after it.
 */
export const STAGE_NAMES = ["load", "parse", "analyze", "hyphenate", "images", "render", "fonts", "browser", "page", "pagination", "pictures", "pdf", "postprocess", "fold", "write", "impose", "press"] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** One edition's own part of the build: the stages timed for it alone, and how many layouts it took. */
export interface EditionTimings {
  /** Milliseconds per stage, for this edition (a flip edition's two halves together). */
  stages: Partial<Record<StageName, number>>;
  /** Layouts made: one, or copyfitting's trials (a flip edition counts both halves'). */
  layouts: number;
}

export interface BuildContext {
  readonly signal: AbortSignal;
  readonly warnings: BuildWarning[];
  /** Milliseconds spent per stage (summed over editions), so a slow build points at its stage. */
  readonly timings: Partial<Record<StageName, number>>;
  /**
   * The same, for each edition on its own (by edition code): in a build of several, the sums above hide which
   * edition a slow stage belongs to (an Urdu sheet's post-processing takes several times a French one's).
   */
  readonly editionTimings: Map<string, EditionTimings>;
  warn(warning: BuildWarning): void;
  /** Runs `work` as `stage`: checks for cancellation first and adds its time to the stage (and to `edition`'s, if given). */
  time<T>(stage: StageName, work: () => T, edition?: string): T;
  /** Adds `ms` measured elsewhere (inside the browser) to `stage` (and to `edition`'s, if given). */
  record(stage: StageName, ms: number, edition?: string): void;
  /** Counts a layout made for `edition`. */
  countLayout(edition: string): void;
  /** Registers cleanup that runs on every way out of the build, newest first. */
  defer(cleanup: () => Promise<void>): void;
  runCleanup(): Promise<void>;
}

export function createBuildContext(signal: AbortSignal, onWarning?: (warning: BuildWarning) => void): BuildContext {
  const warnings: BuildWarning[] = [];
  const told = new Set<string>();
  const timings: BuildContext["timings"] = {};
  const editionTimings = new Map<string, EditionTimings>();
  const cleanups: (() => Promise<void>)[] = [];
  const editionTimingsOf = (edition: string): EditionTimings => {
    let own = editionTimings.get(edition);
    if (!own) editionTimings.set(edition, (own = { stages: {}, layouts: 0 }));
    return own;
  };
  const record = (stage: StageName, ms: number, edition?: string) => {
    timings[stage] = (timings[stage] ?? 0) + ms;
    if (edition === undefined) return;
    const { stages } = editionTimingsOf(edition);
    stages[stage] = (stages[stage] ?? 0) + ms;
  };
  const add = (stage: StageName, started: number, edition: string | undefined) => record(stage, performance.now() - started, edition);
  return {
    signal,
    warnings,
    timings,
    editionTimings,
    warn(warning) {
      // Once for each place: a flip edition lays out its halves apart, and an article printed in both (untranslated)
      // had its `columns:` line warned twice, for the one line the editor can change.
      const place = warning.location && [warning.edition, warning.code, warning.location.file, warning.location.line, warning.location.column].join("\u0000");
      if (place !== undefined && told.has(place)) return;
      if (place !== undefined) told.add(place);
      warnings.push(warning);
      onWarning?.(warning);
    },
    time(stage, work, edition) {
      throwIfAborted(signal);
      const started = performance.now();
      const result = work();
      if (result instanceof Promise) return result.finally(() => add(stage, started, edition)) as typeof result;
      add(stage, started, edition);
      return result;
    },
    record,
    countLayout(edition) {
      editionTimingsOf(edition).layouts++;
    },
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
