// Makes one edition's press PDF and its preflight report beside the reading PDF (<edition>.press.pdf, .preflight.txt).

import { PDFDocument } from "@cantoo/pdf-lib";
import type { BuildWarning } from "../../diagnostics/warnings.js";
import { writeOutput } from "../write-output/write-output.js";
import { convertToCmyk } from "./convert-to-cmyk.js";
import { formatPreflight, summarizePreflight } from "./format-preflight.js";
import { fitPaper, makePressPdf } from "./make-press-pdf.js";
import { preflight, type PreflightFinding, type PrintedPicture } from "./preflight.js";
import { LOAD_AT_ONCE } from "../../shared/pdf-at-once.js";
import { nameCompanion } from "../../shared/companion-files.js";

export interface PressRequest {
  bleedMm: number;
  cmyk: boolean;
  env: NodeJS.ProcessEnv;
  /** The edition's paper in points (portrait): the TrimBox. */
  paper?: { width: number; height: number };
  /** A folded sheet's folds on each page, in points from its left edge: drawn as fold marks. */
  folds?: readonly (readonly number[])[];
}

export interface PressOutput {
  path: string;
  preflightPath: string;
  findings: PreflightFinding[];
  summary: string;
  /** The preflight report as saved in the .preflight.txt file. */
  report: string;
  /** "cmyk" only when Ghostscript converted the file. */
  colour: "rgb" | "cmyk";
}

export async function pressEdition(
  readingPdf: Uint8Array,
  readingPath: string,
  pictures: PrintedPicture[],
  request: PressRequest,
  warn: (warning: BuildWarning) => void,
): Promise<PressOutput> {
  const path = nameCompanion(readingPath, "press");
  const preflightPath = nameCompanion(readingPath, "preflight");
  const reading = await PDFDocument.load(readingPdf, LOAD_AT_ONCE);
  const trimSizes = reading.getPages().map((page) => fitPaper(page.getSize(), request.paper));
  const layout = { bleedMm: request.bleedMm, paper: request.paper, folds: request.folds };
  let bytes = await makePressPdf(readingPdf, { ...layout, marks: request.cmyk ? "cmyk" : "rgb" });
  let colour: PressOutput["colour"] = "rgb";
  const notes: string[] = [];
  if (request.cmyk) {
    const converted = await convertToCmyk(bytes, request.env);
    if (converted.ok) {
      bytes = converted.bytes;
      colour = "cmyk";
    } else {
      // Never a silent RGB file passed off as CMYK: the marks go back to plain black and the report says why.
      bytes = await makePressPdf(readingPdf, { ...layout, marks: "rgb" });
      warn({ code: "press-cmyk-failed", message: converted.reason, hint: converted.hint });
      notes.push(`${converted.reason} ${converted.hint}`);
    }
  }
  const findings = await preflight({ press: bytes, trimSizes, pictures, cmyk: request.cmyk ? { converted: colour === "cmyk" } : undefined });
  await writeOutput(path, bytes);
  const report = formatPreflight(path, findings, notes);
  await writeOutput(preflightPath, new TextEncoder().encode(report));
  return { path, preflightPath, findings, summary: summarizePreflight(findings), report, colour };
}
