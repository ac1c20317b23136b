// Turns a failed render into the words the preview's overlay shows an editor: what, where, what to do.

import { PressroomError } from "../diagnostics/errors.js";
import type { BuildWarning } from "../diagnostics/warnings.js";
import { formatPlace } from "../cli/format-error.js";
import { readSourceLines, type SourceLine } from "../diagnostics/read-source-lines.js";

/** Plain data the page shows; `source` is the lines around the problem, the faulty one marked. */
export interface ShownProblem {
  message: string;
  place?: string;
  hint?: string;
  source?: SourceLine[];
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
