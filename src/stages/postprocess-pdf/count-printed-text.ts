// Reads, page by page, the text a PDF draws as its text layer names it (ToUnicode, ActualText), in no order: what the print-side text check compares (pure over a parsed PDF).

import { PDFArray, PDFDict, PDFName, PDFRawStream, type PDFContext, type PDFDocument } from "@cantoo/pdf-lib";
import { readFonts, type FontCache } from "./read-fonts.js";
import { scanPrintedGlyphs, type GlyphScan } from "./scan-printed-glyphs.js";
import { readStreamText } from "./stream-text.js";

/** A page's drawn text as counts of its pieces (a glyph's ToUnicode text, an ActualText). */
export type PrintedText = Map<string, number>;

/**
 * Scans already made, by the first stream of what was scanned (a page's content, read as one, or a form): the
 * text-layer repair scans each target from the text it decodes anyway (repair-text-layer.ts). Undefined for
 * content that could not be read with certainty.
 */
export type GlyphScans = ReadonlyMap<PDFRawStream, GlyphScan | undefined>;

/**
 * Each page's drawn text, or undefined for a page that cannot be read with certainty: content that does not
 * decode or scan, a glyph in a font without a ToUnicode map, a form drawn inside itself. What `scans` lacks is
 * decoded and scanned here, as it is now: the repair's rewrites move no Latin letter (they reorder right-to-left
 * clusters and take out soft hyphens' spans). Glyphs are named by the ToUnicode maps as they are now too: after
 * the repair, those Chrome left unnamed are named.
 */
export function countPrintedText(doc: PDFDocument, scans: GlyphScans = new Map()): (PrintedText | undefined)[] {
  const reader: Reader = { context: doc.context, scans, fontCache: new Map() };
  return doc.getPages().map((page) => {
    const contents = page.node.get(PDFName.of("Contents"));
    const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    const streams = refs.map((ref) => doc.context.lookup(ref));
    if (!streams.every((stream): stream is PDFRawStream => stream instanceof PDFRawStream) || streams.length === 0) return undefined;
    const scan = readScan(reader, streams);
    const printed: PrintedText = new Map();
    return scan && addScan(reader, printed, scan, page.node.Resources(), new Set()) ? printed : undefined;
  });
}

interface Reader {
  context: PDFContext;
  scans: GlyphScans;
  fontCache: FontCache;
}

const add = <K>(counts: Map<K, number>, key: K, by: number) => counts.set(key, (counts.get(key) ?? 0) + by);

/** The scan of `streams` (one page's, read as one, or a form), made now if the repair did not make it. */
function readScan(reader: Reader, streams: readonly PDFRawStream[]): GlyphScan | undefined {
  const first = streams[0] as PDFRawStream;
  if (reader.scans.has(first)) return reader.scans.get(first);
  const texts = streams.map(readStreamText);
  if (texts.some((text) => text === undefined)) return undefined;
  // Streams of one page are one content stream, split anywhere between tokens.
  return scanPrintedGlyphs(texts.join("\n"));
}

/**
 * Adds what `scan` draws, its fonts and forms named by `resources`, to `printed` (forms `times` over); false if
 * some of it cannot be named.
 */
function addScan(reader: Reader, printed: PrintedText, scan: GlyphScan, resources: PDFDict | undefined, drawing: ReadonlySet<PDFRawStream>, times = 1): boolean {
  for (const [text, count] of scan.actual) add(printed, text, count * times);
  const fonts = readFonts(reader.context, resources, reader.fontCache);
  for (const [name, codes] of scan.glyphs) {
    if (codes.size === 0) continue;
    const cmap = fonts.get(name)?.toUnicode?.cmap;
    if (!cmap) return false;
    for (const [code, count] of codes) {
      const text = cmap.texts.get(code);
      if (text) add(printed, text, count * times);
    }
  }
  const xObjects = scan.drawn.size > 0 ? resources?.lookupMaybe(PDFName.of("XObject"), PDFDict) : undefined;
  for (const [name, count] of scan.drawn) {
    const form = reader.context.lookup(xObjects?.get(PDFName.of(name)));
    // Images draw no text; a form drawn inside itself is not followed.
    if (!(form instanceof PDFRawStream) || form.dict.lookup(PDFName.of("Subtype")) !== PDFName.of("Form")) continue;
    if (drawing.has(form)) return false;
    const formScan = readScan(reader, [form]);
    // A form without resources of its own uses those of what draws it.
    const own = form.dict.lookupMaybe(PDFName.of("Resources"), PDFDict) ?? resources;
    if (!formScan || !addScan(reader, printed, formScan, own, new Set([...drawing, form]), count * times)) return false;
  }
  return true;
}
