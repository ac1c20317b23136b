// Runs the glyph check while the browser lays out the first pages, and makes its findings the build's first error.

import { ContentError } from "../diagnostics/errors.js";

export interface GlyphCheck {
  /** Starts the check unless it has started: call it when Node's thread has nothing else to do. */
  start(): void;
  /**
   * The outcome of `work` (the layout), unless the check finds a problem: that is thrown as soon as it is found,
   * whatever the work is doing (the caller's cleanup stops it), and instead of any error of the work's own, except
   * that a build stopped by `signal` says so.
   */
  guard<T>(work: Promise<T>, signal: AbortSignal): Promise<T>;
}

/**
 * The check reads every font in the project (0.1 to 0.3 s of Node's one thread with loading fontkit). Run before
 * the browser got the first page, it held every build up by that long; run while the browser lays out, Node is
 * otherwise waiting, and a problem still stops the build a moment after the first page, with nothing written.
 */
export function scheduleGlyphCheck(check: () => Promise<ContentError[]>): GlyphCheck {
  let begin: () => void = () => undefined;
  // Runs once begun, not before: the layout's first page begins it (or the guard, if the layout ends first).
  const checked = new Promise<void>((resolve) => (begin = resolve)).then(check);
  // Held, not thrown: guard() is where a failure is told.
  checked.catch(() => undefined);
  const throwFound = (errors: ContentError[]) => {
    if (errors[0]) throw withOthersCounted(errors[0], errors.length - 1);
  };
  return {
    start: () => begin(),
    async guard(work, signal) {
      // A layout given up for the check's problem fails later, when the build closes the browser: unheard.
      work.catch(() => undefined);
      const stopEarly = checked.then(throwFound).then(() => new Promise<never>(() => undefined));
      // Once the work has won the race, the problem is thrown below instead.
      stopEarly.catch(() => undefined);
      let outcome: { value: Awaited<typeof work> } | { error: unknown };
      try {
        outcome = { value: await Promise.race([work, stopEarly]) };
      } catch (error) {
        outcome = { error };
      }
      if ("error" in outcome && signal.aborted) throw outcome.error;
      begin();
      throwFound(await checked);
      if ("error" in outcome) throw outcome.error;
      return outcome.value;
    },
  };
}

/** The first of several problems of one kind, saying how many more there are and where all are listed. */
function withOthersCounted(error: ContentError, others: number): ContentError {
  if (others === 0) return error;
  return new ContentError(error.code, error.message, {
    hint: `${error.hint ?? ""} There ${others === 1 ? "is 1 more such place" : `are ${others} more such places`}: \`pressroom check\` lists them all.`.trim(),
    location: error.location,
  });
}
