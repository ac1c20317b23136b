// The line a problem is on and one either side, for the terminal's message and the preview's overlay alike (edge: reads the file).

import { readFileSync } from "node:fs";

export interface SourceLine {
  number: number;
  text: string;
  /** The line the problem is on. */
  marked: boolean;
}

/** Nothing when the file cannot be read (it may have gone since). */
export function readSourceLines(file: string, line: number): SourceLine[] | undefined {
  let lines: string[];
  try {
    lines = readFileSync(file, "utf8").split(/\r?\n/);
  } catch {
    return undefined;
  }
  const shown: SourceLine[] = [];
  for (let number = Math.max(1, line - 1); number <= Math.min(lines.length, line + 1); number++) {
    shown.push({ number, text: lines[number - 1] ?? "", marked: number === line });
  }
  return shown;
}
