// Reads text pasted from a word processor as its writer meant it: "• item" lines are a list, a line of invisible spaces is an empty line (pure).

/** A line holding only spaces, a tab, no-break or zero-width spaces: Markdown's blank line takes only the first two. */
const INVISIBLE_LINE = /^[\s\u00A0\u2007\u202F\u200B\uFEFF]+$/gm;
/** A word processor's bullet at a line's start, before a space: Markdown's list marker is `-`. */
const BULLET = /^([ \t]*)[•◦▪‣●](?=[ \t])/gm;

/**
 * Pasted from Word, "• First point" / "• Second point" printed as one paragraph, its bullets inline, and a line
 * holding a no-break space printed an empty line in the column. Each change keeps every line, and every
 * column of it, where it was, so positions in messages stay right.
 */
export function tidyPastedText(body: string): string {
  if (!/[•◦▪‣●\u00A0\u2007\u202F\u200B\uFEFF]/.test(body)) return body;
  return body.replace(INVISIBLE_LINE, (line) => line.replace(/[^\n]/g, "")).replace(BULLET, "$1-");
}
