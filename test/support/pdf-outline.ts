// Reads a PDF's outline (bookmarks) with pdf-lib: each entry's title and the index of the page it opens.

import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from "@cantoo/pdf-lib";

export function readOutline(doc: PDFDocument): { title: string; pageIndex: number }[] {
  const outlines = doc.catalog.lookup(PDFName.of("Outlines"), PDFDict);
  const pageRefs = doc.getPages().map((page) => page.ref.toString());
  const entries: { title: string; pageIndex: number }[] = [];
  let item = outlines.lookup(PDFName.of("First")) as PDFDict | undefined;
  while (item instanceof PDFDict) {
    const title = item.lookup(PDFName.of("Title"));
    const dest = item.lookup(PDFName.of("Dest"), PDFArray);
    entries.push({
      title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : "",
      pageIndex: pageRefs.indexOf(String(dest.get(0))),
    });
    item = item.lookup(PDFName.of("Next")) as PDFDict | undefined;
  }
  return entries;
}
