// Writes a tri-fold edition's panels in reading order (<edition>.panels.pdf) and returns its printable sheet (edge: writes a file).

import { ContentError } from "../../diagnostics/errors.js";
import type { PdfMetadata } from "../postprocess-pdf/set-metadata.js";
import { writeOutput } from "../write-output/write-output.js";
import { nameCompanion } from "../../shared/companion-files.js";
import { foldLeaflet } from "./fold-leaflet.js";
import type { TrifoldPlan } from "./plan-trifold.js";

export interface FoldedLeaflet {
  /** The sheet's two sides, outside then inside: what is printed. */
  bytes: Uint8Array;
  /** output/<issue>/<edition>.panels.pdf: the panels one after another, for reading on screen. */
  panelsPath: string;
  panels: number;
}

/** `readingFile` is output/<issue>/<edition>.pdf, where the caller writes the sheet; the panels go beside it. */
export async function writeLeaflet(readingFile: string, panels: { bytes: Uint8Array; pages: number }, plan: TrifoldPlan, metadata: PdfMetadata, layoutName: string): Promise<FoldedLeaflet> {
  if (panels.pages > 6) {
    // Only a leaflet layout without `fit:` can get here: copyfitting refuses a text that overflows its panels.
    throw new ContentError("leaflet-too-long", `The ${layoutName} layout folds one sheet into 6 panels, but this edition needs ${panels.pages}.`, {
      hint: "Shorten the articles, or add `fit:` to the layout's layout.yaml so that pressroom sets the type to fit.",
    });
  }
  const panelsPath = nameCompanion(readingFile, "panels");
  await writeOutput(panelsPath, panels.bytes);
  return { bytes: await foldLeaflet(panels.bytes, plan, metadata), panelsPath, panels: panels.pages };
}
