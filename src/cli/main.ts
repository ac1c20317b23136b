// The command line: parses arguments, runs the library, prints for people or --json; the only place that exits.

import { AbortedError, BrowserNotFoundError, PressroomError, UsageError } from "../diagnostics/errors.js";
import { VERSION } from "../pipeline/version.js";
import { EXIT } from "./exit-codes.js";
import { formatError } from "./format-error.js";
import { formatFrontMatterHelp, HELP } from "./help.js";
import { parseCommand } from "./parse-command.js";
import { createStyle } from "./style.js";

export { EXIT } from "./exit-codes.js";

export async function main(argv: string[]): Promise<number> {
  const style = createStyle(process.stderr, process.env);
  let debug = argv.includes("--debug");
  try {
    const command = parseCommand(argv);
    debug = command.debug;
    if (command.kind === "help") {
      process.stdout.write(command.topic === "front-matter" ? formatFrontMatterHelp() : HELP[command.topic as keyof typeof HELP] ?? HELP.main);
      return EXIT.ok;
    }
    if (command.kind === "version") {
      process.stdout.write(`pressroom ${VERSION}\n`);
      return EXIT.ok;
    }
    // Each command loads only what it uses: a build never waits for the preview's server or the checker.
    switch (command.kind) {
      case "build":
        return await (await import("./run-build-command.js")).runBuildCommand(command, style);
      case "new":
        return await (await import("./run-new-command.js")).runNewCommand(command, style);
      case "check":
        return await (await import("./run-check-command.js")).runCheckCommand(command, style);
      case "preview":
        return await (await import("./run-preview-command.js")).runPreviewCommand(command, style);
    }
  } catch (error) {
    process.stderr.write(formatError(error, style, debug) + "\n");
    return exitCodeFor(error);
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof BrowserNotFoundError) return EXIT.noBrowser;
  if (error instanceof AbortedError) return EXIT.interrupted;
  if (error instanceof PressroomError) return EXIT.content;
  return EXIT.content;
}
