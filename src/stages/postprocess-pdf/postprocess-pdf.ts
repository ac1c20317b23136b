// Sets what Chrome leaves out of its PDF (metadata, page boxes, outline, reading direction) and reads back what it printed: text missing from a page, fonts drawn as Type 3 (pure over bytes).

import { PDFDocument, type PDFRawStream } from "@cantoo/pdf-lib";
import { domTopToPdfY, type Pt } from "../../shared/units.js";
import type { PaginateResponse } from "../../shared/browser-messages.js";
import type { ShadowTextFonts } from "../../shared/shadow-text-fonts.js";
import { addOutline, type OutlineEntry } from "./add-outline.js";
import { countPrintedText } from "./count-printed-text.js";
import type { GlyphScan } from "./scan-printed-glyphs.js";
import { findTextLostInPrint, type TextLostInPrint } from "./find-text-lost-in-print.js";
import { computePageBoxes } from "./page-boxes.js";
import { repairTextLayerInParallel } from "./repair-text-layer.js";
import { setMetadata, type PdfMetadata } from "./set-metadata.js";
import { LOAD_AT_ONCE } from "../../shared/pdf-at-once.js";
import { savePdf } from "../../shared/save-pdf.js";
import { surveyFonts, type PdfFont } from "../press-pdf/list-unembedded-fonts.js";

export type { PdfMetadata } from "./set-metadata.js";

export interface PostprocessInput {
  bytes: Uint8Array;
  layout: PaginateResponse;
  articles: { id: string; title: string }[];
  metadata: PdfMetadata;
  bleed: Pt;
  /** Set false to keep Chrome's text layer as it is (tests compare renders with and without the repair). */
  repairTextLayer?: boolean;
  /** Set when lines got invisible twins: their printed faces are silenced, the twins made invisible text. */
  shadowText?: ShadowTextFonts;
}

export interface PostprocessedPdf {
  bytes: Uint8Array;
  /** The outline written, kept so a combined PDF (flip) can write it again with its page numbers. */
  outline: OutlineEntry[];
  /** The fonts the PDF uses and whether each is embedded, for the summary (composing and folding copy them as they are). */
  fonts: PdfFont[];
  /** Fonts Chromium drew as Type 3, pictures of letters (surveyFonts), for the build's warning. */
  type3Fonts: number;
  /** Pages whose printed text lacks letters their laid-out page shows (find-text-lost-in-print.ts). */
  textLostInPrint: TextLostInPrint[];
}

export async function postprocessPdf(input: PostprocessInput): Promise<PostprocessedPdf> {
  const doc = await PDFDocument.load(input.bytes, LOAD_AT_ONCE);
  // The repair scans each page's glyphs as Chrome drew them, from the content it decodes anyway (in its workers
  // for a long document), before rewriting it; the text check reads those scans, and scans what is left itself.
  const glyphScans = new Map<PDFRawStream, GlyphScan | undefined>();
  if (input.repairTextLayer !== false) await repairTextLayerInParallel(doc, { shadowText: input.shadowText, glyphScans });
  // Arabic-script letters read back whole from the repaired text layer, but for Nastaliq lines (theirs is their
  // invisible twins', which does not read back letter for letter).
  const arabic = input.repairTextLayer !== false && !input.shadowText;
  const textLostInPrint = findTextLostInPrint(countPrintedText(doc, glyphScans), input.layout.pageTexts, { arabic });
  setMetadata(doc, input.metadata);
  for (const page of doc.getPages()) {
    const media = page.getMediaBox();
    const boxes = computePageBoxes(media, input.bleed);
    page.setBleedBox(boxes.bleedBox.x, boxes.bleedBox.y, boxes.bleedBox.width, boxes.bleedBox.height);
    page.setTrimBox(boxes.trimBox.x, boxes.trimBox.y, boxes.trimBox.width, boxes.trimBox.height);
  }
  const pageHeight = doc.getPage(0).getHeight();
  const outline = input.articles.flatMap((article) => {
    const placement = input.layout.articles.find((entry) => entry.id === article.id);
    return placement ? [{ title: article.title, pageIndex: placement.page - 1, top: domTopToPdfY(placement.topPx, pageHeight) }] : [];
  });
  addOutline(doc, outline);
  const { fonts, type3 } = surveyFonts(doc);
  return { bytes: await savePdf(doc, { useObjectStreams: true }), outline, fonts, type3Fonts: type3, textLostInPrint };
}
