// Finds every drawing stream in a PDF (page contents and form XObjects), decoded, with a way to replace each.

import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFDocument } from "@cantoo/pdf-lib";

export interface ContentStream {
  ref: PDFRef;
  text: string;
  /** Writes new drawing operators in its place, compressed, keeping its dictionary (resources, bounds). */
  replace(text: string): void;
}

export function listContentStreams(doc: PDFDocument): ContentStream[] {
  const refs = new Set<PDFRef>();
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of("Contents"));
    if (contents instanceof PDFRef) refs.add(contents);
    const array = contents instanceof PDFArray ? contents : contents instanceof PDFRef ? doc.context.lookup(contents) : undefined;
    if (array instanceof PDFArray) for (const item of array.asArray()) if (item instanceof PDFRef) refs.add(item);
  }
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream && object.dict.get(PDFName.of("Subtype")) === PDFName.of("Form")) refs.add(ref);
  }
  const streams: ContentStream[] = [];
  for (const ref of refs) {
    const stream = doc.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    streams.push({
      ref,
      text: Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1"),
      replace(text: string) {
        const dict = new Map(stream.dict.entries());
        for (const key of ["Filter", "DecodeParms", "Length"]) dict.delete(PDFName.of(key));
        const entries = Object.fromEntries([...dict].map(([key, value]) => [key.decodeText(), value]));
        doc.context.assign(ref, doc.context.flateStream(Buffer.from(text, "latin1"), entries as Record<string, never>));
      },
    });
  }
  return streams;
}

/** True when a dictionary or stream dictionary names DeviceRGB, directly or as an ICC profile with three channels. */
export function isRgbSpace(value: unknown, doc: PDFDocument): boolean {
  if (value === PDFName.of("DeviceRGB")) return true;
  const resolved = value instanceof PDFRef ? doc.context.lookup(value) : value;
  if (resolved instanceof PDFArray && resolved.get(0) === PDFName.of("ICCBased")) {
    const profile = doc.context.lookup(resolved.get(1));
    const dict = profile instanceof PDFRawStream ? profile.dict : profile instanceof PDFDict ? profile : undefined;
    return dict?.get(PDFName.of("N"))?.toString() === "3";
  }
  return resolved === PDFName.of("DeviceRGB");
}
