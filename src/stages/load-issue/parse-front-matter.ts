// Parses YAML front matter (or a whole YAML settings file) with positions and validates it against a schema (pure).

import { LineCounter, isMap, isNode, isScalar, parseDocument, type Document } from "yaml";
import type { ZodIssue, ZodType, ZodTypeDef } from "zod";
import { ContentError, type SourceLocation } from "../../diagnostics/errors.js";
import type { BuildWarning } from "../../diagnostics/warnings.js";
import { describeYamlMistake, findUnclosedQuote } from "./describe-yaml-mistake.js";
import { findLostText } from "./find-lost-text.js";
import { keepPrintedText } from "./keep-printed-text.js";
import { findNearestName } from "../../shared/find-nearest-name.js";

/** Settings printed as written (a headline, a byline), and where to say that words after # will not print. */
export interface PrintedSettings {
  keys: ReadonlySet<string>;
  warn: (w: BuildWarning) => void;
}

export interface ParsedFrontMatter<T> {
  data: T;
  /** Where a top-level key (or the value at a path) was written, for later errors. */
  locate(path: (string | number)[]): SourceLocation;
}

/**
 * Parses `yaml` (which starts on file line `startLine`) and validates it with `schema`.
 * Errors name the file, line and column of the offending key or value. `defaults` (already validated
 * elsewhere) fill in keys the YAML does not set. `kind`: "front matter" between an article's or issue.md's
 * --- lines, or "settings file" for a whole YAML file (pressroom.config.yaml, layout.yaml), so that a
 * message calls the text what the editor calls it. `printed`: settings printed as written (keepPrintedText).
 */
export function parseFrontMatter<T>(
  yaml: string | null,
  startLine: number,
  file: string,
  schema: ZodType<T, ZodTypeDef, unknown>,
  defaults: Record<string, unknown> = {},
  kind: "front matter" | "settings file" = "front matter",
  printed?: PrintedSettings,
): ParsedFrontMatter<T> {
  const noun = kind === "front matter" ? "The front matter" : "This settings file";
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml ?? "", { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toLocation = (offset: number): SourceLocation => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line + startLine - 1, column: pos.col };
  };
  const yamlError = doc.errors[0];
  if (yamlError) {
    const lines = (yaml ?? "").split("\n");
    const reported = lineCounter.linePos(yamlError.pos[0]).line - 1;
    const opened = yamlError.code === "MISSING_CHAR" ? findUnclosedQuote(lines, reported) : undefined;
    const location = opened ? { file, line: opened.line + startLine, column: opened.column } : toLocation(yamlError.pos[0]);
    const mistake = describeYamlMistake(yamlError.code, yamlError.message, lines[opened ? opened.line : reported] ?? "");
    throw new ContentError("front-matter-yaml", `${noun} is not valid YAML: ${mistake.what}`, { hint: mistake.hint, location, cause: yamlError });
  }
  // Valid YAML that would print less than was written: "title: !Urgent news" printed "news".
  const lost = findLostText(doc, yaml ?? "");
  if (lost) {
    throw new ContentError("front-matter-yaml", `${noun} would lose words: ${lost.what}`, { hint: lost.hint, location: toLocation(lost.offset) });
  }
  const raw = readValues(doc, { file, line: startLine, column: 1 }, noun) ?? {};
  if (typeof raw !== "object" || Array.isArray(raw)) {
    const example = kind === "front matter" ? "`title: ...`" : "`paper: A5`";
    throw new ContentError("front-matter-shape", `${noun} must be a list of settings such as ${example}, one per line.`, {
      hint: kind === "front matter" ? "Write each setting as `name: value` between the two --- lines." : "Write each setting as `name: value`, one per line.",
      location: { file, line: startLine, column: 1 },
    });
  }
  if (printed) keepPrintedText(doc, yaml ?? "", raw as Record<string, unknown>, printed.keys, toLocation, printed.warn);
  const locate = (path: (string | number)[]): SourceLocation => locatePath(doc, path, toLocation, { file, line: startLine, column: 1 });
  const result = schema.safeParse({ ...defaults, ...raw });
  if (!result.success) {
    const keys = listSchemaKeys(schema);
    const issue = pickIssue(result.error.issues, keys);
    const locateKeyName = (parent: (string | number)[], key: string) => locateKey(doc, parent, key, toLocation) ?? locate([...parent, key]);
    throw describeSchemaIssue(issue, file, locate, locateKeyName, { keys, raw: raw as Record<string, unknown> });
  }
  return { data: result.data, locate };
}

