// Formats a build's timings for --verbose and --json: per stage for the whole build, and per edition (pure).

import { STAGE_NAMES, type EditionTimings, type StageName } from "../pipeline/build-context.js";

/** Whole milliseconds, in build order. */
export function roundTimings(timings: Partial<Record<StageName, number>>): Partial<Record<StageName, number>> {
  return Object.fromEntries(STAGE_NAMES.filter((stage) => timings[stage] !== undefined).map((stage) => [stage, Math.round(timings[stage] ?? 0)]));
}

/** "Time per stage" lines: each stage, then the whole build's wall time. */
export function formatStageTimings(timings: Partial<Record<StageName, number>>, wholeMs: number): string[] {
  return [
    "Time per stage (editions laid out side by side add up):",
    ...Object.entries(roundTimings(timings)).map(([stage, ms]) => `  ${stage.padEnd(12)} ${String(ms).padStart(6)} ms`),
    `  ${"whole build".padEnd(12)} ${String(Math.round(wholeMs)).padStart(6)} ms`,
  ];
}

/**
 * "Time per edition" as a table: a row per edition, a column per stage any edition was timed in, and the
 * layouts each took (copyfitting's trials), so a slow language or an extra trial shows where it happened.
 */
export function formatEditionTimings(editions: readonly { edition: string; timings: EditionTimings }[]): string[] {
  const stages = STAGE_NAMES.filter((stage) => editions.some(({ timings }) => timings.stages[stage] !== undefined));
  const header = ["edition", "layouts", ...stages];
  const rows = editions.map(({ edition, timings }) => [edition, String(timings.layouts), ...stages.map((stage) => String(Math.round(timings.stages[stage] ?? 0)))]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] as string).length)));
  // The edition code reads from the left, the figures line up on the right.
  const line = (cells: string[]) => "  " + cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] as number) : cell.padStart(widths[column] as number))).join("  ");
  return ["Time per edition (ms):", line(header), ...rows.map(line)];
}
