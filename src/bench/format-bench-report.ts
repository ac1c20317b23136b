// Prints the benchmark's results as Markdown tables, ready to paste into the README (pure).

import { STAGE_NAMES } from "../pipeline/build-context.js";
import { formatBytes, type PreviewSummary, type SheetSummary, type SizeSummary, type Target } from "./summarize-bench.js";

export interface BenchReport {
  machine: string;
  runs: number;
  text: string;
  sizes: SizeSummary[];
  sheets?: SheetSummary;
  preview?: PreviewSummary;
  targets: Target[];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function formatBenchReport(report: BenchReport): string {
  const lines = [
    `Machine: ${report.machine}`,
    `Text: ${report.text}; medians of ${report.runs} runs, each tool a whole process.`,
    "",
    "| pages | pressroom | pagedjs-cli | Chrome print | pressroom / pagedjs-cli | pressroom / Chrome | pressroom pages/s | peak memory: pressroom, pagedjs-cli, Chrome |",
    "|---|---|---|---|---|---|---|---|",
    ...report.sizes.map(({ tools, ratioToPagedjsCli, ratioToChrome }) =>
      [
        describePages(tools.pressroom.pages, tools["pagedjs-cli"].pages, tools.chrome.pages),
        seconds(tools.pressroom.medianMs),
        seconds(tools["pagedjs-cli"].medianMs),
        seconds(tools.chrome.medianMs),
        `${ratioToPagedjsCli.toFixed(2)}x`,
        `${ratioToChrome.toFixed(2)}x`,
        tools.pressroom.pagesPerSecond.toFixed(1),
        [tools.pressroom, tools["pagedjs-cli"], tools.chrome].map((tool) => formatBytes(tool.medianPeakBytes)).join(", "),
      ].join(" | "),
    ).map((row) => `| ${row} |`),
  ];
  const stages = STAGE_NAMES.filter((stage) => report.sizes.some((size) => size.stages[stage] !== undefined));
  lines.push("", "pressroom's time per stage (ms, medians):", "", `| pages | ${stages.join(" | ")} | whole process |`, `|---|${stages.map(() => "---|").join("")}---|`);
  for (const size of report.sizes) {
    lines.push(`| ${size.tools.pressroom.pages} | ${stages.map((stage) => size.stages[stage] ?? 0).join(" | ")} | ${Math.round(size.tools.pressroom.medianMs)} |`);
  }
  if (report.sheets) {
    const { sheets } = report;
    const left = sheets.missing.length ? ` (no ${sheets.missing.join(", ")} text to print)` : "";
    lines.push("", `Single-sheet editions: one in ${seconds(sheets.oneMs)} (${sheets.pages.one} pages), ${sheets.languages.length} (${sheets.languages.join(" ")})${left} in ${seconds(sheets.allMs)} (${sheets.pages.all} pages): ${sheets.ratio.toFixed(2)}x.`);
    if (sheets.editions.length) {
      const editionStages = STAGE_NAMES.filter((stage) => sheets.editions.some((edition) => edition.stages[stage] !== undefined));
      // Which edition the time of the build of all of them goes to: an edition's `page` is mostly its wait for the one before.
      lines.push("", "Each edition's own time in that build (ms, medians):", "", `| edition | layouts | ${editionStages.join(" | ")} |`, `|---|---|${editionStages.map(() => "---|").join("")}`);
      for (const edition of sheets.editions) lines.push(`| ${edition.edition} | ${edition.layouts} | ${editionStages.map((stage) => edition.stages[stage] ?? 0).join(" | ")} |`);
    }
  }
  if (report.preview) {
    const { preview } = report;
    lines.push("", `Preview of ${preview.pages} pages: an edit shown on its page ${(preview.shownMs / 1000).toFixed(2)} s after saving, the whole edition laid out again after ${(preview.readyMs / 1000).toFixed(2)} s.`);
  }
  lines.push("", "Targets:", ...report.targets.map((target) => `  ${target.met ? "met    " : "MISSED "} ${target.name}: ${target.measured} (${target.limit})`));
  return lines.join("\n");
}

/** The tools can lay the same HTML out on different numbers of pages: pressroom's count, with the others' when they differ. */
function describePages(pressroom: number, pagedjs: number, chrome: number): string {
  return pressroom === pagedjs && pressroom === chrome ? String(pressroom) : `${pressroom} (${pagedjs}, ${chrome})`;
}
