// Counts the glyphs a content stream draws, by font resource name and code, its ActualTexts and the forms it draws: what the print-side text check reads (pure, runs in the repair's workers too).

import { decodeTextString } from "./decode-pdf-text.js";
import { ContentSyntaxError, isRegular, isWhitespace, parseHexDigit, readHexString, readLiteralString, readName } from "./tokenize-content-stream.js";

/** One content stream's drawing, by the names its resources give (resolved on the main thread, count-printed-text.ts). */
export interface GlyphScan {
  /** Two-byte codes drawn outside ActualText spans, by font resource name, then code. */
  glyphs: Map<string, Map<number, number>>;
  /** The ActualText of each outermost span (its glyphs are not counted), by text. */
  actual: Map<string, number>;
  /** XObjects drawn (Do), by resource name: forms add their own drawing. */
  drawn: Map<string, number>;
}

const OPERATOR = { other: 0, operand: 1, show: 2, font: 3, open: 4, close: 5, draw: 6, inlineImage: 7 } as const;
/** Operands since the last operator: strings and names by where they are, anything else as "other". */
const KIND = { hex: 0, literal: 1, name: 2, other: 3 } as const;

interface Operands {
  count: number;
  kinds: number[];
  starts: number[];
  ends: number[];
}

const add = <K>(counts: Map<K, number>, key: K, by: number) => counts.set(key, (counts.get(key) ?? 0) + by);

/**
 * Scans `text` (one character per byte), or undefined where what it draws cannot be read with certainty: a
 * string of an odd number of bytes shown, a broken string, an inline image (whose data is not tokens;
 * Chrome writes none).
 *
 * A lean scan rather than parse-content-stream.ts: Chrome writes a glyph per Tj (`6.77 0 Td <0048> Tj`), about
 * 30 MB of operators for 190 pages, and only strings, names and six operators matter here, so nothing is made
 * for a number or an operator passed over, and a string or a name is read (by the tokenizer's own readers,
 * tokenize-content-stream.ts) only where one of those operators uses it.
 */
export function scanPrintedGlyphs(text: string): GlyphScan | undefined {
  const scan: GlyphScan = { glyphs: new Map(), actual: new Map(), drawn: new Map() };
  const operands: Operands = { count: 0, kinds: [], starts: [], ends: [] };
  const push = (kind: number, start: number, end: number) => {
    operands.kinds[operands.count] = kind;
    operands.starts[operands.count] = start;
    operands.ends[operands.count] = end;
    operands.count += 1;
  };
  /** For each open marked-content sequence, whether it (or one around it) has an ActualText. */
  const replaced: boolean[] = [];
  let font: Map<number, number> | undefined;
  const length = text.length;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (isWhitespace(code)) {
      at += 1;
    } else if ((code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2e || code === 0x2b) {
      // A number, most of what Chrome writes (a glyph's move before it): passed over.
      at += 1;
      while (at < length && isRegular(text.charCodeAt(at))) at += 1;
      push(KIND.other, 0, 0);
    } else if (code === 0x3c /* < */) {
      if (text.charCodeAt(at + 1) === 0x3c) {
        at += 2;
        continue;
      }
      const end = text.indexOf(">", at + 1);
      if (end < 0) return undefined;
      push(KIND.hex, at + 1, end);
      at = end + 1;
    } else if (code === 0x2f /* / */) {
      let end = at + 1;
      while (end < length && isRegular(text.charCodeAt(end))) end += 1;
      push(KIND.name, at + 1, end);
      at = end;
    } else if (code === 0x28 /* ( */) {
      const end = readStringEnd(text, at);
      if (end === undefined) return undefined;
      push(KIND.literal, at, end);
      at = end;
    } else if (code === 0x25 /* % */) {
      while (at < length && text.charCodeAt(at) !== 0x0a && text.charCodeAt(at) !== 0x0d) at += 1;
    } else if (!isRegular(code)) {
      // > ] [ { }: an array's brackets change nothing here, nor a dictionary's closing >>.
      at += 1;
    } else {
      let end = at + 1;
      while (end < length && isRegular(text.charCodeAt(end))) end += 1;
      const operator = classifyWord(text, at, end);
      at = end;
      if (operator === OPERATOR.operand) {
        push(KIND.other, 0, 0);
        continue;
      }
      if (operator === OPERATOR.font) {
        const name = readOperandName(text, operands);
        font = name === undefined ? undefined : scan.glyphs.get(name);
        if (name !== undefined && !font) scan.glyphs.set(name, (font = new Map()));
      } else if (operator === OPERATOR.show) {
        // Text inside an ActualText span reads as the ActualText, counted when the span opened.
        if (!replaced.at(-1) && !countShown(text, operands, font)) return undefined;
      } else if (operator === OPERATOR.open) {
        const actual = readActualText(text, operands);
        if (actual !== undefined && !replaced.at(-1)) add(scan.actual, actual, 1);
        replaced.push(replaced.at(-1) === true || actual !== undefined);
      } else if (operator === OPERATOR.close) {
        replaced.pop();
      } else if (operator === OPERATOR.draw) {
        const name = readOperandName(text, operands);
        if (name !== undefined) add(scan.drawn, name, 1);
      } else if (operator === OPERATOR.inlineImage) {
        return undefined;
      }
      operands.count = 0;
    }
  }
  return scan;
}

