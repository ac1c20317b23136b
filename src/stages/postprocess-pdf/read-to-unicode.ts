// Reads a ToUnicode CMap: the text of each character code, and where each single-code entry is written.

import { decodeUtf16Be } from "./decode-pdf-text.js";
import { parseContentStream, type ContentValue } from "./parse-content-stream.js";

export interface ToUnicodeCMap {
  /** The text of each code the CMap names (U+0000 for the glyphs Chrome could not name). */
  texts: Map<number, string>;
  /** Byte range of each bfchar destination, to write another text in its place. */
  destinations: Map<number, { start: number; end: number }>;
  /** Codes given by a bfrange: a fix for them would have to split the range, so none is made. */
  inRanges: Set<number>;
  /** Offset of the `endcmap` operator, where new entries can go; undefined if there is none. */
  endcmap: number | undefined;
  /** Bytes per code, when every codespace range agrees (Chrome: 2); undefined otherwise. */
  codeLength: number | undefined;
}

type StringValue = Extract<ContentValue, { type: "string" }>;

const isString = (value: ContentValue | undefined): value is StringValue => value?.type === "string";
const readCode = (bytes: Uint8Array) => bytes.reduce((code, byte) => code * 256 + byte, 0);

/** Parses a ToUnicode CMap's text (one character per byte). Throws on syntax a reader could only guess at. */
export function readToUnicode(text: string): ToUnicodeCMap {
  const cmap: ToUnicodeCMap = { texts: new Map(), destinations: new Map(), inRanges: new Set(), endcmap: undefined, codeLength: undefined };
  const lengths = new Set<number>();
  for (const operation of parseContentStream(text)) {
    const values = operation.operands;
    if (operation.operator === "endcodespacerange") {
      for (const value of values) if (isString(value)) lengths.add(value.bytes.length);
    } else if (operation.operator === "endbfchar") {
      for (let at = 0; at + 1 < values.length; at += 2) {
        const source = values[at];
        const destination = values[at + 1];
        if (!isString(source) || !isString(destination)) continue;
        const code = readCode(source.bytes);
        cmap.texts.set(code, decodeUtf16Be(destination.bytes));
        cmap.destinations.set(code, { start: destination.start, end: destination.end });
      }
    } else if (operation.operator === "endbfrange") {
      for (let at = 0; at + 2 < values.length; at += 3) readRange(cmap, values[at], values[at + 1], values[at + 2]);
    } else if (operation.operator === "endcmap") {
      cmap.endcmap = operation.start;
    }
  }
  cmap.codeLength = lengths.size === 1 ? [...lengths][0] : undefined;
  return cmap;
}

/** `<lo> <hi> <dst>` (the last code unit of dst counts up) or `<lo> <hi> [<dst> …]`. */
function readRange(cmap: ToUnicodeCMap, low: ContentValue | undefined, high: ContentValue | undefined, destination: ContentValue | undefined) {
  if (!isString(low) || !isString(high)) return;
  const first = readCode(low.bytes);
  const last = readCode(high.bytes);
  // A range over more than 65,536 codes is not a font's cmap: leave it out rather than loop over it.
  if (last < first || last - first > 0xffff) return;
  for (let code = first; code <= last; code++) {
    let text: string | undefined;
    if (isString(destination)) {
      const base = decodeUtf16Be(destination.bytes);
      if (base === "") continue;
      text = base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - first);
    } else if (destination?.type === "array") {
      const item = destination.items[code - first];
      if (isString(item)) text = decodeUtf16Be(item.bytes);
    }
    if (text === undefined) continue;
    cmap.texts.set(code, text);
    cmap.destinations.delete(code);
    cmap.inRanges.add(code);
  }
}
