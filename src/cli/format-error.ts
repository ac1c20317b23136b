// The one formatter that turns errors and warnings into text for an editor: what, where, what to do.

import { PressroomError, type SourceLocation } from "../diagnostics/errors.js";
import { readSourceLines } from "../diagnostics/read-source-lines.js";
import type { BuildWarning } from "../diagnostics/warnings.js";
import type { Style } from "./style.js";

export function formatError(error: unknown, style: Style, debug: boolean): string {
  if (!(error instanceof PressroomError)) {
    const message = error instanceof Error ? error.message : String(error);
    const lines = [`${style.red("error")}: pressroom stopped on an unexpected problem: ${message}`];
    lines.push(`  ${style.bold("hint")}: this is a bug in pressroom, not in your issue. Run again with --debug and report the output.`);
    if (debug && error instanceof Error && error.stack) lines.push(style.dim(error.stack));
    return lines.join("\n");
  }
  const lines = [`${style.red("error")}: ${error.message}`];
  if (error.location) lines.push(...formatLocation(error.location, style));
  if (error.hint) lines.push(`  ${style.bold("hint")}: ${indent(error.hint)}`);
  const causes = collectCauses(error);
  if (debug) {
    causes.forEach((cause, index) => lines.push(style.dim(`  cause ${index + 1}: ${cause}`)));
    if (error.stack) lines.push(style.dim(error.stack));
  }
  return lines.join("\n");
}

export function formatWarning(warning: BuildWarning, style: Style): string {
  const edition = warning.edition ? ` [${warning.edition}]` : "";
  const lines = [`${style.yellow("warning")}${edition}: ${warning.message}`];
  if (warning.location) lines.push(`  --> ${formatPlace(warning.location)}`);
  if (warning.hint) lines.push(`  ${style.bold("hint")}: ${indent(warning.hint)}`);
  return lines.join("\n");
}

export function formatPlace(location: SourceLocation): string {
  return [location.file, location.line, location.column].filter((part) => part !== undefined).join(":");
}

/** "--> file:line:column" and, when the file can be read, the line with a caret under the column. */
function formatLocation(location: SourceLocation, style: Style): string[] {
  const lines = [`  --> ${formatPlace(location)}`];
  const source = location.line ? readSourceLines(location.file, location.line) : undefined;
  if (!source) return lines;
  const width = String((location.line ?? 0) + 1).length;
  for (const { number, text, marked } of source) {
    lines.push(style.dim(`  ${String(number).padStart(width)} | `) + text);
    if (marked && location.column) lines.push(style.dim(`  ${" ".repeat(width)} | `) + " ".repeat(location.column - 1) + style.red("^"));
  }
  return lines;
}

function collectCauses(error: Error): string[] {
  const causes: string[] = [];
  let current: unknown = error.cause;
  while (current && causes.length < 5) {
    causes.push(current instanceof Error ? current.message : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return causes;
}

function indent(text: string): string {
  return text.replace(/\n/g, "\n        ");
}
