// `npm run bench`: pressroom against pagedjs-cli and Chrome's own print on the same generated issues, in one run.

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PACKAGE_DIR } from "../config/build-options.js";
import { findBrowser } from "../stages/paginate/find-browser.js";
import { collectBenchText } from "./collect-bench-text.js";
import { formatBenchReport, type BenchReport } from "./format-bench-report.js";
import { measurePreviewEdit } from "./measure-preview-edit.js";
import { runChromePrint, runPagedjsCli, runPressroom, type ToolRun } from "./run-tools.js";
import { serveBenchHtml, type ServedHtml } from "./serve-bench-html.js";
import { checkTargets, median, summarizeEditions, summarizeSize, type PreviewSummary, type SheetSummary } from "./summarize-bench.js";
import { writeNewspaperIssue, writeSheetIssue } from "./write-bench-issue.js";

/** Pages a generated article fills in the newspaper layout on A4, measured: it sets how many articles a size needs. */
const PAGES_PER_ARTICLE = 1.6;
const SHEET_LANGUAGES = ["en", "es", "fr", "ar", "ur", "fa"];

const USAGE = `npm run bench -- [--runs 3] [--sizes 8,40,200] [--json FILE] [--corpus DIR] [--browser PATH] [--skip-sheets] [--skip-preview] [--keep]`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "3" },
      sizes: { type: "string", default: "8,40,200" },
      json: { type: "string" },
      corpus: { type: "string", default: path.resolve(PACKAGE_DIR, "..", "shared", "corpus") },
      browser: { type: "string" },
      "skip-sheets": { type: "boolean", default: false },
      "skip-preview": { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return void console.log(USAGE);
  const runs = Math.max(1, Number(values.runs));
  const sizes = values.sizes.split(",").map(Number).filter((size) => size > 0);
  const browser = findBrowser(values.browser, process.env).path;
  const work = mkdtempSync(path.join(os.tmpdir(), "pressroom-bench-"));
  const say = (text: string) => process.stderr.write(text + "\n");
  const served: ServedHtml[] = [];
  try {
    const text = collectBenchText(PACKAGE_DIR, values.corpus);
    const textSource = existsSync(path.join(values.corpus, "en.txt")) ? `English from ${values.corpus} with the project's Arabic` : "the project's own sample text";
    say(`Writing issues of about ${sizes.join(", ")} pages in ${work}`);
    const issues = [];
    for (const size of sizes) {
      const dir = path.join(work, `news-${size}`);
      await writeNewspaperIssue(dir, text, { articles: Math.max(1, Math.round(size / PAGES_PER_ARTICLE)), drawing: path.join(PACKAGE_DIR, "issues", "2026-11", "images", "long-table-kitchen.svg") });
      const html = await serveBenchHtml(PACKAGE_DIR, dir, "en");
      served.push(html);
      issues.push({ size, dir, url: html.url });
    }
    // One untimed build first: every later run finds Chromium, fonts and modules in the disk cache alike.
    await runPressroom(issues[0]!.dir, path.join(work, "warm"), browser, ["en"]);

    const results = new Map<number, ToolRun[]>(sizes.map((size) => [size, []]));
    for (let run = 1; run <= runs; run++) {
      for (const { size, dir, url } of issues) {
        const out = path.join(work, `out-${size}`);
        // The tools take turns within each run, so a slower moment of the machine falls on all of them alike.
        const measured = [
          await runPressroom(dir, out, browser, ["en"]),
          await runPagedjsCli(url, path.join(out, "pagedjs-cli.pdf"), browser),
          await runChromePrint(url, path.join(out, "chrome.pdf"), browser),
        ];
        results.get(size)!.push(...measured);
        say(`run ${run}/${runs}, about ${size} pages: ${measured.map((result) => `${result.tool} ${(result.ms / 1000).toFixed(1)} s (${result.pages} pages)`).join(", ")}`);
      }
    }
    const summaries = sizes.map((size) => summarizeSize(size, results.get(size)!));
    const sheets = values["skip-sheets"] ? undefined : await measureSheets(work, text, browser, runs, say);
    const smallest = Math.min(...sizes);
    const previewPages = summaries.find((size) => size.target === smallest)!.tools.pressroom.pages;
    const preview = values["skip-preview"] ? undefined : await measurePreview(work, issues.find((issue) => issue.size === smallest)!.dir, previewPages, browser, runs, say);
    const report: BenchReport = { machine: describeMachine(browser), runs, text: textSource, sizes: summaries, sheets, preview, targets: checkTargets(summaries, sheets, preview) };
    console.log(formatBenchReport(report));
    if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2) + "\n");
  } finally {
    await Promise.all(served.map((html) => html.server.close()));
    if (values.keep) say(`Kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** One language edition of a single sheet, then all of them (six, with the corpus) in one build. */
async function measureSheets(work: string, text: ReturnType<typeof collectBenchText>, browser: string, runs: number, say: (text: string) => void): Promise<SheetSummary> {
  const dir = path.join(work, "sheet");
  // Without ../shared/corpus the project's own articles lack a language or two (French): the others are built.
  const languages = SHEET_LANGUAGES.filter((lang) => (text.get(lang)?.length ?? 0) > 0);
  const missing = SHEET_LANGUAGES.filter((lang) => !languages.includes(lang));
  if (missing.length) say(`No ${missing.join(", ")} text to print: the single-sheet notice has ${languages.length} editions.`);
  writeSheetIssue(dir, text, languages);
  const one: ToolRun[] = [];
  const all: ToolRun[] = [];
  for (let run = 1; run <= runs; run++) {
    one.push(await runPressroom(dir, path.join(work, "out-sheet-one"), browser, [languages[0]!]));
    all.push(await runPressroom(dir, path.join(work, "out-sheet-all"), browser));
    say(`run ${run}/${runs}, single sheet: one edition ${(one.at(-1)!.ms / 1000).toFixed(1)} s, ${languages.length} ${(all.at(-1)!.ms / 1000).toFixed(1)} s`);
  }
  const oneMs = median(one.map((run) => run.ms));
  const allMs = median(all.map((run) => run.ms));
  return { languages, missing, oneMs, allMs, ratio: allMs / oneMs, pages: { one: one[0]!.pages, all: all[0]!.pages }, editions: summarizeEditions(all) };
}

/** An edit to one article of the smallest issue, while `pressroom preview` shows it. */
async function measurePreview(work: string, issueDir: string, pages: number, browser: string, runs: number, say: (text: string) => void): Promise<PreviewSummary> {
  const copy = path.join(work, "preview");
  cpSync(issueDir, copy, { recursive: true });
  const measured = await measurePreviewEdit({ projectDir: PACKAGE_DIR, issue: copy, article: "001-article.md", browserPath: browser, runs, edition: "en" });
  say(`preview: edits shown after ${measured.runs.map((run) => `${Math.round(run.shownMs)} ms`).join(", ")}`);
  return {
    shownMs: measured.medianMs,
    readyMs: median(measured.runs.map((run) => run.readyMs)),
    pages,
  };
}

function describeMachine(browser: string): string {
  const cpus = os.cpus();
  const version = readFileSafe("/etc/debian_version");
  return [
    `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}`,
    `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `${os.type()} ${os.release()}${version ? ` (Debian ${version.trim()})` : ""}`,
    `Node ${process.version}`,
    `${path.basename(browser)}`,
  ].join(", ");
}

function readFileSafe(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`The benchmark stopped: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
