// The error a build ends with when some editions could not be fitted to their sheet: the others were written.

import { ContentError } from "../diagnostics/errors.js";
import type { BuildResult } from "./run-build.js";

/** An edition copyfitting could not fit, and why (its own error, which says by how much and what to cut). */
export interface EditionNotWritten {
  edition: string;
  error: ContentError;
  /** Files an earlier build had written for it, removed from the output folder. */
  removed: string[];
}

const listWords = (words: readonly string[]) => (words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`);

/**
 * One language too long for its sheet stopped the build, and the editions that fitted were not written either: a
 * distributor with six languages lost five finished PDFs to the sixth's translation. They are written now, and the
 * build ends with this: each unfitted edition's own message, then what was written and what was removed. `result`
 * holds the editions written, for the summary.
 */
export class EditionsNotWritten extends ContentError {
  readonly editions: readonly EditionNotWritten[];
  readonly result: BuildResult;

  constructor(editions: readonly [EditionNotWritten, ...EditionNotWritten[]], result: BuildResult) {
    const [first] = editions;
    const written = result.outputs.map((output) => output.edition);
    const removed = editions.flatMap((edition) => edition.removed);
    const notes = [
      written.length ? `The other ${written.length === 1 ? "edition" : "editions"} (${listWords(written)}) fitted and ${written.length === 1 ? "was" : "were"} written.` : "",
      removed.length
        ? `${listWords(removed)}, from an earlier build, ${removed.length === 1 ? "was" : "were"} removed from the output folder, so ${removed.length === 1 ? "it is" : "they are"} not printed by mistake.`
        : "",
    ].filter(Boolean);
    super(first.error.code, editions.map((edition) => edition.error.message).join("\n"), {
      hint: [first.error.hint, ...notes].filter(Boolean).join("\n"),
      cause: first.error,
    });
    this.editions = editions;
    this.result = result;
  }
}
