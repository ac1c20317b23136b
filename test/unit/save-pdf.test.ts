// save-pdf.ts: pdf-lib's cross-reference stream filled in order without a search per entry, and the same bytes saved.

import { PDFContext, PDFCrossRefStream, PDFDocument, PDFRef, StandardFonts } from "@cantoo/pdf-lib";
import { describe, expect, it } from "vitest";
import { appendAfterLast, makeCrossRefAppendLinear, savePdf } from "../../src/shared/save-pdf.js";

interface Entry {
  ref: { objectNumber: number };
}
type Append = (this: { entries: Entry[] }, entry: Entry) => void;
const prototype = PDFCrossRefStream.prototype as unknown as { appendEntry: Append };

/** pdf-lib 2.11's own appendEntry, as written in its source: search from the start for the first entry numbered after. */
const searchFromStart: Append = function (entry) {
  const at = this.entries.findIndex((e) => e.ref.objectNumber > entry.ref.objectNumber);
  if (at < 0 || at > this.entries.length) this.entries.push(entry);
  else this.entries.splice(at, 0, entry);
};

/** A document of many objects: pages of text, each with its own content stream, and an outline-sized dictionary per page. */
async function makeDocument(pages: number): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  for (let index = 0; index < pages; index++) {
    const page = doc.addPage([420, 595]);
    page.drawText(`Page ${index + 1}: the market hall reopens on Saturday.`, { x: 40, y: 540, size: 11, font });
    doc.context.register(doc.context.obj({ Title: `Section ${index + 1}`, Count: index }));
  }
  return doc;
}

describe("saving a PDF", () => {
  it("pushes an entry numbered after the last, and leaves any other to pdf-lib's search", () => {
    const entries: Entry[] = [];
    expect(appendAfterLast(entries, { ref: { objectNumber: 3 } })).toBe(true);
    expect(appendAfterLast(entries, { ref: { objectNumber: 7 } })).toBe(true);
    expect(appendAfterLast(entries, { ref: { objectNumber: 7 } })).toBe(false);
    expect(appendAfterLast(entries, { ref: { objectNumber: 5 } })).toBe(false);
    expect(entries.map((entry) => entry.ref.objectNumber)).toEqual([3, 7]);
  });

  it("searches the entries only for one out of order, and puts it where pdf-lib would", () => {
    makeCrossRefAppendLinear();
    makeCrossRefAppendLinear();
    const stream = PDFCrossRefStream.create(PDFContext.create().obj({}), false);
    const entries = (stream as unknown as { entries: Entry[] }).entries;
    let searches = 0;
    const findIndex = entries.findIndex.bind(entries);
    Object.defineProperty(entries, "findIndex", { value: (...args: Parameters<typeof findIndex>) => (searches++, findIndex(...args)) });
    // pdf-lib starts the list with the free entry, object 0.
    for (let number = 1; number <= 2000; number++) stream.addCompressedEntry(PDFRef.of(number), PDFRef.of(5000), number);
    expect(searches).toBe(0);
    stream.addUncompressedEntry(PDFRef.of(1500), 99);
    stream.addDeletedEntry(PDFRef.of(2500), 0);
    expect(searches).toBe(1);
    const numbers = entries.map((entry) => entry.ref.objectNumber);
    expect(numbers.slice(0, 3)).toEqual([0, 1, 2]);
    expect(numbers.slice(1499, 1503)).toEqual([1499, 1500, 1500, 1501]);
    expect(entries[1501]).toMatchObject({ offset: 99 });
    expect(numbers.at(-1)).toBe(2500);
    expect(entries).toHaveLength(2003);
  });

  it("saves the same bytes as pdf-lib's own search, with object streams and without", async () => {
    const doc = await makeDocument(120);
    makeCrossRefAppendLinear();
    const linear = prototype.appendEntry;
    for (const useObjectStreams of [true, false]) {
      prototype.appendEntry = searchFromStart;
      let searched: Uint8Array;
      try {
        searched = await doc.save({ objectsPerTick: Infinity, useObjectStreams });
      } finally {
        prototype.appendEntry = linear;
      }
      const saved = await savePdf(doc, { useObjectStreams });
      expect(Buffer.from(saved).equals(Buffer.from(searched))).toBe(true);
      expect((await PDFDocument.load(saved)).getPageCount()).toBe(120);
    }
  });
});
