// Error classes that carry a stable code, an editor-facing message, a hint and a source location.

/** A place in a source file; line and column are 1-based, as editors see them. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export interface PressroomErrorOptions {
  hint?: string;
  location?: SourceLocation;
  cause?: unknown;
}

/**
 * Base of every error pressroom raises on purpose. `message` says what happened, `hint` what to
 * do about it; the CLI is the only place that turns these into text (see cli/format-error.ts).
 */
export class PressroomError extends Error {
  readonly code: string;
  readonly hint?: string;
  readonly location?: SourceLocation;

  constructor(code: string, message: string, options: PressroomErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = options.hint;
    this.location = options.location;
  }
}

/** Problems in what the editor wrote: front matter, Markdown, missing files. Exit code 1. */
export class ContentError extends PressroomError {}

/**
 * Several problems found in one pass (each article's front matter read, every one read): told as the first, with
 * how many more there are; `pressroom check` lists them all from `all`.
 */
export class ContentErrors extends ContentError {
  readonly all: readonly ContentError[];

  constructor(all: readonly [ContentError, ...ContentError[]]) {
    const [first] = all;
    const others = all.length - 1;
    const more = `There ${others === 1 ? "is 1 more such problem" : `are ${others} more such problems`} in other files: \`pressroom check\` lists them all.`;
    super(first.code, first.message, { hint: `${first.hint ?? ""} ${more}`.trim(), location: first.location, cause: first.cause });
    this.all = all;
  }
}

/** Throws `errors`' only one as itself, several together (ContentErrors), none not at all. */
export function throwAll(errors: readonly ContentError[]): void {
  const [first, ...rest] = errors;
  if (first) throw rest.length === 0 ? first : new ContentErrors([first, ...rest]);
}

/** A layout that is missing or does not compile. Exit code 1. */
export class LayoutError extends PressroomError {}

/** The command line was used wrongly. Exit code 2. */
export class UsageError extends PressroomError {}

/** No usable Chrome or Chromium on this machine. Exit code 3. */
export class BrowserNotFoundError extends PressroomError {}

/** The browser failed, hung or crashed while laying out pages. */
export class PaginationError extends PressroomError {}

/** Writing or post-processing the PDF failed. */
export class OutputError extends PressroomError {}

/** The build was stopped (Ctrl-C or a cancelled AbortSignal). */
export class AbortedError extends PressroomError {
  constructor(message = "The build was stopped before it finished.") {
    super("aborted", message, { hint: "Nothing was written. Run the command again when ready." });
  }
}

/** Raises AbortedError when the signal has fired, so long loops stop promptly. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortedError();
}
