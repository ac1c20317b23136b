// The command line: parses arguments, runs the library, prints for people or --json; the only place that exits.

import { build } from "../index.js";
import { AbortedError, BrowserNotFoundError, PressroomError, UsageError } from "../diagnostics/errors.js";
import { VERSION } from "../pipeline/version.js";
import type { ProgressEvent } from "../config/build-options.js";
import { formatError, formatWarning } from "./format-error.js";
import { BUILD_HELP, MAIN_HELP, formatFrontMatterHelp } from "./help.js";
import { parseCommand, type BuildCommand } from "./parse-command.js";
import { createStyle } from "./style.js";

export const EXIT = { ok: 0, content: 1, usage: 2, noBrowser: 3, interrupted: 130 } as const;

export async function main(argv: string[]): Promise<number> {
  const style = createStyle(process.stderr, process.env);
  let debug = argv.includes("--debug");
  try {
    const command = parseCommand(argv);
    debug = command.debug;
    if (command.kind === "help") {
      process.stdout.write(command.topic === "front-matter" ? formatFrontMatterHelp() : command.topic === "build" ? BUILD_HELP : MAIN_HELP);
      return EXIT.ok;
    }
    if (command.kind === "version") {
      process.stdout.write(`pressroom ${VERSION}\n`);
      return EXIT.ok;
    }
    return await runBuildCommand(command, style);
  } catch (error) {
    process.stderr.write(formatError(error, style, debug) + "\n");
    return exitCodeFor(error);
  }
}

async function runBuildCommand(command: BuildCommand, style: ReturnType<typeof createStyle>): Promise<number> {
  const controller = new AbortController();
  const say = (text: string) => {
    if (!command.quiet) process.stderr.write(text + "\n");
  };
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted); // a second Ctrl-C does not wait
    say("Stopping: closing the browser and removing temporary files...");
    controller.abort();
  };
  process.on("SIGINT", onSigint);
  process.on("SIGTERM", onSigint);
  const started = performance.now();
  const startedEditions = new Set<string>();
  try {
    const result = await build({
      issue: command.issue,
      outDir: command.out,
      editions: command.editions,
      browser: command.browser,
      timeoutMs: command.timeoutMs,
      allowHtml: command.allowHtml,
      grayscale: command.grayscale,
      impose: command.impose,
      press: command.press,
      signal: controller.signal,
      onWarning: (warning) => say(formatWarning(warning, style)),
      onProgress: (event) => {
        // One line as each edition starts: editions are laid out side by side, and a fitted sheet takes several layouts.
        if (event.type === "page" && !startedEditions.has(event.edition)) {
          startedEditions.add(event.edition);
          say(style.dim(`${event.edition}: laying out...`));
        }
        if (event.type === "edition-fitted") say(`${event.edition}: ${event.message}`);
        if (event.type === "edition-done") say(describeDone(event, style));
        if (event.type === "edition-imposed") say(describeImposed(event, style));
      },
    });
    // The preflight is printed after the build, where an editor reads it, not lost among the progress lines.
    for (const output of result.outputs) if (output.press) say(`${output.edition} press PDF: ${output.press.path}\n  ${output.press.report.trimEnd().split("\n").slice(1).join("\n  ")}`);
    if (command.verbose) {
      for (const [stage, ms] of Object.entries(result.timings)) say(style.dim(`  ${stage.padEnd(12)} ${Math.round(ms ?? 0)} ms`));
      say(style.dim(`  total        ${Math.round(performance.now() - started)} ms`));
    }
    if (command.json) {
      const summary = {
        issue: result.issue,
        outputs: result.outputs.map(({ edition, lang, path, pages, warnings, fitted, imposed, press, panels }) => ({
          edition,
          lang,
          path,
          pages,
          warnings,
          ...(fitted && { fitted }),
          ...(imposed && { imposed }),
          ...(press && { press }),
          ...(panels && { panels }),
        })),
        warnings: result.warnings,
      };
      process.stdout.write(JSON.stringify(summary, null, 2) + "\n");
    }
    return EXIT.ok;
  } finally {
    process.off("SIGINT", onSigint);
    process.off("SIGTERM", onSigint);
  }
}

/** "done en: 6 pages -> output/x/en.pdf"; for a leaflet, its sheet, how to print it, and its panels' copy. */
function describeDone(event: Extract<ProgressEvent, { type: "edition-done" }>, style: ReturnType<typeof createStyle>): string {
  if (event.panels) {
    return (
      `${style.green("done")} ${event.edition}: ${event.panels.count} panels on both sides of one sheet -> ${event.file}\n` +
      `  print it on both sides, flipping on the short edge; the panels in reading order, for screens -> ${event.panels.file}`
    );
  }
  return `${style.green("done")} ${event.edition}: ${event.pages} ${event.pages === 1 ? "page" : "pages"} -> ${event.file}`;
}

/** "done en: booklet, 2 A4 sheets printed on both sides -> output/x/en.booklet.pdf", saying when pages were shrunk. */
function describeImposed(event: Extract<ProgressEvent, { type: "edition-imposed" }>, style: ReturnType<typeof createStyle>): string {
  const sheets = `${event.sheets} ${event.sheet} sheet${event.sheets === 1 ? "" : "s"}`;
  const what = event.mode === "booklet" ? `booklet, ${sheets} printed on both sides` : `2 pages per side, ${sheets}`;
  const shrunk = event.scale < 1 ? ` (pages shrunk to ${Math.round(event.scale * 100)}% to fit ${event.sheet})` : "";
  return `${style.green("done")} ${event.edition}: ${what}${shrunk} -> ${event.file}`;
}

function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof BrowserNotFoundError) return EXIT.noBrowser;
  if (error instanceof AbortedError) return EXIT.interrupted;
  if (error instanceof PressroomError) return EXIT.content;
  return EXIT.content;
}
