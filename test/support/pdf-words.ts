// Every word of a PDF with its page and box, from pdftotext -bbox: for tests of where things print.

import { execFileSync } from "node:child_process";

export interface PlacedWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its page (from 1) and box in points, top-down, in pdftotext's reading order. */
export function readPlacedWords(file: string): PlacedWord[] {
  const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
  return html.split("<page ").slice(1).flatMap((pageHtml, index) =>
    [...pageHtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      page: index + 1,
      text: m[5] ?? "",
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    })),
  );
}

/** Where the words of `phrase` (split at spaces) start in `words`, as indexes in reading order. */
export function findPhraseStarts(words: readonly PlacedWord[], phrase: string): number[] {
  const wanted = phrase.split(" ");
  return words.flatMap((_word, index) => (wanted.every((text, offset) => words[index + offset]?.text === text) ? [index] : []));
}
