// Looks up a stream object in a PDF under test, failing the test when the reference names something else.

import { PDFRawStream, type PDFContext, type PDFObject } from "@cantoo/pdf-lib";

/** The stream `ref` names (pdf-lib's typed lookup has no overload for raw streams). */
export function lookupRawStream(context: PDFContext, ref: PDFObject | undefined): PDFRawStream {
  const found = ref === undefined ? undefined : context.lookup(ref);
  if (!(found instanceof PDFRawStream)) throw new Error(`Expected a stream, found ${found?.constructor.name ?? "nothing"}`);
  return found;
}
