// Turns the benchmark's runs into medians, ratios and the targets, met or not (pure).

import type { StageName } from "../pipeline/build-context.js";
import type { EditionRun, ToolName, ToolRun } from "./run-tools.js";

export interface ToolSummary {
  medianMs: number;
  medianPeakBytes: number;
  pages: number;
  pagesPerSecond: number;
  runsMs: number[];
}

export interface SizeSummary {
  /** The size asked for ("about 8 pages"); `tools.pressroom.pages` is what came out. */
  target: number;
  tools: Record<ToolName, ToolSummary>;
  /** pressroom's time over the other tool's: below 1 is faster. */
  ratioToPagedjsCli: number;
  ratioToChrome: number;
  /** Median milliseconds per pressroom stage. */
  stages: Partial<Record<StageName, number>>;
}

export interface SheetSummary {
  /** The languages built together: the six the target names, less any with no text to print. */
  languages: string[];
  /** Languages left out for want of text (the project's own articles have no French, say). */
  missing: string[];
  oneMs: number;
  allMs: number;
  ratio: number;
  pages: { one: number; all: number };
  /** Each edition's own part of the build of all of them: median milliseconds per stage and layouts. */
  editions: EditionRun[];
}

export interface PreviewSummary {
  /** From saving the article to its new text on the preview's pages. */
  shownMs: number;
  /** From saving to the whole edition laid out again. */
  readyMs: number;
  pages: number;
}

export interface Target {
  name: string;
  limit: string;
  measured: string;
  met: boolean;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function summarizeTool(runs: readonly ToolRun[]): ToolSummary {
  const medianMs = median(runs.map((run) => run.ms));
  const pages = runs[0]?.pages ?? 0;
  return { medianMs, medianPeakBytes: median(runs.map((run) => run.peakBytes)), pages, pagesPerSecond: pages / (medianMs / 1000), runsMs: runs.map((run) => Math.round(run.ms)) };
}

export function summarizeSize(target: number, runs: readonly ToolRun[]): SizeSummary {
  const of = (tool: ToolName) => summarizeTool(runs.filter((run) => run.tool === tool));
  const tools = { pressroom: of("pressroom"), "pagedjs-cli": of("pagedjs-cli"), chrome: of("chrome") };
  const stages = medianStages(runs.flatMap((run) => (run.stages ? [run.stages] : [])));
  return {
    target,
    tools,
    ratioToPagedjsCli: tools.pressroom.medianMs / tools["pagedjs-cli"].medianMs,
    ratioToChrome: tools.pressroom.medianMs / tools.chrome.medianMs,
    stages,
  };
}

/** Each stage's median over `runs` (a run without the stage counts as 0 ms), in whole milliseconds. */
function medianStages(runs: readonly Partial<Record<StageName, number>>[]): Partial<Record<StageName, number>> {
  const names = [...new Set(runs.flatMap((stages) => Object.keys(stages)))] as StageName[];
  return Object.fromEntries(names.map((name) => [name, Math.round(median(runs.map((stages) => stages[name] ?? 0)))]));
}

/** Each edition's median stages and layouts over pressroom runs that built the same editions, in the first run's order. */
export function summarizeEditions(runs: readonly ToolRun[]): EditionRun[] {
  const codes = runs[0]?.editions?.map(({ edition }) => edition) ?? [];
  return codes.map((edition) => {
    const own = runs.flatMap((run) => run.editions?.filter((entry) => entry.edition === edition) ?? []);
    return { edition, layouts: median(own.map(({ layouts }) => layouts)), stages: medianStages(own.map(({ stages }) => stages)) };
  });
}

/** A ratio to two decimals, or more where two would read as the limit it is held to: 0.8019 is "0.802x", not "0.80x" missed. */
export function formatRatio(ratio: number, limit: number): string {
  let digits = 2;
  while (digits < 4 && ratio !== limit && Number(ratio.toFixed(digits)) === limit) digits++;
  return `${ratio.toFixed(digits)}x`;
}

/** The targets, each with what this run measured. */
export function checkTargets(sizes: readonly SizeSummary[], sheets: SheetSummary | undefined, preview: PreviewSummary | undefined): Target[] {
  const targets: Target[] = sizes.map((size) => ({
    name: `${size.tools.pressroom.pages} pages: time against pagedjs-cli`,
    limit: "at most 0.80x",
    measured: formatRatio(size.ratioToPagedjsCli, 0.8),
    met: size.ratioToPagedjsCli <= 0.8,
  }));
  const largest = sizes.reduce<SizeSummary | undefined>((big, size) => (!big || size.target > big.target ? size : big), undefined);
  if (largest && largest.target >= 200) {
    targets.push({ name: `${largest.tools.pressroom.pages} pages: speed`, limit: "at least 13 pages/s", measured: `${largest.tools.pressroom.pagesPerSecond.toFixed(1)} pages/s`, met: largest.tools.pressroom.pagesPerSecond >= 13 });
    const peak = largest.tools.pressroom.medianPeakBytes;
    targets.push({ name: `${largest.tools.pressroom.pages} pages: peak memory`, limit: "under 1.5 GiB", measured: formatBytes(peak), met: peak < 1.5 * 2 ** 30 });
  }
  if (sheets) {
    // Fewer than six editions is not the target's measure: told as such, never as met.
    const name = sheets.missing.length === 0 ? "six single-sheet editions against one" : `${sheets.languages.length} single-sheet editions against one (no ${sheets.missing.join(", ")} text)`;
    targets.push({ name, limit: "at most 2x, for six", measured: formatRatio(sheets.ratio, 2), met: sheets.missing.length === 0 && sheets.ratio <= 2 });
  }
  if (preview) targets.push({ name: `preview: an edit shown (${preview.pages} pages)`, limit: "within 1 s", measured: `${(preview.shownMs / 1000).toFixed(2)} s`, met: preview.shownMs <= 1000 });
  return targets;
}

export function formatBytes(bytes: number): string {
  return bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(2)} GiB` : `${Math.round(bytes / 2 ** 20)} MiB`;
}
