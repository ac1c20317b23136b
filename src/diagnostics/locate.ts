// Converts offsets in a text into 1-based line/column positions an editor can find.

import type { SourceLocation } from "./errors.js";

/** Returns the 1-based line and column of `offset` in `text`. */
export function locateOffset(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Finds `needle` on a given 1-based line of `text` and returns its location (column 1 if absent). */
export function locateOnLine(file: string, text: string, line: number, needle: string): SourceLocation {
  const lineText = text.split("\n")[line - 1] ?? "";
  const index = needle ? lineText.indexOf(needle) : -1;
  return { file, line, column: index >= 0 ? index + 1 : 1 };
}
