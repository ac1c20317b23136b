// Reads a PDF stream's decoded bytes as a binary string and writes a changed one back, Flate-compressed.

import { decodePDFRawStream, PDFArray, PDFName, type PDFRawStream } from "@cantoo/pdf-lib";
import { deflateText, inflateText } from "./flate-text.js";

/** The stream's decoded bytes, one character per byte; undefined if its filters cannot be decoded. */
export function readStreamText(stream: PDFRawStream): string | undefined {
  try {
    if (isPlainFlate(stream)) return inflateText(stream.getContents());
    const bytes = decodePDFRawStream(stream).decode();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  } catch {
    return undefined;
  }
}

/**
 * FlateDecode alone, no predictor: what Chrome writes, and what Node's zlib decodes several times faster
 * than pdf-lib's own inflater. Other filters go through pdf-lib.
 */
export function isPlainFlate(stream: PDFRawStream): boolean {
  const filter = stream.dict.lookup(PDFName.of("Filter"));
  const only = filter instanceof PDFArray && filter.size() === 1 ? filter.lookup(0) : filter;
  return only === PDFName.of("FlateDecode") && stream.dict.get(PDFName.of("DecodeParms")) === undefined;
}

/**
 * Replaces the stream's data in place (its dictionary, and every reference to it, stay) with `text`
 * compressed. Node's zlib rather than pdf-lib's flateStream (fflate): the same FlateDecode data, but a page's
 * megabyte of content compresses in a tenth of the time.
 */
export function writeStreamText(stream: PDFRawStream, text: string): void {
  writeStreamContents(stream, deflateText(text));
}

/** Replaces the stream's data in place with `deflated`, FlateDecode data (compressed by deflateText, maybe in a worker). */
export function writeStreamContents(stream: PDFRawStream, deflated: Uint8Array): void {
  stream.dict.set(PDFName.of("Filter"), PDFName.of("FlateDecode"));
  stream.dict.delete(PDFName.of("DecodeParms"));
  stream.updateContents(deflated);
}
