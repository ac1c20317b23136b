// Turns argv into a typed command, with usage errors an editor can act on.

import { parseArgs } from "node:util";
import { isLanguageTag, nameLanguage, suggestLanguageCode } from "../config/languages.js";
import { OFFICE_PAPER_WEIGHT, PAPER_WEIGHT_RANGE, readPaperWeight } from "../config/paper-weight.js";
import { UsageError } from "../diagnostics/errors.js";
import { IMPOSE_MODES, type ImposeMode } from "../stages/impose-pdf/plan-imposition.js";
import { findNearestName } from "../shared/find-nearest-name.js";

export interface BuildCommand extends OutputFlags {
  kind: "build";
  issue: string;
  out?: string;
  editions: string[];
  browser?: string;
  timeoutMs?: number;
  allowHtml: boolean;
  /** Every picture in grayscale for this build (a photocopied run), whatever issue.md says. */
  grayscale?: true;
  /** Also write each edition laid out for an office printer, whatever issue.md says. */
  impose?: ImposeMode;
  /** The booklet paper's weight, g/m² (--paper-weight). */
  paperWeight?: number;
  /** Also write press PDFs (bleed, marks, boxes, preflight); bleed in mm when --bleed is given, CMYK with --cmyk. */
  press?: { bleedMm?: number; cmyk: boolean };
}

/** `pressroom check <issue>`: every problem found without laying out or writing a PDF. */
export interface CheckCommand extends OutputFlags {
  kind: "check";
  issue: string;
  editions: string[];
  allowHtml?: true;
}

/** `pressroom new <folder>`: a new issue folder, numbered after the issues beside it. */
export interface NewCommand extends OutputFlags {
  kind: "new";
  folder: string;
  layout?: string;
  languages?: string[];
  title?: string;
}

/** `pressroom preview <issue>`: the laid-out pages in a browser, updated as files are saved. */
export interface PreviewCommand extends OutputFlags {
  kind: "preview";
  issue: string;
  editions: string[];
  port?: number;
  allowHtml?: true;
}

export interface OutputFlags {
  json: boolean;
  quiet: boolean;
  verbose: boolean;
  debug: boolean;
}

export type Command =
  | BuildCommand
  | CheckCommand
  | NewCommand
  | PreviewCommand
  | { kind: "help"; topic?: string; debug: boolean }
  | { kind: "version"; debug: boolean };

