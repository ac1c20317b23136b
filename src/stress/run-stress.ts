// `npm run stress`: writes many varied issues from real newsletter text, builds each, and records and prints what every build produced.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { collectBenchText } from "../bench/collect-bench-text.js";
import { PACKAGE_DIR } from "../config/build-options.js";
import { compareStressRuns } from "./compare-stress-runs.js";
import { formatStressTable, formatTotals } from "./format-stress-table.js";
import { hashIssueFolder } from "./hash-issue-folder.js";
import { measureBlankPages } from "./measure-blank-pages.js";
import { planStressIssue } from "./plan-stress-issue.js";
import { recordStressBuild } from "./record-stress-build.js";
import { spawnStressBuild } from "./spawn-stress-build.js";
import type { IssueRecord, StressSummary } from "./stress-summary.js";
import { countWarningCodes, sumStressRun } from "./sum-stress-run.js";
import { writeStressIssue } from "./write-stress-issue.js";

const USAGE = `npm run stress -- [--count 12] [--seed 1] [--out output/stress] [--compare old-summary.json] [--browser PATH] [--project-text]

Writes <count> generated issues (seeds <seed>, <seed>+1, ...) into <out>/issues/<kind>-<seed>/, builds each into
<out>/pdf/, writes <out>/summary.json and prints a line per edition. With --compare, prints only what differs from
an earlier run's summary.json, and a verdict. With --project-text, the text comes from the sample issues only, not
../shared/corpus, so that a seed writes the same issue on any machine.`;

/** Longest a build may take: the largest generated newspapers take about a minute; ten means something is stuck. */
const BUILD_TIMEOUT_SECONDS = 600;

async function main(): Promise<number> {
  const read = readOptions();
  if ("exit" in read) return read.exit;
  const { options } = read;
  // --project-text: the sample issues' text alone, so a seed writes the same issue on a machine without the corpus.
  const corpus = options.projectText ? undefined : path.join(PACKAGE_DIR, "..", "shared", "corpus");
  const text = collectBenchText(PACKAGE_DIR, corpus);
  const source = corpus && existsSync(corpus) ? `${corpus} and the project's issues` : `the project's issues (${corpus ? "no ../shared/corpus" : "--project-text"})`;
  const paragraphs = new Map([...text].map(([lang, list]) => [lang, list.length]));
  // Read before the run: --compare may name the summary.json this run replaces.
  const before = options.compare ? readSummary(options.compare) : undefined;
  const say = (line: string) => process.stderr.write(line + "\n");
  say(`Stress run: ${options.count} issues from seed ${options.seed}, text from ${source}, into ${options.out}`);
  const startedAt = new Date().toISOString();
  const issues: IssueRecord[] = [];
  for (let index = 0; index < options.count; index++) {
    const plan = planStressIssue(options.seed + index, paragraphs);
    const issueDir = path.join(options.out, "issues", plan.name);
    await writeStressIssue(issueDir, plan, text);
    // An earlier run's PDFs would stand for this build's when it writes none (a failed build keeps the last good PDF).
    rmSync(path.join(options.out, "pdf", plan.name), { recursive: true, force: true });
    const outcome = await spawnStressBuild({ packageDir: PACKAGE_DIR, issueDir, outDir: path.join(options.out, "pdf"), browser: options.browser, timeoutSeconds: BUILD_TIMEOUT_SECONDS });
    const record = recordStressBuild(plan, outcome, path.relative(process.cwd(), issueDir), hashIssueFolder(issueDir));
    await addBlankPages(record, path.join(options.out, "pdf", plan.name));
    issues.push(record);
    say(describeProgress(index + 1, options.count, record));
  }
  const summary: StressSummary = { version: 1, startedAt, firstSeed: options.seed, count: options.count, text: source, issues, totals: sumStressRun(issues) };
  mkdirSync(options.out, { recursive: true });
  const summaryFile = path.join(options.out, "summary.json");
  writeFileSync(summaryFile, JSON.stringify(summary, null, 2) + "\n");
  say(`Wrote ${path.relative(process.cwd(), summaryFile)}`);
  if (before) {
    const { lines, verdict } = compareStressRuns(before, summary);
    // The differences, then this run's totals, so a run compared is not a run without its figures.
    console.log([`Against ${options.compare}:`, ...lines.map((line) => `  ${line}`), verdict, formatTotals(summary)].join("\n"));
  } else {
    console.log(formatStressTable(summary));
  }
  return 0;
}

interface StressOptions {
  count: number;
  seed: number;
  out: string;
  compare?: string;
  browser?: string;
  projectText: boolean;
}

/** The options, or the exit status when there is nothing to run (--help, exit 0; a mistake, exit 2 as pressroom's). */
function readOptions(): { options: StressOptions } | { exit: number } {
  try {
    const { values } = parseArgs({
      options: {
        count: { type: "string", default: "12" },
        seed: { type: "string", default: "1" },
        out: { type: "string", default: path.join("output", "stress") },
        compare: { type: "string" },
        browser: { type: "string" },
        "project-text": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      return { exit: 0 };
    }
    const count = Number(values.count);
    const seed = Number(values.seed);
    if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a whole number of issues, 1 or more, not "${values.count}"`);
    if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}"`);
    return { options: { count, seed, out: path.resolve(values.out), projectText: values["project-text"] === true, ...(values.compare && { compare: values.compare }), ...(values.browser && { browser: values.browser }) } };
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return { exit: 2 };
  }
}

function readSummary(file: string): StressSummary {
  const summary = JSON.parse(readFileSync(file, "utf8")) as Partial<StressSummary>;
  if (summary.version !== 1 || !Array.isArray(summary.issues)) throw new Error(`${file} is not a stress run's summary.json (version 1).`);
  return summary as StressSummary;
}

/**
 * Notes each written edition's pages that end a third blank or more (measureBlankPages), which no warning names: a
 * picture's row or an article sent overleaf whole. Not a sheet's or a leaflet's sides, fitted to their paper and
 * warned when underfilled, nor a flip edition's, whose blank pages between its halves are meant.
 */
async function addBlankPages(record: IssueRecord, pdfDir: string): Promise<void> {
  if (record.kind === "sheet" || record.kind === "leaflet") return;
  for (const edition of record.editions) {
    if (edition.pages === undefined || edition.edition === "flip" || edition.edition.startsWith("flip-")) continue;
    // A PDF that cannot be read so (poppler missing) loses its figure, not the run.
    const blankPages = await measureBlankPages(path.join(pdfDir, `${edition.edition}.pdf`)).catch((error: unknown) => {
      process.stderr.write(`${record.name} ${edition.edition}: pages ending blank not measured (${error instanceof Error ? error.message : String(error)})\n`);
      return [];
    });
    if (blankPages.length) edition.blankPages = blankPages;
  }
}

/** "[3/12] sheet-3: 4.2 s, exit 0, en 2 pages, ar 2 pages; lone-line 1". */
function describeProgress(done: number, count: number, record: IssueRecord): string {
  const editions = record.editions.map((edition) => `${edition.edition} ${edition.pages === undefined ? "failed" : `${edition.pages} p.`}`).join(", ");
  const warnings = [...record.issueWarnings, ...record.editions.flatMap((edition) => edition.warnings)];
  return `[${done}/${count}] ${record.name}: ${record.seconds} s, exit ${record.exitCode ?? "(stopped)"}, ${editions}; warnings: ${countWarningCodes(warnings)}`;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
