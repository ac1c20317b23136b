// Repairs a content stream one text object at a time: Chrome's plain lines (glyphs, soft hyphens) read straight from the bytes, any other object scanned whole.

import { classifyGlyph, isSpaceGlyph } from "./classify-glyph.js";
import { measureGlyph } from "./measure-glyphs.js";
import { isUnnamed } from "./patch-to-unicode.js";
import { HYPHEN } from "./plan-soft-hyphen-repair.js";
import type { FontInfo } from "./read-fonts.js";
import type { ContentFonts, ContentRepairs } from "./repair-content.js";
import type { GlyphUse, TextScan } from "./scan-text-spans.js";
import { parseHexDigit } from "./tokenize-content-stream.js";

/** What repairing one content stream gives: the new text when something changed, the counts, and what the document-wide fixes vote on. */
export interface StreamRepair {
  rewritten: string | undefined;
  repairs: ContentRepairs;
  voters: TextScan;
}

/**
 * Repairs one text object (`BT` … `ET`, a piece of the stream) with the full scan; undefined where that repair
 * would not be the one the whole stream gets: the piece does not parse, a rewrite failed, or a span is left open.
 */
export type RepairPiece = (piece: string) => StreamRepair | undefined;

/** The one line of a soft hyphen's span as Chrome opens it. */
const SOFT_HYPHEN_SPAN = "/Span<</ActualText <FEFF00AD> >> BDC";

