// Deletes objects nothing in the document refers to any more, among those a repair unlinked.

import { PDFArray, PDFDict, PDFRef, PDFStream, type PDFContext, type PDFObject } from "@cantoo/pdf-lib";

/**
 * pdf-lib writes every object it holds, used or not: a twin's form drawn inline, or a clear state taken out
 * of resources, would stay in the file (and a preflight that reads every object would still find
 * transparency). Each of `candidates` goes only if no object in the document (the trailer's included)
 * refers to it. Returns how many went.
 */
export function deleteOrphans(context: PDFContext, candidates: ReadonlySet<PDFRef>): number {
  if (candidates.size === 0) return 0;
  const referenced = new Set<PDFRef>();
  const visit = (value: PDFObject | undefined) => {
    if (value instanceof PDFRef) referenced.add(value);
    else if (value instanceof PDFArray) value.asArray().forEach(visit);
    else if (value instanceof PDFDict) for (const item of value.values()) visit(item);
    else if (value instanceof PDFStream) visit(value.dict);
  };
  for (const [, object] of context.enumerateIndirectObjects()) visit(object);
  for (const key of ["Root", "Info", "Encrypt"] as const) visit(context.trailerInfo[key] as PDFObject | undefined);
  let deleted = 0;
  for (const candidate of candidates) {
    if (!referenced.has(candidate) && context.delete(candidate)) deleted++;
  }
  return deleted;
}
