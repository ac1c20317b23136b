// Turns argv into a typed command, with usage errors an editor can act on.

import { parseArgs } from "node:util";
import { UsageError } from "../diagnostics/errors.js";

export interface BuildCommand {
  kind: "build";
  issue: string;
  out?: string;
  editions: string[];
  browser?: string;
  timeoutMs?: number;
  allowHtml: boolean;
  /** Every picture in grayscale for this build (a photocopied run), whatever issue.md says. */
  grayscale?: true;
  json: boolean;
  quiet: boolean;
  verbose: boolean;
  debug: boolean;
}

export type Command =
  | BuildCommand
  | { kind: "help"; topic?: string; debug: boolean }
  | { kind: "version"; debug: boolean };

const BUILD_OPTIONS = {
  out: { type: "string" },
  edition: { type: "string", multiple: true },
  browser: { type: "string" },
  timeout: { type: "string" },
  "allow-html": { type: "boolean" },
  grayscale: { type: "boolean" },
  json: { type: "boolean" },
  quiet: { type: "boolean" },
  verbose: { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export function parseCommand(argv: string[]): Command {
  const [name, ...rest] = argv;
  const debug = argv.includes("--debug");
  if (!name || name === "--help" || name === "-h" || name === "help") return { kind: "help", topic: name === "help" ? rest[0] : undefined, debug };
  if (name === "--version" || name === "-v") return { kind: "version", debug };
  if (name !== "build") {
    throw new UsageError("usage-unknown-command", `"${name}" is not a pressroom command.`, {
      hint: "Use `pressroom build <issue-folder>`, or `pressroom --help` for the list of commands.",
    });
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: BUILD_OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError("usage-bad-option", (error as Error).message.replace(/^.*?: /, "").split(". ")[0] + ".", {
      hint: "Run `pressroom build --help` for the options.",
      cause: error,
    });
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help", topic: "build", debug };
  if (positionals.length !== 1) {
    throw new UsageError("usage-issue-folder", positionals.length ? "Give one issue folder at a time." : "Which issue should be built?", {
      hint: "Name the issue folder, e.g. `pressroom build issues/2026-11`.",
    });
  }
  return {
    kind: "build",
    issue: positionals[0] as string,
    out: values.out,
    editions: values.edition ?? [],
    browser: values.browser,
    timeoutMs: values.timeout === undefined ? undefined : readNumber("--timeout", values.timeout, 1, 3600) * 1000,
    allowHtml: values["allow-html"] ?? false,
    grayscale: values.grayscale ? true : undefined,
    json: values.json ?? false,
    quiet: values.quiet ?? false,
    verbose: values.verbose ?? false,
    debug,
  };
}

function readNumber(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new UsageError("usage-bad-number", `${flag} takes a number from ${min} to ${max}; "${text}" is not one.`, {
      hint: `For example ${flag} ${Math.max(min, Math.min(max, 3))}.`,
    });
  }
  return value;
}
