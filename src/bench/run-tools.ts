// Runs each tool the benchmark compares, as a whole process on the same input: pressroom, pagedjs-cli, Chrome's own print.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import { PDFDocument } from "@cantoo/pdf-lib";
import { PACKAGE_DIR } from "../config/build-options.js";
import type { StageName } from "../pipeline/build-context.js";
import { CHROMIUM_FLAGS } from "../stages/paginate/launch-browser.js";
import { measureProcess, type ProcessMeasure } from "./measure-process.js";
import { LOAD_AT_ONCE } from "../shared/pdf-at-once.js";

export type ToolName = "pressroom" | "pagedjs-cli" | "chrome";

export interface ToolRun {
  tool: ToolName;
  ms: number;
  peakBytes: number;
  pages: number;
  /** pressroom's own time per stage (summed over editions laid out side by side). */
  stages?: Partial<Record<StageName, number>>;
  /** pressroom's time per stage for each edition on its own, with the layouts each took. */
  editions?: EditionRun[];
}

export interface EditionRun {
  edition: string;
  layouts: number;
  stages: Partial<Record<StageName, number>>;
}

/** `pressroom build` as an editor runs it (only some editions, if given); its --json report gives the pages and the time of each stage. */
export async function runPressroom(issueDir: string, outDir: string, browser: string, only?: string[]): Promise<ToolRun> {
  const args = [path.join(PACKAGE_DIR, "bin", "pressroom.js"), "build", issueDir, "--out", outDir, "--browser", browser, "--json", "--quiet"];
  for (const edition of only ?? []) args.push("--edition", edition);
  const run = await measureProcess(process.execPath, args);
  requireSuccess("pressroom", run);
  const report = JSON.parse(run.stdout) as { outputs: { edition: string; pages: number; timings: Partial<Record<StageName, number>> & { layouts: number } }[]; timings: ToolRun["stages"] };
  const editions = report.outputs.map(({ edition, timings: { layouts, ...stages } }) => ({ edition, layouts, stages }));
  return { tool: "pressroom", ms: run.ms, peakBytes: run.peakBytes, pages: report.outputs.reduce((sum, output) => sum + output.pages, 0), stages: report.timings, editions };
}

/** Paged.js's own command line on pressroom's HTML, with the same Chromium (its Puppeteer would download another). */
export async function runPagedjsCli(url: string, pdf: string, browser: string): Promise<ToolRun> {
  const require = createRequire(import.meta.url);
  // Its "exports" hides package.json; cli.js sits beside the entry point.
  const cli = path.join(path.dirname(require.resolve("pagedjs-cli")), "cli.js");
  // Its Puppeteer leaves each run's browser profile (puppeteer_dev_chrome_profile-*) in the temporary folder: given
  // one of its own, removed after the run, a benchmark leaves nothing behind.
  const temporary = mkdtempSync(path.join(os.tmpdir(), "pressroom-bench-pagedjs-"));
  const run = await measureProcess(process.execPath, [cli, url, "-o", pdf, "--browserArgs", "--no-sandbox"], {
    env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: browser, PUPPETEER_SKIP_DOWNLOAD: "1", TMPDIR: temporary },
  }).finally(() => rmSync(temporary, { recursive: true, force: true }));
  requireSuccess("pagedjs-cli", run);
  return { tool: "pagedjs-cli", ms: run.ms, peakBytes: run.peakBytes, pages: await countPages(pdf) };
}

/** Chrome printing the page itself, without any pagination script: the floor no page-aware layout can go under. */
export async function runChromePrint(url: string, pdf: string, browser: string): Promise<ToolRun> {
  const run = await measureProcess(browser, ["--headless", ...CHROMIUM_FLAGS, "--no-pdf-header-footer", `--print-to-pdf=${pdf}`, url]);
  requireSuccess("chrome", run);
  return { tool: "chrome", ms: run.ms, peakBytes: run.peakBytes, pages: await countPages(pdf) };
}

async function countPages(pdf: string): Promise<number> {
  const doc = await PDFDocument.load(readFileSync(pdf), LOAD_AT_ONCE);
  return doc.getPageCount();
}

function requireSuccess(tool: string, run: ProcessMeasure): void {
  if (run.code === 0) return;
  throw new Error(`${tool} failed (exit ${run.code}):\n${(run.stderr || run.stdout).trim().split("\n").slice(-15).join("\n")}`);
}
