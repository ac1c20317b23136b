// Writes the document information Chrome leaves out: title, author, language, dates, reading direction.

import { type PDFDocument, ReadingDirection } from "@cantoo/pdf-lib";

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

export function setMetadata(doc: PDFDocument, metadata: PdfMetadata): void {
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  doc.setAuthor(metadata.author);
  if (metadata.subject) doc.setSubject(metadata.subject);
  doc.setKeywords(metadata.keywords);
  doc.setLanguage(metadata.lang);
  doc.setCreator(metadata.creator);
  doc.setProducer(metadata.creator);
  doc.setCreationDate(metadata.date);
  doc.setModificationDate(metadata.date);
  // Chrome never writes this, even for dir="rtl" documents (PITFALLS.md); viewers need it to put
  // page 2 to the right of page 3 in a right-to-left spread.
  doc.catalog.getOrCreateViewerPreferences().setReadingDirection(metadata.direction === "rtl" ? ReadingDirection.R2L : ReadingDirection.L2R);
}
