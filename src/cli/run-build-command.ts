// `pressroom build`: runs the build with progress lines for people, or a --json summary; Ctrl-C stops it cleanly.

import type { ProgressEvent } from "../config/build-options.js";
import { EditionsNotWritten } from "../pipeline/editions-not-written.js";
import { startBrowserEarly } from "../pipeline/start-browser-early.js";
import { EXIT } from "./exit-codes.js";
import { formatWarning } from "./format-error.js";
import { formatSummary } from "./format-summary.js";
import { formatEditionTimings, formatStageTimings, roundTimings } from "./format-timings.js";
import type { BuildCommand } from "./parse-command.js";
import type { Style } from "./style.js";

/** How long a stopped build may take to close the browser and remove its temporary files. */
const STOP_GRACE_MS = 10_000;

export async function runBuildCommand(command: BuildCommand, style: Style): Promise<number> {
  const controller = new AbortController();
  const say = (text: string) => {
    if (!command.quiet) process.stderr.write(text + "\n");
  };
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted); // a second Ctrl-C does not wait
    say("Stopping: closing the browser and removing temporary files...");
    controller.abort();
    // A build stuck where it cannot hear the stop (a file operation that never returns) still stops.
    setTimeout(() => process.exit(EXIT.interrupted), STOP_GRACE_MS).unref();
  };
  process.on("SIGINT", onSigint);
  process.on("SIGTERM", onSigint);
  const started = performance.now();
  const startedEditions = new Set<string>();
  // The browser starts before the rest of pressroom loads (0.1 s of Node's thread), not after: on two cores, its
  // start then shares the cores less with reading and rendering the issue (builds 30 to 50 ms sooner). The build
  // takes it unless the project's settings name another browser; if the build never does, it is closed below.
  const earlyBrowser = startBrowserEarly({ browser: command.browser, env: process.env });
  try {
    const { runBuild } = await import("../pipeline/run-build.js");
    // Editions too long for their sheet end the build with an error, after the others were written: those are
    // summed up as after any build, and the error told last (main.ts), where it is read.
    let notWritten: EditionsNotWritten | undefined;
    const result = await runBuild({
      issue: command.issue,
      outDir: command.out,
      editions: command.editions,
      browser: command.browser,
      timeoutMs: command.timeoutMs,
      allowHtml: command.allowHtml,
      grayscale: command.grayscale,
      impose: command.impose,
      paperWeight: command.paperWeight,
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
    }, earlyBrowser).catch((error: unknown) => {
      if (!(error instanceof EditionsNotWritten)) throw error;
      notWritten = error;
      return error.result;
    });
    const unwritten = notWritten?.editions.map(({ edition }) => edition) ?? [];
    say(formatSummary(command.issue, result.outputs, style, result.warnings.length, unwritten));
    // The preflight is printed after the build, where an editor reads it, not lost among the progress lines.
    for (const output of result.outputs) if (output.press) say(`${output.edition} press PDF: ${output.press.path}\n  ${output.press.report.trimEnd().split("\n").slice(1).join("\n  ")}`);
    if (command.verbose) {
      for (const line of formatStageTimings(result.timings, performance.now() - started)) say(style.dim(line));
      for (const line of formatEditionTimings(result.outputs)) say(style.dim(line));
    }
    if (command.json) {
      const summary = {
        issue: result.issue,
        outputs: result.outputs.map(({ edition, lang, path, pages, warnings, summary, timings, fitted, imposed, press, panels }) => ({
          edition,
          lang,
          path,
          pages,
          warnings,
          summary,
          // This edition's own milliseconds per stage and its layouts, beside the build's sums below.
          timings: { ...roundTimings(timings.stages), layouts: timings.layouts },
          ...(fitted && { fitted }),
          ...(imposed && { imposed }),
          ...(press && { press }),
          ...(panels && { panels }),
        })),
        warnings: result.warnings,
        ...(notWritten && { notWritten: notWritten.editions.map(({ edition, error, removed }) => ({ edition, code: error.code, message: error.message, hint: error.hint, removed })) }),
        // Milliseconds per stage, for scripts and the benchmark (npm run bench).
        timings: roundTimings(result.timings),
      };
      process.stdout.write(JSON.stringify(summary, null, 2) + "\n");
    }
    if (notWritten) throw notWritten;
    return EXIT.ok;
  } finally {
    process.off("SIGINT", onSigint);
    process.off("SIGTERM", onSigint);
    await earlyBrowser.discard();
  }
}

/** "done en: 6 pages -> output/x/en.pdf"; for a leaflet, its sheet, how to print it, and its panels' copy. */
function describeDone(event: Extract<ProgressEvent, { type: "edition-done" }>, style: Style): string {
  if (event.panels) {
    return (
      `${style.green("done")} ${event.edition}: ${event.panels.count} panels on both sides of one sheet -> ${event.file}\n` +
      `  print it on both sides, flipping on the short edge; the panels in reading order, for screens -> ${event.panels.file}`
    );
  }
  return `${style.green("done")} ${event.edition}: ${event.pages} ${event.pages === 1 ? "page" : "pages"} -> ${event.file}`;
}

/** "done en: booklet, 2 A4 sheets printed on both sides -> output/x/en.booklet.pdf", saying when pages were shrunk. */
function describeImposed(event: Extract<ProgressEvent, { type: "edition-imposed" }>, style: Style): string {
  const sheets = `${event.sheets} ${event.sheet} sheet${event.sheets === 1 ? "" : "s"}`;
  const what = event.mode === "booklet" ? `booklet, ${sheets} printed on both sides` : `2 pages per side, ${sheets}`;
  const shrunk = event.scale < 1 ? ` (pages shrunk to ${Math.round(event.scale * 100)}% to fit ${event.sheet})` : "";
  return `${style.green("done")} ${event.edition}: ${what}${shrunk} -> ${event.file}`;
}

