// Gives every page of a PDF a content stream, so pdf-lib can embed it as a form (a blank page has none).

import { PDFName, type PDFDocument, type PDFPage } from "@cantoo/pdf-lib";

/**
 * pdf-lib refuses to embed a page without /Contents ("Can't embed page with missing Contents"), and a page with
 * nothing drawn on it has none: a flip edition's blank pages in the middle, or a page pdf-lib added. Each such
 * page gets an empty stream, which draws the same nothing. Returns the document's pages.
 */
export function givePagesContents(doc: PDFDocument): PDFPage[] {
  const pages = doc.getPages();
  for (const page of pages) if (!page.node.Contents()) page.node.set(PDFName.of("Contents"), doc.context.register(doc.context.stream("")));
  return pages;
}
