// Builds a fixture issue and reads where its text and one of its pictures print: for the tests of where pictures go.

import { expect } from "vitest";
import { checkFirstEdition } from "./build-fixture.js";
import { extractText, listPrintedWidths } from "./pdf-tools.js";

export interface PicturePrint {
  pages: number;
  /** The pages (from 1) whose text holds `text`, spaces and line ends read as one space. */
  findPages(text: string): number[];
  /** The last page's text as pdftotext reads it. */
  lastPage: string;
  /** The printed width (mm) of the one picture of the given shape. */
  widthMm: number;
  warnings: string[];
}

/** Builds `files` (its first edition) and reads it; `ratio`, the width over height of the picture measured (the only one, by default). */
export async function buildPicturePrint(files: Record<string, string | Buffer>, ratio?: number): Promise<PicturePrint> {
  let read: PicturePrint | undefined;
  await checkFirstEdition(files, (output) => {
    const pages = extractText(output.path).split("\f").slice(0, output.pages);
    const widths = listPrintedWidths(output.path).filter((picture) => ratio === undefined || Math.abs(picture.ratio - ratio) < 0.05);
    expect(widths).toHaveLength(1);
    read = {
      pages: output.pages,
      findPages: (text) => pages.flatMap((page, index) => (page.replace(/\s+/g, " ").includes(text) ? [index + 1] : [])),
      lastPage: pages.at(-1) ?? "",
      widthMm: widths[0]!.widthMm,
      warnings: output.warnings.map((warning) => warning.message),
    };
  });
  return read!;
}
