// The line a problem is on and one either side, for the terminal's message and the preview's overlay alike (edge: reads the file).

import { readFileSync } from "node:fs";
import { decodeText } from "../shared/decode-text.js";

export interface SourceLine {
  number: number;
  text: string;
  /** The line the problem is on. */
  marked: boolean;
}

/** Nothing when the file cannot be read (it may have gone since). */
export function readSourceLines(file: string, line: number): SourceLine[] | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  // As the file was read for the build (UTF-16 too); a file that is not UTF-8 shows its bad bytes as �.
  let text: string;
  try {
    text = decodeText(bytes, file);
  } catch {
    text = bytes.toString("utf8");
  }
  const lines = text.split(/\r?\n/);
  const shown: SourceLine[] = [];
  for (let number = Math.max(1, line - 1); number <= Math.min(lines.length, line + 1); number++) {
    shown.push({ number, text: lines[number - 1] ?? "", marked: number === line });
  }
  return shown;
}
