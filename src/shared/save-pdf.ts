// Writes a pdf-lib document in one go, its cross-reference stream filled in linear rather than quadratic time (edge).

import { PDFCrossRefStream, type PDFDocument } from "@cantoo/pdf-lib";
import { SAVE_AT_ONCE } from "./pdf-at-once.js";

/** What appendEntry reads of a cross-reference entry and of the stream it goes into. */
interface NumberedEntry {
  ref: { objectNumber: number };
}
type AppendEntry = ((this: { entries: NumberedEntry[] }, entry: NumberedEntry) => void) & { appendsInOrder?: true };

/** Saves `doc` without yielding to the event loop (pdf-at-once.ts), with object streams or without. */
export async function savePdf(doc: PDFDocument, options: { useObjectStreams: boolean }): Promise<Uint8Array> {
  makeCrossRefAppendLinear();
  return doc.save({ ...SAVE_AT_ONCE, useObjectStreams: options.useObjectStreams });
}

/**
 * pdf-lib 2.11 keeps a cross-reference stream's entries in object-number order and finds each new entry's place
 * by searching the list from its start. Saving with object streams adds every object of the document in that
 * order, so every search walked the whole list: quadratic, about 100 ms of the 200-page benchmark PDF's 330 ms
 * save and 22 ms of the 41-page one's 127 ms. An entry numbered after the last is pushed at once; any other goes
 * where pdf-lib's own search puts it, so the entries, and the bytes saved, are the same. pdf-lib's method is
 * replaced once, on its class, because the stream is made inside its writer where no option reaches it.
 */
export function makeCrossRefAppendLinear(): void {
  const prototype = PDFCrossRefStream.prototype as unknown as { appendEntry: AppendEntry };
  const search = prototype.appendEntry;
  if (search.appendsInOrder) return;
  const append: AppendEntry = function (entry) {
    if (!appendAfterLast(this.entries, entry)) search.call(this, entry);
  };
  append.appendsInOrder = true;
  prototype.appendEntry = append;
}

/** Pushes `entry` and says so if it is numbered after every entry of the ordered list `entries` (an empty list too). */
export function appendAfterLast(entries: NumberedEntry[], entry: NumberedEntry): boolean {
  const last = entries.at(-1);
  if (last !== undefined && last.ref.objectNumber >= entry.ref.objectNumber) return false;
  entries.push(entry);
  return true;
}
