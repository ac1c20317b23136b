// Prints a tri-fold leaflet's six panel pages on the two sides of its landscape sheet with pdf-lib (edge: PDF bytes in and out).

import { PDFDocument } from "@cantoo/pdf-lib";
import { mmToPt } from "../../shared/units.js";
import { setMetadata, type PdfMetadata } from "../postprocess-pdf/set-metadata.js";
import { FLAP_INSET_MM, type PanelSlot, type TrifoldPlan } from "./plan-trifold.js";
import { LOAD_AT_ONCE } from "../../shared/pdf-at-once.js";
import { savePdf } from "../../shared/save-pdf.js";

/**
 * The six panels in reading order (the edition's post-processed PDF) become two sides: outside, then inside.
 * The caller makes sure there are no more than six.
 */
export async function foldLeaflet(panels: Uint8Array, plan: TrifoldPlan, metadata: PdfMetadata): Promise<Uint8Array> {
  const source = await PDFDocument.load(panels, LOAD_AT_ONCE);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const sheet = { width: mmToPt(plan.sheet.width), height: mmToPt(plan.sheet.height) };
  // Copyfitting fills all six panels; a text too short even at the largest sizes leaves the last ones blank (and is warned about).
  const slots = [...plan.outside, ...plan.inside].filter((slot) => slot.page <= source.getPageCount());
  // Each panel becomes a form XObject (text stays vector and selectable); a flap page is embedded without its
  // cut strip, so nothing of it can show past the sheet's edge, not even in a press copy's bleed.
  const forms = await doc.embedPages(
    slots.map((slot) => source.getPage(slot.page - 1)),
    slots.map((slot) => cropPanel(source.getPage(slot.page - 1).getSize(), slot)),
  );
  for (const side of [plan.outside, plan.inside]) {
    const page = doc.addPage([sheet.width, sheet.height]);
    page.setBleedBox(0, 0, sheet.width, sheet.height);
    page.setTrimBox(0, 0, sheet.width, sheet.height);
    for (const slot of side) {
      const form = forms[slots.indexOf(slot)];
      if (!form) continue; // a blank panel stays blank paper
      // Chrome rounds a page to whole CSS pixels; each panel is drawn at exactly its planned size so the folds fall true.
      page.drawPage(form, { x: mmToPt(slot.x), y: 0, width: mmToPt(slot.width), height: sheet.height });
    }
  }
  setMetadata(doc, metadata);
  return savePdf(doc, { useObjectStreams: true });
}

/** The part of a panel page that prints: all of it, or a flap page less the strip on its cut edge. */
function cropPanel(size: { width: number; height: number }, slot: PanelSlot): { left: number; bottom: number; right: number; top: number } {
  const strip = slot.cut ? size.width * (FLAP_INSET_MM / (slot.width + FLAP_INSET_MM)) : 0;
  return {
    left: slot.cut === "left" ? strip : 0,
    bottom: 0,
    right: slot.cut === "right" ? size.width - strip : size.width,
    top: size.height,
  };
}