/** The settings as plain values; a YAML alias bomb (aliases of aliases, billions of values) is refused, not expanded. */
function readValues(doc: Document, where: SourceLocation, noun: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ContentError("front-matter-aliases", `${noun} repeats other settings (YAML aliases, *name) too many times to be read.`, {
      hint: "Write each setting out in full instead of with & and * aliases.",
      location: where,
      cause: error,
    });
  }
}

function locatePath(
  doc: Document,
  path: (string | number)[],
  toLocation: (offset: number) => SourceLocation,
  fallback: SourceLocation,
): SourceLocation {
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return toLocation(node.range[0]);
  }
  return fallback;
}

function locateKey(doc: Document, parentPath: (string | number)[], key: string, toLocation: (o: number) => SourceLocation): SourceLocation | undefined {
  const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  return pair && isScalar(pair.key) && pair.key.range ? toLocation(pair.key.range[0]) : undefined;
}

/** What the settings allow and what was written, for hints that name the setting or the line meant. */
interface IssueContext {
  keys: readonly string[];
  raw: Record<string, unknown>;
}

/** The top-level setting names a schema takes (an object, or one wrapped in checks), for "Did you mean". */
function listSchemaKeys(schema: unknown): string[] {
  let current = schema as { shape?: Record<string, unknown>; _def?: { schema?: unknown; innerType?: unknown } } | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current.shape && typeof current.shape === "object") return Object.keys(current.shape);
    current = (current._def?.schema ?? current._def?.innerType) as typeof current;
  }
  return [];
}

/**
 * The first problem, except that "titel:" is told as a misspelt title rather than as title missing: zod lists the
 * missing setting first, and the editor looked for it on the line they wrote.
 */
function pickIssue(issues: readonly ZodIssue[], keys: readonly string[]): ZodIssue {
  const missing = issues.filter((issue) => issue.code === "invalid_type" && issue.received === "undefined" && issue.path.length === 1).map((issue) => String(issue.path[0]));
  const misspelt = issues.find(
    (issue) => issue.code === "unrecognized_keys" && issue.path.length === 0 && issue.keys.some((key) => missing.includes(findNearestName(key, keys) ?? "")),
  );
  return misspelt ?? (issues[0] as ZodIssue);
}

function describeSchemaIssue(
  issue: ZodIssue,
  file: string,
  locate: (path: (string | number)[]) => SourceLocation,
  locateKeyName: (parent: (string | number)[], key: string) => SourceLocation,
  context: IssueContext = { keys: [], raw: {} },
): ContentError {
  // "languages.0" is a programmer's path: an editor reads "languages" (item 1).
  const names = issue.path.filter((part) => typeof part === "string").join(".");
  const items = issue.path.filter((part): part is number => typeof part === "number").map((index) => `item ${index + 1}`);
  const setting = `"${names}"${items.length ? ` (${items.join(", ")})` : ""}`;
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0] ?? "";
    // Only top-level names are known here; a nested one (under press:) gets the general hint.
    const nearest = issue.path.length === 0 ? findNearestName(key, context.keys.filter((name) => !(name in context.raw))) : undefined;
    return new ContentError("front-matter-unknown-key", `"${key}" is not a setting pressroom knows.${nearest ? ` Did you mean ${nearest}?` : ""}`, {
      hint: nearest
        ? `Write it as \`${nearest}:\`, or remove the line. Run \`pressroom help front-matter\` for the list of settings.`
        : "Check its spelling, or remove it. Run `pressroom help front-matter` for the list of settings.",
      location: locateKeyName(issue.path, key),
    });
  }
  if (issue.code === "invalid_type" && issue.received === "undefined") {
    return new ContentError("front-matter-missing", `The setting ${setting} is missing.`, {
      hint: `Add a line \`${names}: ...\` between the --- lines at the top of the file.`,
      location: { file, line: 1, column: 1 },
    });
  }
  // A list where one line of text goes (two authors under byline:): the line it wants, ready to copy.
  const written = issue.path.length === 1 ? context.raw[String(issue.path[0])] : undefined;
  const asLine = issue.code === "invalid_type" && issue.expected === "string" && Array.isArray(written) && written.every((item) => typeof item === "string" || typeof item === "number");
  return new ContentError("front-matter-value", `The setting ${setting} ${issue.message}.`, {
    hint: asLine
      ? `Write it as one line: ${names}: ${written.join(", ")}`
      : "Correct the value on the line shown. Run `pressroom help front-matter` for what each setting takes.",
    location: locate(issue.path),
  });
}
