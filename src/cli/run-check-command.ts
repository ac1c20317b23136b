// `pressroom check <issue>`: prints every problem found with its place and a hint, and a one-line verdict; exit 1 on errors.

import { checkIssue } from "../check/check-issue.js";
import { EXIT } from "./exit-codes.js";
import { formatError, formatWarning } from "./format-error.js";
import type { CheckCommand } from "./parse-command.js";
import type { Style } from "./style.js";

export async function runCheckCommand(command: CheckCommand, style: Style): Promise<number> {
  const say = (text: string) => {
    if (!command.quiet) process.stderr.write(text + "\n");
  };
  const result = await checkIssue({ issue: command.issue, editions: command.editions, allowHtml: command.allowHtml, onWarning: (warning) => say(formatWarning(warning, style)) });
  // Errors are printed even with --quiet: they are what stops the print run.
  for (const error of result.errors) process.stderr.write(formatError(error, style, command.debug) + "\n");
  const counted = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  const checked = result.checked
    ? `${counted(result.checked.articles, "article file")} in ${result.checked.languages.join(", ")}, ${counted(result.checked.pictures, "picture")}, editions ${result.checked.editions.join(", ")}`
    : result.errors.length > 1
      ? "the issue could not be read past these errors (the checks after them run once they are fixed)"
      : "the issue could not be read past the first error";
  const verdict = result.errors.length
    ? style.red(`${counted(result.errors.length, "error")}, ${counted(result.warnings.length, "warning")}: fix the errors before printing.`)
    : result.warnings.length
      ? style.yellow(`No errors, ${counted(result.warnings.length, "warning")}.`)
      : style.green("No problems found.");
  say(`Checked ${result.issue}: ${checked}. ${verdict}`);
  if (!result.errors.length) say(style.dim("The layout itself (page breaks, fitting a sheet) is checked when you build or preview."));
  if (command.json) {
    const errors = result.errors.map((error) => ({ code: error.code, message: error.message, hint: error.hint, location: error.location }));
    process.stdout.write(JSON.stringify({ issue: result.issue, ok: errors.length === 0, errors, warnings: result.warnings, checked: result.checked }, null, 2) + "\n");
  }
  return result.errors.length ? EXIT.content : EXIT.ok;
}
