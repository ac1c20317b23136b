// Writes the PDF outline (bookmarks): one entry per article, pointing at where its headline prints.

import { PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFRef } from "@cantoo/pdf-lib";
import type { Pt } from "../../shared/units.js";

export interface OutlineEntry {
  title: string;
  /** 0-based page index. */
  pageIndex: number;
  /** Where the entry's destination is, in PDF y (origin bottom-left). */
  top: Pt;
}

/** pdf-lib has no outline API, so the /Outlines tree is written from PDF objects (ISO 32000-1, 12.3.3). */
export function addOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  if (entries.length === 0) return;
  const context = doc.context;
  const pages = doc.getPages();
  const rootRef = context.nextRef();
  const refs: PDFRef[] = entries.map(() => context.nextRef());
  entries.forEach((entry, index) => {
    const page = pages[Math.min(Math.max(entry.pageIndex, 0), pages.length - 1)];
    if (!page) return;
    const dict = context.obj({});
    dict.set(PDFName.of("Title"), PDFHexString.fromText(entry.title));
    dict.set(PDFName.of("Parent"), rootRef);
    dict.set(PDFName.of("Dest"), context.obj([page.ref, PDFName.of("XYZ"), PDFNull, PDFNumber.of(Math.round(entry.top)), PDFNull]));
    const previous = refs[index - 1];
    const next = refs[index + 1];
    if (previous) dict.set(PDFName.of("Prev"), previous);
    if (next) dict.set(PDFName.of("Next"), next);
    context.assign(refs[index] as PDFRef, dict);
  });
  const root = context.obj({});
  root.set(PDFName.of("Type"), PDFName.of("Outlines"));
  root.set(PDFName.of("First"), refs[0] as PDFRef);
  root.set(PDFName.of("Last"), refs[refs.length - 1] as PDFRef);
  root.set(PDFName.of("Count"), PDFNumber.of(refs.length));
  context.assign(rootRef, root);
  doc.catalog.set(PDFName.of("Outlines"), rootRef);
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}
