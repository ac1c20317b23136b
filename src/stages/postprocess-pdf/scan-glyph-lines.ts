// Scans a content stream as scanTextSpans(readOperations(text)) does, reading Chrome's per-glyph lines itself.

import { createMeasure, measureGlyph } from "./measure-glyphs.js";
import { readOperationAt } from "./parse-content-stream.js";
import type { FontInfo } from "./read-fonts.js";
import { createSpanScanner, type Draw, type SpanScan } from "./scan-text-spans.js";
import { isRegular, isWhitespace, parseHexDigit, scanNumber } from "./tokenize-content-stream.js";

/**
 * Chrome draws every glyph on its own: `6.7080536 0 Td <004B> Tj`, a move from the last glyph's origin and a
 * two-byte glyph, one line per glyph, nine in ten operations of a page. Read by the general tokenizer, each
 * made tokens, an operation and its operands, and was most of the text-layer repair's time
 * (docs/performance.md). Here those two shapes are read straight from the bytes, without a token or an operation, and
 * handed to the same scanner; anything else (a comment, other spacing, any other operator) is read by
 * readOperationAt, so the scan is the one scanTextSpans makes of readOperations (test/unit/repair-text-layer.test.ts
 * compares them on made-up streams, test/e2e/text-layer.test.ts on Chrome's pages). Throws ContentSyntaxError where
 * readOperations would.
 */
export function scanGlyphLines(text: string, fonts: ReadonlyMap<string, FontInfo | undefined>, keepLoose?: (draw: Draw) => boolean): SpanScan {
  const scanner = createSpanScanner(createMeasure(fonts), keepLoose);
  const cursor = { end: 0 };
  const length = text.length;
  let at = 0;
  for (;;) {
    while (at < length && isWhitespace(text.charCodeAt(at))) at++;
    if (at >= length) break;
    const first = text.charCodeAt(at);
    if (first === 0x3c /* < */) {
      const code = readGlyphCode(text, at);
      const end = code === -1 ? -1 : matchOperator(text, at + 6, 0x54 /* T */, 0x6a /* j */, true);
      if (end !== -1) {
        const name = scanner.font();
        scanner.showGlyph(code, measureGlyph(name === undefined ? undefined : fonts.get(name), code));
        at = end;
        continue;
      }
    } else if (isNumberStart(first)) {
      const x = scanNumber(text, at, cursor);
      const yAt = Number.isNaN(x) ? -1 : skipSpaces(text, cursor.end);
      const y = yAt === -1 || !isNumberStart(text.charCodeAt(yAt)) ? Number.NaN : scanNumber(text, yAt, cursor);
      const end = Number.isNaN(y) ? -1 : matchOperator(text, cursor.end, 0x54 /* T */, 0x64 /* d */, false);
      if (end !== -1) {
        scanner.move(x, y);
        at = end;
        continue;
      }
    }
    const operation = readOperationAt(text, at);
    if (operation === undefined) break;
    scanner.step(operation);
    at = operation.end;
  }
  return scanner.finish();
}

/** The glyph of `<hhhh>` at `at` (four hex digits, nothing else between the brackets); -1 for any other token. */
function readGlyphCode(text: string, at: number): number {
  if (text.charCodeAt(at + 5) !== 0x3e /* > */) return -1;
  let code = 0;
  for (let offset = 1; offset <= 4; offset++) {
    const digit = parseHexDigit(text.charCodeAt(at + offset));
    if (digit === -1) return -1;
    code = code * 16 + digit;
  }
  return code;
}

/**
 * Where the two-byte operator `first second` ends, if it comes at `at` after whitespace (at least one byte of
 * it unless `closed`: a number needs it before an operator, a string's closing bracket does not) and ends there
 * as a keyword does, at a byte that is not regular; else -1.
 */
function matchOperator(text: string, at: number, first: number, second: number, closed: boolean): number {
  const start = skipSpaces(text, at);
  if (start === -1 || (!closed && start === at)) return -1;
  if (text.charCodeAt(start) !== first || text.charCodeAt(start + 1) !== second || isRegular(text.charCodeAt(start + 2))) return -1;
  return start + 2;
}

/** The first byte at or after `at` that is not whitespace; -1 at a comment, which the general reader skips. */
function skipSpaces(text: string, at: number): number {
  let end = at;
  while (end < text.length && isWhitespace(text.charCodeAt(end))) end++;
  return text.charCodeAt(end) === 0x25 /* % */ ? -1 : end;
}

/** A byte a number token can start with: a digit, a sign or a point. */
const isNumberStart = (code: number) => (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d || code === 0x2e;
