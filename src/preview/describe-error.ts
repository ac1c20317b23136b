// Turns a failed render into the words the preview's overlay shows an editor: what, where, what to do.

import { readFileSync } from "node:fs";
import { PressroomError } from "../diagnostics/errors.js";
import type { BuildWarning } from "../diagnostics/warnings.js";
import { formatPlace } from "../cli/format-error.js";

/** Plain data the page shows; `source` is the lines around the problem, the faulty one marked. */
export interface ShownProblem {
  message: string;
  place?: string;
  hint?: string;
  source?: { number: number; text: string; marked: boolean }[];
  edition?: string;
}

export function describeError(error: unknown): ShownProblem {
  if (!(error instanceof PressroomError)) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      message: `pressroom stopped on an unexpected problem: ${message}`,
      hint: "This is a bug in pressroom, not in your issue. Run `pressroom build` with --debug and report what it prints.",
    };
  }
  const location = error.location;
  return {
    message: error.message,
    ...(location && { place: formatPlace(location) }),
    ...(error.hint && { hint: error.hint }),
    ...(location?.line && { source: readSourceLines(location.file, location.line) }),
  };
}

export function describeWarning(warning: BuildWarning): ShownProblem {
  return {
    message: warning.message,
    ...(warning.location && { place: formatPlace(warning.location) }),
    ...(warning.hint && { hint: warning.hint }),
    ...(warning.edition && { edition: warning.edition }),
  };
}

/** The faulty line and one either side, as the terminal shows them; nothing when the file cannot be read. */
function readSourceLines(file: string, line: number): ShownProblem["source"] {
  let lines: string[];
  try {
    lines = readFileSync(file, "utf8").split(/\r?\n/);
  } catch {
    return undefined;
  }
  const shown: NonNullable<ShownProblem["source"]> = [];
  for (let number = Math.max(1, line - 1); number <= Math.min(lines.length, line + 1); number++) {
    shown.push({ number, text: lines[number - 1] ?? "", marked: number === line });
  }
  return shown;
}