const OUTPUT_OPTIONS = {
  json: { type: "boolean" },
  quiet: { type: "boolean" },
  verbose: { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const BUILD_OPTIONS = {
  ...OUTPUT_OPTIONS,
  out: { type: "string" },
  edition: { type: "string", multiple: true },
  browser: { type: "string" },
  timeout: { type: "string" },
  "allow-html": { type: "boolean" },
  grayscale: { type: "boolean" },
  impose: { type: "string" },
  "paper-weight": { type: "string" },
  press: { type: "boolean" },
  bleed: { type: "string" },
  cmyk: { type: "boolean" },
} as const;

const CHECK_OPTIONS = { ...OUTPUT_OPTIONS, edition: { type: "string", multiple: true }, "allow-html": { type: "boolean" } } as const;
const NEW_OPTIONS = { ...OUTPUT_OPTIONS, layout: { type: "string" }, language: { type: "string", multiple: true }, title: { type: "string" } } as const;
const PREVIEW_OPTIONS = { ...OUTPUT_OPTIONS, edition: { type: "string", multiple: true }, port: { type: "string" }, "allow-html": { type: "boolean" } } as const;

export const COMMAND_NAMES = ["build", "check", "new", "preview"] as const;

export function parseCommand(argv: string[]): Command {
  const [name, ...rest] = argv;
  const debug = argv.includes("--debug");
  if (!name || name === "--help" || name === "-h" || name === "help") return { kind: "help", topic: name === "help" ? rest[0] : undefined, debug };
  if (name === "--version" || name === "-v") return { kind: "version", debug };
  switch (name) {
    case "build":
      return parseBuild(rest, debug);
    case "check": {
      const { values, positional } = readArgs("check", () => parseArgs({ args: rest, options: CHECK_OPTIONS, allowPositionals: true, strict: true }), { question: "Which issue should be checked?", example: "pressroom check issues/2026-11" });
      if (values.help) return { kind: "help", topic: "check", debug };
      return { kind: "check", issue: positional, editions: values.edition ?? [], ...(values["allow-html"] && { allowHtml: true as const }), ...readOutputFlags(values, debug) };
    }
    case "new": {
      const { values, positional } = readArgs("new", () => parseArgs({ args: rest, options: NEW_OPTIONS, allowPositionals: true, strict: true }), { question: "Where should the new issue go?", example: "pressroom new issues/2026-12" });
      if (values.help) return { kind: "help", topic: "new", debug };
      return {
        kind: "new",
        folder: positional,
        ...(values.layout && { layout: values.layout }),
        ...(values.language && { languages: readLanguages(values.language) }),
        ...(values.title && { title: values.title }),
        ...readOutputFlags(values, debug),
      };
    }
    case "preview": {
      const { values, positional } = readArgs("preview", () => parseArgs({ args: rest, options: PREVIEW_OPTIONS, allowPositionals: true, strict: true }), { question: "Which issue should be previewed?", example: "pressroom preview issues/2026-11" });
      if (values.help) return { kind: "help", topic: "preview", debug };
      return {
        kind: "preview",
        issue: positional,
        editions: values.edition ?? [],
        ...(values.port !== undefined && { port: readNumber("--port", values.port, 1, 65535) }),
        ...(values["allow-html"] && { allowHtml: true as const }),
        ...readOutputFlags(values, debug),
      };
    }
    default:
      throw new UsageError("usage-unknown-command", `"${name}" is not a pressroom command.`, {
        hint: `${describeNearestCommand(name)}The commands are ${COMMAND_NAMES.join(", ")}; run \`pressroom --help\` for what each does.`,
      });
  }
}

/** "Did you mean check?" for a command mistyped by a letter or two (chek, buidl, preveiw). */
function describeNearestCommand(name: string): string {
  const nearest = findNearestName(name, COMMAND_NAMES);
  return nearest ? `Did you mean ${nearest}? ` : "";
}

function parseBuild(rest: string[], debug: boolean): Command {
  const { values, positional } = readArgs("build", () => parseArgs({ args: joinNegativeValues(rest), options: BUILD_OPTIONS, allowPositionals: true, strict: true }), { question: "Which issue should be built?", example: "pressroom build issues/2026-11" });
  if (values.help) return { kind: "help", topic: "build", debug };
  return {
    kind: "build",
    issue: positional,
    out: values.out,
    editions: values.edition ?? [],
    browser: values.browser,
    timeoutMs: values.timeout === undefined ? undefined : readNumber("--timeout", values.timeout, 1, 3600) * 1000,
    allowHtml: values["allow-html"] ?? false,
    grayscale: values.grayscale ? true : undefined,
    impose: values.impose === undefined ? undefined : readImposeMode(values.impose, values),
    paperWeight: values["paper-weight"] === undefined ? undefined : readPaperWeightFlag(values["paper-weight"]),
    press: readPress(values),
    ...readOutputFlags(values, debug),
  };
}

/** One folder after the command, and its options (`parse` runs Node's parser); `--help` needs no folder. */
function readArgs<V extends { help?: boolean }>(
  command: string,
  parse: () => { values: V; positionals: string[] },
  folder: { question: string; example: string },
): { values: V; positional: string } {
  let parsed;
  try {
    parsed = parse();
  } catch (error) {
    throw new UsageError("usage-bad-option", (error as Error).message.replace(/^.*?: /, "").split(". ")[0] + ".", {
      hint: `Run \`pressroom ${command} --help\` for the options.`,
      cause: error,
    });
  }
  const { values, positionals } = parsed;
  if (!values.help && positionals.length !== 1) {
    throw new UsageError("usage-issue-folder", positionals.length ? "Give one issue folder at a time." : folder.question, {
      hint: `Name the folder, e.g. \`${folder.example}\`.`,
    });
  }
  return { values, positional: positionals[0] ?? "" };
}

function readOutputFlags(values: { json?: unknown; quiet?: unknown; verbose?: unknown }, debug: boolean): OutputFlags {
  return { json: values.json === true, quiet: values.quiet === true, verbose: values.verbose === true, debug };
}

/**
 * `--bleed -1` reaches the range check that explains what is allowed: Node's parser would otherwise take
 * -1 for an option and answer "argument is ambiguous". Only options that take a number are joined.
 */
function joinNegativeValues(args: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    if ((arg === "--bleed" || arg === "--timeout") && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

/** --bleed and --cmyk only mean something for the press PDF, so each asks for --press rather than doing nothing. */
function readPress(values: { press?: boolean; bleed?: string; cmyk?: boolean }): BuildCommand["press"] {
  for (const flag of ["bleed", "cmyk"] as const) {
    if (values[flag] !== undefined && !values.press) {
      throw new UsageError("usage-press-only", `--${flag} is for the press PDF, so it needs --press.`, {
        hint: `Add --press, e.g. \`pressroom build issues/2026-11 --press --${flag === "bleed" ? "bleed 3" : "cmyk"}\`.`,
      });
    }
  }
  if (!values.press) return undefined;
  return { bleedMm: values.bleed === undefined ? undefined : readNumber("--bleed", values.bleed, 0, 10), cmyk: values.cmyk ?? false };
}

/** --language en,ar (or repeated): codes, each checked, so that `new` never writes an issue.md `check` refuses. */
function readLanguages(lists: string[]): string[] {
  const codes = lists.flatMap((list) => list.split(",")).map((code) => code.trim()).filter(Boolean);
  for (const code of codes) {
    if (isLanguageTag(code)) continue;
    const meant = suggestLanguageCode(code);
    throw new UsageError("usage-bad-language", `--language takes language codes; "${code}" is not one.`, {
      hint: meant
        ? `Write ${meant} for ${nameLanguage(meant)}: --language ${codes.map((other) => (isLanguageTag(other) ? other : (suggestLanguageCode(other) ?? other))).join(",")}.`
        : "For example --language en,ar (English and Arabic).",
    });
  }
  return codes;
}

/** --paper-weight takes the weight as a number of g/m², or written as on the ream ("120gsm", "120 g/m²"). */
function readPaperWeightFlag(text: string): number {
  const weight = readPaperWeight(text);
  if (weight === undefined || weight < PAPER_WEIGHT_RANGE.min || weight > PAPER_WEIGHT_RANGE.max) {
    throw new UsageError("usage-bad-number", `--paper-weight takes a paper weight from ${PAPER_WEIGHT_RANGE.min} to ${PAPER_WEIGHT_RANGE.max} g/m²; "${text}" is not one.`, {
      hint: `For example --paper-weight ${OFFICE_PAPER_WEIGHT} for office paper, or --paper-weight 120.`,
    });
  }
  return weight;
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

/** --impose takes booklet or 2up, and not with --press: a print shop lays the pages out on its own sheets. */
function readImposeMode(text: string, values: { press?: boolean }): ImposeMode {
  const mode = IMPOSE_MODES.find((known) => known === text.toLowerCase());
  if (!mode) {
    throw new UsageError("usage-bad-impose", `--impose takes booklet or 2up; "${text}" is neither.`, {
      hint: "Use --impose booklet for a booklet printed on both sides, folded and stapled, or --impose 2up for two pages side by side on each sheet, to cut in half.",
    });
  }
  if (values.press) {
    throw new UsageError("usage-impose-with-press", "--impose and --press cannot be used together: a print shop imposes the pages on its own sheets.", {
      hint: "Use --press for the file you send to a print shop, or --impose for printing on an office printer; pick one (build twice for both).",
    });
  }
  return mode;
}
