// Checks a press PDF the way a print shop would and lists what it would reject, each with where and what to do.

import { PDFDocument } from "@cantoo/pdf-lib";
import type { SourceLocation } from "../../diagnostics/errors.js";
import { containsBox, type PdfBox } from "../postprocess-pdf/page-boxes.js";
import { findColourProblems } from "./find-colour-problems.js";
import { surveyFonts } from "./list-unembedded-fonts.js";
import { readPageBoxes } from "./read-page-boxes.js";
import { LOAD_AT_ONCE } from "../../shared/pdf-at-once.js";

/** Print shops ask 300 ppi of photographs at their printed size. */
export const PRESS_PPI = 300;

/** A picture as it was laid out: its file, the page it is on, its ppi there and the Markdown line using it. */
export interface PrintedPicture {
  path: string;
  page?: number;
  ppi: number;
  pixels: { width: number; height: number };
  location?: SourceLocation;
}

export interface PreflightFinding {
  what: string;
  where: string;
  todo: string;
}

export interface PreflightInput {
  press: Uint8Array;
  /** The finished page size of each page (the reading PDF's), in points. */
  trimSizes: { width: number; height: number }[];
  pictures: PrintedPicture[];
  /** Set when CMYK was asked for: whether the file is CMYK now. */
  cmyk?: { converted: boolean };
}

export async function preflight(input: PreflightInput): Promise<PreflightFinding[]> {
  const doc = await PDFDocument.load(input.press, LOAD_AT_ONCE);
  const findings = [...checkBoxes(doc, input.trimSizes), ...checkFonts(doc), ...checkPictures(input.pictures)];
  if (input.cmyk) findings.push(...checkColour(doc, input.cmyk.converted));
  return findings;
}

function checkBoxes(doc: PDFDocument, trimSizes: { width: number; height: number }[]): PreflightFinding[] {
  const findings: PreflightFinding[] = [];
  readPageBoxes(doc).forEach((boxes, index) => {
    const where = `page ${index + 1}`;
    const todo = "Build the press PDF again with pressroom; if it keeps happening, report it with this file.";
    const missing = (["mediaBox", "bleedBox", "trimBox"] as const).filter((key) => !boxes[key]).map((key) => key[0]!.toUpperCase() + key.slice(1));
    if (missing.length) return findings.push({ what: `No ${missing.join(", ")}: the print shop cannot tell where to cut.`, where, todo });
    const { mediaBox, bleedBox, trimBox } = boxes as Required<typeof boxes>;
    if (!containsBox(mediaBox, bleedBox) || !containsBox(bleedBox, trimBox)) {
      findings.push({ what: "The page boxes do not nest (TrimBox inside BleedBox inside MediaBox).", where, todo });
    }
    const wanted = trimSizes[index];
    if (wanted && !matchesSize(trimBox, wanted)) {
      findings.push({
        what: `The TrimBox is ${describeSize(trimBox)}, not the edition's page size (${describeSize(wanted)}).`,
        where,
        todo,
      });
    }
  });
  return findings;
}

function checkFonts(doc: PDFDocument): PreflightFinding[] {
  const { fonts, type3 } = surveyFonts(doc);
  const findings = fonts
    .filter((font) => !font.embedded)
    .map((font) => ({
      what: `The font "${font.name}" is not embedded: the press would print another font in its place.`,
      where: "the whole file",
      todo: "Use fonts from the fonts/ folder or the layout's own (pressroom embeds those), and build again.",
    }));
  if (type3 > 0) {
    findings.push({
      what: `${type3 === 1 ? "A font is" : `${type3} fonts are`} drawn as Type 3 (pictures of letters), as for a font whose licence forbids embedding: many presses' preflight refuses them.`,
      where: "the whole file",
      todo: "Replace the font whose licence forbids embedding (the build's warning names it) with one that allows it, such as any font under the SIL Open Font License, and build again.",
    });
  }
  return findings;
}

function checkPictures(pictures: PrintedPicture[]): PreflightFinding[] {
  return pictures
    .filter((picture) => picture.ppi < PRESS_PPI)
    .map((picture) => ({
      what: `The picture "${picture.path}" prints at ${Math.floor(picture.ppi)} ppi (${picture.pixels.width} × ${picture.pixels.height} pixels); the press needs ${PRESS_PPI}.`,
      where: [picture.page ? `page ${picture.page}` : undefined, picture.location ? describeLocation(picture.location) : undefined].filter(Boolean).join(", ") || picture.path,
      todo: `Use an original at least ${Math.ceil(PRESS_PPI / picture.ppi * 100) / 100} times as wide and high, or print it smaller.`,
    }));
}

function checkColour(doc: PDFDocument, converted: boolean): PreflightFinding[] {
  if (!converted) {
    return [{ what: "The file is in RGB colour, but CMYK was asked for.", where: "the whole file", todo: "Install Ghostscript and build again with --cmyk, or ask the print shop to convert it." }];
  }
  const colour = findColourProblems(doc);
  const findings = colour.rgb.map((what) => ({ what: `RGB colour left after the CMYK conversion: ${what}.`, where: "the whole file", todo: "Ask the print shop to check the file, or report it with this file." }));
  if (colour.richBlackText) {
    findings.push({
      what: `${colour.richBlackText} run(s) of dark text are printed in four inks (rich black), which blurs small type.`,
      where: "the whole file",
      todo: "Set body text in black or gray in the layout's CSS (equal red, green and blue), and build again.",
    });
  }
  return findings;
}

export function describeLocation(location: SourceLocation): string {
  return [location.file, location.line, location.column].filter((part) => part !== undefined).join(":");
}

function matchesSize(box: PdfBox, size: { width: number; height: number }): boolean {
  return Math.abs(box.width - size.width) < 0.01 && Math.abs(box.height - size.height) < 0.01;
}

function describeSize(size: { width: number; height: number }): string {
  return `${size.width.toFixed(2)} × ${size.height.toFixed(2)} pt`;
}
