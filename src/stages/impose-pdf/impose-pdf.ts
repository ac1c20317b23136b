// Lays a finished edition's pages out on office sheets (booklet or 2-up) as vector forms with pdf-lib.

import { PDFDocument } from "@cantoo/pdf-lib";
import { setMetadata, type PdfMetadata } from "../postprocess-pdf/set-metadata.js";
import { OFFICE_PAPER_WEIGHT } from "../../config/paper-weight.js";
import { measureCaliper, measureCreep, planImposition, type ImposeMode, type ImpositionPlan, type Slot } from "./plan-imposition.js";
import { givePagesContents } from "../../shared/give-pages-contents.js";
import { LOAD_AT_ONCE } from "../../shared/pdf-at-once.js";
import { savePdf } from "../../shared/save-pdf.js";

export interface ImposeInput {
  /** The edition's reading PDF, after post-processing (and the flip join). */
  bytes: Uint8Array;
  mode: ImposeMode;
  direction: "ltr" | "rtl";
  metadata: PdfMetadata;
  /** The paper a booklet is printed on, g/m², for its creep. Default: 80 (office paper). */
  paperWeight?: number;
}

export interface ImposedPdf {
  bytes: Uint8Array;
  plan: ImpositionPlan;
  /** The printed sheet in points, landscape. */
  sheet: { width: number; height: number; name: string };
  /** How much each page was scaled to fit its half of the sheet (1: printed at its own size). */
  scale: number;
}

/** Landscape office sheets for 2-up; a booklet's sheet is the paper twice the page's width. */
const A4_LANDSCAPE = { width: 841.89, height: 595.28, name: "A4" };
const LETTER_LANDSCAPE = { width: 792, height: 612, name: "Letter" };
const SHEETS = [
  A4_LANDSCAPE,
  { width: 1190.55, height: 841.89, name: "A3" },
  { width: 1683.78, height: 1190.55, name: "A2" },
  LETTER_LANDSCAPE,
  { width: 1224, height: 792, name: "Tabloid" },
];
/**
 * Chrome rounds a page to whole CSS pixels (A5 comes out 420 x 594.96 pt, not 419.53 x 595.28), so two
 * pages side by side miss A4 by up to 2 pt; such a sheet is still A4, and a printer must be told A4.
 */
const PAPER_TOLERANCE = 2;

export async function imposePdf(input: ImposeInput): Promise<ImposedPdf> {
  const source = await PDFDocument.load(input.bytes, LOAD_AT_ONCE);
  const first = source.getPage(0);
  const page = { width: first.getWidth(), height: first.getHeight() };
  const plan = planImposition(input.mode, source.getPageCount(), input.direction);
  const sheet = input.mode === "booklet" ? chooseBookletSheet(page) : chooseTwoUpSheet(page);
  const fits = page.width <= sheet.width / 2 + PAPER_TOLERANCE && page.height <= sheet.height + PAPER_TOLERANCE;
  const scale = fits ? 1 : Math.min(sheet.width / 2 / page.width, sheet.height / page.height);

  const doc = await PDFDocument.create({ updateMetadata: false });
  // A blank page (a flip edition's, where its halves meet) has no content stream until it is given one.
  givePagesContents(source);
  // Each page becomes one form XObject, drawn once per slot: text and drawings stay vector and selectable.
  const forms = await doc.embedPdf(source, source.getPageIndices());
  const drawSlot = (side: ReturnType<typeof doc.addPage>, slot: Slot, half: 0 | 1, creep: number) => {
    if (slot === null) return; // a blank half stays blank paper
    const form = forms[slot - 1];
    if (!form) throw new Error(`Imposition plan names page ${slot}, but the PDF has ${forms.length} pages.`);
    const width = form.width * scale;
    const height = form.height * scale;
    // Centred in its half, so the fold (or the cut) falls exactly between the two pages; a booklet's inner sheets'
    // pages moved toward the fold by its creep (their inner margins, blank, reach past it by that much).
    const toFold = half === 0 ? creep : -creep;
    side.drawPage(form, { x: half * (sheet.width / 2) + (sheet.width / 2 - width) / 2 + toFold, y: (sheet.height - height) / 2, width, height });
  };
  const caliper = measureCaliper(input.paperWeight ?? OFFICE_PAPER_WEIGHT);
  plan.sides.forEach((planned, index) => {
    const side = doc.addPage([sheet.width, sheet.height]);
    side.setBleedBox(0, 0, sheet.width, sheet.height);
    side.setTrimBox(0, 0, sheet.width, sheet.height);
    const creep = measureCreep(plan, index, caliper);
    drawSlot(side, planned.left, 0, creep);
    drawSlot(side, planned.right, 1, creep);
  });
  // Same title, author and language as the reading PDF; no outline, since its page numbers would point at sheets.
  setMetadata(doc, input.metadata);
  return { bytes: await savePdf(doc, { useObjectStreams: true }), plan, sheet, scale };
}

/**
 * The standard paper twice the page's width (A5 pages on A4, A4 on A3, Half Letter on Letter, Letter on Tabloid),
 * else exactly that size.
 */
function chooseBookletSheet(page: { width: number; height: number }): { width: number; height: number; name: string } {
  const width = 2 * page.width;
  const known = SHEETS.find((sheet) => Math.abs(sheet.width - width) <= PAPER_TOLERANCE && Math.abs(sheet.height - page.height) <= PAPER_TOLERANCE);
  return known ?? { width, height: page.height, name: `${Math.round((width * 25.4) / 72)} × ${Math.round((page.height * 25.4) / 72)} mm` };
}

/** 2-up is for cutting office paper in half: A4 landscape, or Letter landscape for American page sizes. */
function chooseTwoUpSheet(page: { width: number; height: number }): { width: number; height: number; name: string } {
  // Half Letter (396 pt wide), Letter and Tabloid.
  const american = [396, 612, 792].some((width) => Math.abs(page.width - width) <= PAPER_TOLERANCE);
  return american ? LETTER_LANDSCAPE : A4_LANDSCAPE;
}