/** Operators that set text state no plain line follows: a stream with any of them (or a comment, or an inline image) is repaired whole. */
const UNFOLLOWED = /%|['"]|(?:^|\s)(?:T[cwzLsD*]|BI)(?=\s|$)/;

/** The operator that restores the graphics state, text state included. */
const RESTORE = /(?:^|\s)Q(?=\s|$)/;

/**
 * The same repair as the full scan of the whole stream (repairStream in repair-content.ts), byte for byte, made
 * faster. Nine in ten of a page's text objects are plain lines of Latin text: a font, a matrix, then glyphs one
 * per line (`6.77 0 Td <0048> Tj`) and soft hyphens, each a span Chrome draws as a space glyph. The full scan
 * followed every glyph's position to repair those spans (P4), most of the repair's time; but a soft hyphen's
 * repair only ever keeps its move and drops its glyph and span (plan-soft-hyphen-repair.ts), and a plain line's
 * glyphs only matter to the document-wide fixes if ToUnicode leaves them unnamed or calls them the hyphen. So a
 * plain object is read line by line and cut, and any other object (Arabic clusters, ligatures, anything not
 * exactly as above) is handed to `repairPiece`, which scans it whole: text state does not carry from one of
 * Chrome's text objects into the next, as each sets its font and matrix.
 *
 * Undefined when the stream is not as this reads it: text state set by an operator plain lines do not follow, text
 * outside a text object, an object that draws before it sets a font, or a piece the full scan could not repair
 * alone. The caller then repairs the stream whole.
 */
export function repairPlainTextObjects(text: string, fonts: ContentFonts, repairPiece: RepairPiece): StreamRepair | undefined {
  if (UNFOLLOWED.test(text)) return undefined;
  const concerns = createConcernTables(fonts);
  const repair: StreamRepair = { rewritten: undefined, repairs: { marks: 0, zwnj: 0, softHyphens: 0, skipped: 0 }, voters: { spans: [], looseDraws: [], softHyphens: false } };
  const out: string[] = [];
  let copiedTo = 0;
  let changed = false;
  for (let at = 0; ; ) {
    const open = findLine(text, "BT", at);
    if (!isPlainBetween(text, at, open === -1 ? text.length : open)) return undefined;
    if (open === -1) break;
    const close = findLine(text, "ET", open + 2);
    if (close === -1) return undefined;
    const end = close + 2;
    const plain = readPlainObject(text, open + 3, close - 1, fonts, concerns);
    if (plain === "foreign") return undefined;
    if (plain === "other") {
      const objectText = text.slice(open, end);
      // A Q inside would restore text state saved outside the object (Chrome writes none there).
      if (RESTORE.test(objectText)) return undefined;
      const piece = repairPiece(objectText);
      if (!piece) return undefined;
      addPiece(repair, piece);
      if (piece.rewritten !== undefined) {
        out.push(text.slice(copiedTo, open), piece.rewritten);
        copiedTo = end;
        changed = true;
      }
    } else {
      repair.voters.looseDraws.push(...plain.loose);
      if (plain.softHyphens > 0) {
        repair.repairs.softHyphens += plain.softHyphens;
        repair.voters.softHyphens = true;
        for (let cut = 0; cut < plain.cuts.length; cut += 2) out.push(text.slice(copiedTo, plain.cuts[cut])), (copiedTo = plain.cuts[cut + 1] as number);
        changed = true;
      }
    }
    at = end;
  }
  if (changed) repair.rewritten = out.join("") + text.slice(copiedTo);
  return repair;
}

function addPiece(repair: StreamRepair, piece: StreamRepair): void {
  const { repairs, voters } = repair;
  repairs.marks += piece.repairs.marks;
  repairs.zwnj += piece.repairs.zwnj;
  repairs.softHyphens += piece.repairs.softHyphens;
  repairs.skipped += piece.repairs.skipped;
  voters.spans.push(...piece.voters.spans);
  voters.looseDraws.push(...piece.voters.looseDraws);
  voters.softHyphens ||= piece.voters.softHyphens;
}

/** A plain object read: the byte ranges to cut (start, end, start, end, …), the soft hyphens they repair, the glyphs the fixes vote on. */
interface PlainObject {
  cuts: number[];
  softHyphens: number;
  loose: GlyphUse[];
}

/**
 * Reads the lines of a text object between its `BT` and `ET` lines (`from` to `to`, the last line's end): a
 * PlainObject if every line is plain, "other" if one is not (the full scan then reads the object), "foreign" if a
 * glyph comes before any font (the object's text state comes from outside it). Plain besides glyphs, fonts and
 * matrices: a soft hyphen's span as Chrome writes it (cut), any other span of one glyph that no repair could
 * concern (an Arabic letter, a ligature: P1 needs two glyphs, P3 and P4 their characters, the votes an unnamed
 * glyph or a hyphen), and marked content without properties around them (`/ReversedChars BMC`).
 */
function readPlainObject(text: string, from: number, to: number, fonts: ContentFonts, concerns: ConcernTables): PlainObject | "other" | "foreign" {
  const plain: PlainObject = { cuts: [], softHyphens: 0, loose: [] };
  let font: string | undefined;
  // The font's table of glyphs a document-wide fix concerns, looked up once per font line.
  let table: Uint8Array | undefined;
  // Whether the pen is not where a glyph without a move of its own expects it: after a repaired soft hyphen, the full
  // repair writes such a glyph a move of its own, so it is left to the full scan.
  let penAhead = false;
  // Glyphs drawn in the span open, if one is (-1: none is); marked content open besides.
  let spanGlyphs = -1;
  let marked = 0;
  // Another line: the full scan reads the object, if its text state is its own (a font set before any glyph).
  const other = (at: number) => (font !== undefined || setsFontFirst(text, at, to) ? "other" : "foreign");
  for (let at = from; at < to; ) {
    const end = findLineEnd(text, at, to);
    if (text.startsWith(SOFT_HYPHEN_SPAN, at) && end === at + SOFT_HYPHEN_SPAN.length) {
      // The span, its one glyph after its own move, EMC: only the move is kept.
      const glyphEnd = findLineEnd(text, end + 1, to);
      const emcEnd = glyphEnd + 4;
      const glyphAt = glyphEnd - 9;
      if (font === undefined || spanGlyphs !== -1 || emcEnd > to || !text.startsWith("\nEMC", glyphEnd) || (emcEnd < to && text.charCodeAt(emcEnd) !== 0x0a) || !isMove(text, end + 1, glyphAt - 1)) {
        return other(at);
      }
      const code = readGlyphLine(text, glyphAt, glyphEnd);
      if (code === -1 || !isRepairableSoftHyphen(fonts.get(font), code)) return other(at);
      plain.cuts.push(at, end + 1, glyphAt - 1, emcEnd);
      plain.softHyphens++;
      penAhead = true;
      at = emcEnd + 1;
      continue;
    }
    const shown = findShownString(text, at, end);
    if (shown !== -1) {
      const moved = shown > at;
      if ((moved && !isMove(text, at, shown - 1)) || (!moved && penAhead)) return other(at);
      if (font === undefined) return "foreign";
      // A second draw in a span makes a cluster P1 may reorder; a glyph the votes read makes a span they keep.
      if (spanGlyphs !== -1 && ++spanGlyphs > 1) return other(at);
      if (table !== undefined && concernsAny(text, shown, end, table)) {
        if (spanGlyphs !== -1) return other(at);
        // The whole draw, as the full scan keeps it.
        const codes: number[] = [];
        for (let digits = shown + 1; digits < end - 4; digits += 4) codes.push(readCode(text, digits));
        plain.loose.push({ font, codes });
      }
      penAhead = false;
    } else if (end - at === 3 && text.startsWith("EMC", at)) {
      if (spanGlyphs !== -1) spanGlyphs = -1;
      else if (marked > 0) marked--;
      else return other(at);
    } else if (spanGlyphs === -1 && isPlainSpan(text, at, end)) {
      spanGlyphs = 0;
    } else if (spanGlyphs === -1 && isMarkedContent(text, at, end)) {
      marked++;
    } else if (isMatrix(text, at, end)) {
      penAhead = false;
    } else {
      const name = readFontLine(text, at, end);
      if (name === undefined) return other(at);
      font = name;
      table = concerns(name);
    }
    at = end + 1;
  }
  return spanGlyphs === -1 && marked === 0 ? plain : other(from);
}

const SPAN_START = "/Span<</ActualText ";
const SPAN_END = " >> BDC";

/**
 * Whether `at` to `end` opens a span whose ActualText no repair of a lone glyph concerns: written in UTF-16 hex
 * or as printable ASCII without escapes, holding neither a soft hyphen (P4) nor a ZWNJ (P3).
 */
function isPlainSpan(text: string, at: number, end: number): boolean {
  if (!text.startsWith(SPAN_START, at) || !text.startsWith(SPAN_END, end - SPAN_END.length)) return false;
  const value = text.slice(at + SPAN_START.length, end - SPAN_END.length);
  if (/^\([ -'*-[\]-~]*\)$/.test(value)) return true;
  if (!/^<FEFF(?:[0-9A-F]{4})*>$/i.test(value)) return false;
  for (let unit = 5; unit < value.length - 1; unit += 4) {
    const character = Number.parseInt(value.slice(unit, unit + 4), 16);
    if (character === 0x00ad || character === 0x200c) return false;
  }
  return true;
}

/** Whether `at` to `end` is `/Name BMC`: marked content without properties, which neither opens a span nor makes one irregular around it. */
const isMarkedContent = (text: string, at: number, end: number) => text.charCodeAt(at) === 0x2f && text.startsWith(" BMC", end - 4) && /^\/[A-Za-z]+ BMC$/.test(text.slice(at, end));

/** Whether a line from `at` on sets a font (ends in Tf) before any draws a glyph (ends in a text-showing operator). */
function setsFontFirst(text: string, at: number, to: number): boolean {
  for (let start = at; start < to; ) {
    const end = findLineEnd(text, start, to);
    const line = text.slice(Math.max(start, end - 3), end);
    if (line === " Tf") return true;
    if (line.endsWith("Tj") || line.endsWith("TJ") || line.endsWith("'") || line.endsWith('"')) return false;
    start = end + 1;
  }
  return true;
}

/** Whether the glyph of a soft hyphen's span is one the full repair removes: ToUnicode calls it whitespace, and its width is known. */
function isRepairableSoftHyphen(font: FontInfo | undefined, code: number): boolean {
  return isSpaceGlyph(classifyGlyph(font, code)) && Number.isFinite(measureGlyph(font, code)?.width);
}

/** The code of `<hhhh> Tj` spanning exactly `at` to `end`; -1 for anything else. */
function readGlyphLine(text: string, at: number, end: number): number {
  return end - at === 9 && findShownString(text, at, end) === at ? readCode(text, at + 1) : -1;
}

/**
 * Where the string of a line ending in `<hhhh…> Tj` starts (its `<`, at `at` or after a space), the string one or
 * more glyphs of four uppercase hex digits, as Chrome writes them; -1 for any other line.
 */
function findShownString(text: string, at: number, end: number): number {
  if (end - at < 9 || !text.startsWith("> Tj", end - 4)) return -1;
  const open = text.lastIndexOf("<", end - 5);
  const digits = end - 5 - open;
  if (open < at || (open > at && text.charCodeAt(open - 1) !== 0x20) || digits === 0 || digits % 4 !== 0) return -1;
  for (let digit = open + 1; digit < end - 4; digit++) {
    const code = text.charCodeAt(digit);
    if (!((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46))) return -1;
  }
  return open;
}

/** Whether a glyph of the string at `shown` (its `<`, the line ending at `end`) is one the votes read. */
function concernsAny(text: string, shown: number, end: number, table: Uint8Array): boolean {
  for (let digits = shown + 1; digits < end - 4; digits += 4) if (table[readCode(text, digits)] === 1) return true;
  return false;
}

/** The glyph code written in the four hex digits at `at`. */
function readCode(text: string, at: number): number {
  let code = 0;
  for (let offset = 0; offset < 4; offset++) code = code * 16 + parseHexDigit(text.charCodeAt(at + offset));
  return code;
}

/** Whether `at` to `end` is exactly `x y Td`. */
const isMove = (text: string, at: number, end: number) => end - at > 3 && text.startsWith(" Td", end - 3) && areNumbers(text, at, end - 3, 2);

/** Whether `at` to `end` is exactly `a b c d e f Tm`. */
const isMatrix = (text: string, at: number, end: number) => end - at > 3 && text.startsWith(" Tm", end - 3) && areNumbers(text, at, end - 3, 6);

/** Whether `at` to `end` is exactly `count` numbers, one space between each. */
function areNumbers(text: string, at: number, end: number, count: number): boolean {
  let position = at;
  for (let index = 0; index < count; index++) {
    if (index > 0) {
      if (text.charCodeAt(position) !== 0x20) return false;
      position++;
    }
    position = skipNumber(text, position);
    if (position === -1 || position > end) return false;
  }
  return position === end;
}

/**
 * Where the number at `at` ends, written as Chrome writes numbers (an optional minus, digits with at most one point
 * among or before them); -1 if none is there. Stricter than a PDF reader, which only means more lines are left to
 * the full scan. Read by hand, without a token or a pattern: this runs twice for most lines of a page.
 */
function skipNumber(text: string, at: number): number {
  let position = text.charCodeAt(at) === 0x2d /* - */ ? at + 1 : at;
  let digits = 0;
  let points = 0;
  for (; ; position++) {
    const code = text.charCodeAt(position);
    if (code >= 0x30 && code <= 0x39) digits++;
    else if (code === 0x2e /* . */ && points === 0) points++;
    else break;
  }
  return digits === 0 ? -1 : position;
}

/** The font's resource name of `/Name size Tf` spanning exactly `at` to `end`; undefined for anything else (a name with an escape too). */
function readFontLine(text: string, at: number, end: number): string | undefined {
  if (text.charCodeAt(at) !== 0x2f /* / */ || !text.startsWith(" Tf", end - 3)) return undefined;
  const space = text.indexOf(" ", at);
  const name = text.slice(at + 1, space);
  if (space >= end - 3 || name === "" || !/^[A-Za-z0-9_.+-]+$/.test(name)) return undefined;
  return areNumbers(text, space + 1, end - 3, 1) ? name : undefined;
}

/** Where the line of `at` ends (its newline, or `limit`). */
function findLineEnd(text: string, at: number, limit: number): number {
  const end = text.indexOf("\n", at);
  return end === -1 || end > limit ? limit : end;
}

/** The start of the next line at or after `from` that is exactly `word`; -1 if there is none. */
function findLine(text: string, word: string, from: number): number {
  for (let at = from; ; ) {
    const found = text.indexOf(word, at);
    if (found === -1) return -1;
    const after = text.charCodeAt(found + word.length);
    if ((found === 0 || text.charCodeAt(found - 1) === 0x0a) && (found + word.length === text.length || after === 0x0a)) return found;
    at = found + 1;
  }
}

/**
 * Whether the content between two text objects (`at` to `end`) is as Chrome writes it there: paths, colours, marked
 * content for the structure tree, pictures; no glyph, no span and no literal string (a string ending past a line
 * that reads `ET` would have cut its text object short).
 */
function isPlainBetween(text: string, at: number, end: number): boolean {
  const between = text.slice(at, end);
  return !between.includes("ActualText") && !between.includes("Tj") && !between.includes("TJ") && !between.includes("(") && !between.includes(")");
}

/** Whether a glyph's ToUnicode text is one a document-wide fix reads: unnamed (U+0000, empty, no entry at all), or the hyphen (P4). */
export const isVotedOn = (text: string | undefined): boolean => isUnnamed(text) || text === HYPHEN;

/** For a font's resource name, a table over its codes: 1 for the glyphs a document-wide fix could concern (isVotedOn). */
type ConcernTables = (font: string) => Uint8Array | undefined;

function createConcernTables(fonts: ContentFonts): ConcernTables {
  const tables = new Map<string, Uint8Array | undefined>();
  return (name) => {
    if (tables.has(name)) return tables.get(name);
    const cmap = fonts.get(name)?.toUnicode?.cmap;
    let table: Uint8Array | undefined;
    if (cmap) {
      // A code with no entry at all is unnamed.
      table = new Uint8Array(0x10000).fill(1);
      for (const [code, value] of cmap.texts) if (code < 0x10000) table[code] = isVotedOn(value) ? 1 : 0;
    }
    tables.set(name, table);
    return table;
  };
}
