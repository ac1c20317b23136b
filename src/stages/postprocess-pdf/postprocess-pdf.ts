// Sets what Chrome leaves out of its PDF: metadata, page boxes, outline, reading direction (pure over bytes).

import { PDFDocument, ReadingDirection } from "@cantoo/pdf-lib";
import { domTopToPdfY, type Pt } from "../../shared/units.js";
import type { PaginateResponse } from "../../shared/browser-messages.js";
import { addOutline } from "./add-outline.js";
import { computePageBoxes } from "./page-boxes.js";

export interface PdfMetadata {
  title: string;
  author: string;
  subject?: string;
  keywords: string[];
  lang: string;
  direction: "ltr" | "rtl";
  /** The date; used for the PDF's dates so the same input gives the same file. */
  date: Date;
  creator: string;
}

export interface PostprocessInput {
  bytes: Uint8Array;
  layout: PaginateResponse;
  articles: { id: string; title: string }[];
  metadata: PdfMetadata;
  bleed: Pt;
}

export async function postprocessPdf(input: PostprocessInput): Promise<Uint8Array> {
  const doc = await PDFDocument.load(input.bytes, { updateMetadata: false });
  const { metadata } = input;
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  doc.setAuthor(metadata.author);
  if (metadata.subject) doc.setSubject(metadata.subject);
  doc.setKeywords(metadata.keywords);
  doc.setLanguage(metadata.lang);
  doc.setCreator(metadata.creator);
  doc.setProducer(metadata.creator);
  doc.setCreationDate(metadata.date);
  doc.setModificationDate(metadata.date);
  if (metadata.direction === "rtl") {
    // Chrome never writes this, even for dir="rtl" documents (PITFALLS.md).
    doc.catalog.getOrCreateViewerPreferences().setReadingDirection(ReadingDirection.R2L);
  }
  for (const page of doc.getPages()) {
    const media = page.getMediaBox();
    const boxes = computePageBoxes(media, input.bleed);
    page.setBleedBox(boxes.bleedBox.x, boxes.bleedBox.y, boxes.bleedBox.width, boxes.bleedBox.height);
    page.setTrimBox(boxes.trimBox.x, boxes.trimBox.y, boxes.trimBox.width, boxes.trimBox.height);
  }
  const pageHeight = doc.getPage(0).getHeight();
  const entries = input.articles.flatMap((article) => {
    const placement = input.layout.articles.find((entry) => entry.id === article.id);
    return placement ? [{ title: article.title, pageIndex: placement.page - 1, top: domTopToPdfY(placement.topPx, pageHeight) }] : [];
  });
  addOutline(doc, entries);
  return doc.save({ useObjectStreams: true });
}