/** What a word is: the operators that matter here by their characters, any other word an operator passed over. */
function classifyWord(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  switch (end - start) {
    case 1:
      return first === 0x27 || first === 0x22 ? OPERATOR.show : OPERATOR.other; // ' "
    case 2:
      if (first === 0x54 /* T */) return second === 0x6a || second === 0x4a ? OPERATOR.show : second === 0x66 ? OPERATOR.font : OPERATOR.other; // Tj TJ Tf
      if (first === 0x44 && second === 0x6f) return OPERATOR.draw; // Do
      if ((first === 0x42 && second === 0x49) || (first === 0x49 && second === 0x44)) return OPERATOR.inlineImage; // BI ID
      return OPERATOR.other;
    case 3:
      if (text.startsWith("BDC", start) || text.startsWith("BMC", start)) return OPERATOR.open;
      return text.startsWith("EMC", start) ? OPERATOR.close : OPERATOR.other;
    default: {
      // true, false and null are operands.
      const word = text.slice(start, end);
      return word === "true" || word === "false" || word === "null" ? OPERATOR.operand : OPERATOR.other;
    }
  }
}

/** Adds the two-byte codes of a show operator's strings to `font`'s counts; false if they cannot be read as such. */
function countShown(text: string, operands: Operands, font: Map<number, number> | undefined): boolean {
  for (let index = 0; index < operands.count; index++) {
    const kind = operands.kinds[index];
    const start = operands.starts[index] as number;
    if (kind === KIND.hex) {
      if (!countHexCodes(text, start, operands.ends[index] as number, font)) return false;
    } else if (kind === KIND.literal) {
      const bytes = readStringBytes(text, kind, start);
      if (bytes?.length === 0) continue;
      if (!bytes || !font || bytes.length % 2 !== 0) return false;
      for (let at = 0; at + 1 < bytes.length; at += 2) add(font, (bytes[at] as number) * 256 + (bytes[at + 1] as number), 1);
    }
  }
  return true;
}

/**
 * Adds a hex string's two-byte codes to `font`'s counts without making its bytes first (Chrome's every glyph is
 * one); false if it is not whole codes of hex digits or no font names them.
 */
function countHexCodes(text: string, start: number, end: number, font: Map<number, number> | undefined): boolean {
  let code = 0;
  let digits = 0;
  for (let at = start; at < end; at++) {
    const char = text.charCodeAt(at);
    if (isWhitespace(char)) continue;
    const value = parseHexDigit(char);
    if (value < 0) return false;
    code = code * 16 + value;
    if (++digits % 4 === 0) {
      // A glyph shown before any font is set: what it reads as is not known.
      if (!font) return false;
      add(font, code, 1);
      code = 0;
    }
  }
  return digits % 4 === 0;
}

/** The first name among the operands (Tf's font, Do's XObject), as its resource dictionary keys it. */
function readOperandName(text: string, operands: Operands): string | undefined {
  for (let index = 0; index < operands.count; index++) {
    // The name's text starts after its slash, where the tokenizer reads it from.
    if (operands.kinds[index] === KIND.name) return (readName(text, (operands.starts[index] as number) - 1) as { value: string }).value;
  }
  return undefined;
}

/**
 * The ActualText of a BDC's property list (`/Span <</ActualText <FEFF...>>> BDC`), if it has one. Chrome writes
 * one for every soft hyphen, most of a page's spans, so its UTF-16 is read without a detour.
 */
function readActualText(text: string, operands: Operands): string | undefined {
  for (let index = 0; index + 1 < operands.count; index++) {
    if (operands.kinds[index] !== KIND.name || !text.startsWith("ActualText", operands.starts[index] as number)) continue;
    if ((operands.ends[index] as number) - (operands.starts[index] as number) !== "ActualText".length) continue;
    const bytes = readStringBytes(text, operands.kinds[index + 1] as number, operands.starts[index + 1] as number);
    if (!bytes) return undefined;
    if (bytes[0] === 0xfe && bytes[1] === 0xff && bytes.length % 2 === 0) {
      let actual = "";
      for (let at = 2; at + 1 < bytes.length; at += 2) actual += String.fromCharCode(((bytes[at] as number) << 8) | (bytes[at + 1] as number));
      return actual;
    }
    return decodeTextString(bytes) ?? "";
  }
  return undefined;
}

/**
 * A string operand's bytes, read by the tokenizer from where the operand was found (a hex string's digits start
 * after its `<`); undefined for an operand that is no string, or one the tokenizer finds broken.
 */
function readStringBytes(text: string, kind: number, start: number): Uint8Array | undefined {
  try {
    const token = kind === KIND.hex ? readHexString(text, start - 1) : kind === KIND.literal ? readLiteralString(text, start) : undefined;
    return token?.type === "string" ? token.bytes : undefined;
  } catch (error) {
    if (error instanceof ContentSyntaxError) return undefined;
    throw error;
  }
}

/** Where a literal string that opens at `start` ends (after its closing parenthesis); undefined if it is broken. */
function readStringEnd(text: string, start: number): number | undefined {
  try {
    return readLiteralString(text, start).end;
  } catch (error) {
    if (error instanceof ContentSyntaxError) return undefined;
    throw error;
  }
}
