// Writes an edition's office copy (<edition>.booklet.pdf or <edition>.2up.pdf) beside its reading PDF.

import type { PdfMetadata } from "../postprocess-pdf/set-metadata.js";
import { writeOutput } from "../write-output/write-output.js";
import { nameCompanion } from "../../shared/companion-files.js";
import { imposePdf } from "./impose-pdf.js";
import type { ImposeMode } from "./plan-imposition.js";

export interface ImposedCopy {
  mode: ImposeMode;
  /** output/<issue>/<edition>.<mode>.pdf */
  path: string;
  /** Sheets of paper (a booklet's are printed on both sides). */
  sheets: number;
  /** The paper it is printed on, e.g. "A4". */
  sheet: string;
  /** 1 when pages print at their own size; below 1 when shrunk to fit (2-up of an A4 edition). */
  scale: number;
}

/** `readingFile` is output/<issue>/<edition>.pdf; the copy goes beside it as <edition>.<mode>.pdf. */
export async function writeImposedCopy(readingFile: string, bytes: Uint8Array, options: { mode: ImposeMode; direction: "ltr" | "rtl"; metadata: PdfMetadata; paperWeight?: number }): Promise<ImposedCopy> {
  const imposed = await imposePdf({ bytes, ...options });
  const file = nameCompanion(readingFile, options.mode);
  await writeOutput(file, imposed.bytes);
  return { mode: options.mode, path: file, sheets: imposed.plan.sheets, sheet: imposed.sheet.name, scale: imposed.scale };
}
