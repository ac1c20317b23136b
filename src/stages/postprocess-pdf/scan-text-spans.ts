// Finds the ActualText spans of a content stream and the glyphs drawn in and outside them, with their positions.

import { decodeTextString } from "./decode-pdf-text.js";
import type { ContentValue, Operation } from "./parse-content-stream.js";
import { splitCodes } from "./measure-glyphs.js";
import { createTextState, isKnown, moveLine, showMeasured, SHOW_OPERATORS, stepTextState, type MeasureString, type Point, type StreamPosition, type TextState } from "./track-text-state.js";

/** One text-showing operator: its glyphs and where the pen was before and after them. */
export interface Draw {
  /** Index of the text-showing operation. */
  show: number;
  /** Index of the Td just before it, inside the same span, if there is one. */
  move: number | undefined;
  font: string | undefined;
  /** Two-byte character codes (Chrome's codes are glyph ids); undefined if the string is not in two-byte codes. */
  codes: number[] | undefined;
  origin: Point;
  end: Point;
  /** Horizontal scaling (Tz) it is drawn with. */
  scale: number;
}

/** A glyph drawn as the document-wide fixes read it: its font and codes (a Draw, or a glyph read straight from a plain line). */
export type GlyphUse = Pick<Draw, "font" | "codes">;

export interface ActualTextSpan {
  /** Indexes of the span's BDC and EMC operations. */
  open: number;
  close: number;
  /** The ActualText; undefined if it could not be decoded. */
  text: string | undefined;
  draws: Draw[];
  /**
   * Whether the span is as Chrome writes it, so that its drawing may be rearranged: inside one text object,
   * nothing nested, only text state set up before its first glyph (Tf, Tm, …), then glyphs each shown
   * by Tj or TJ after at most one Td, every glyph's position known.
   */
  regular: boolean;
}

export interface TextScan {
  spans: ActualTextSpan[];
  /** Glyphs drawn outside any ActualText span. */
  looseDraws: GlyphUse[];
  /**
   * Whether a span's ActualText is a soft hyphen (U+00AD), as Chrome draws each one the hyphenate stage wrote:
   * read before keepVoters (repair-content.ts) leaves out the spans no document-wide fix concerns.
   */
  softHyphens: boolean;
}

/** A scan as scanTextSpans makes it: with what a rewrite of the stream needs besides. */
export interface SpanScan extends TextScan {
  looseDraws: Draw[];
  /** Where the stream stands at each span's BDC, by its index: a rewrite of the span can skip to it (rewrite-content-stream.ts). */
  starts: Map<number, StreamPosition>;
}

/** The ActualText of a soft hyphen's span. */
export const SOFT_HYPHEN = "\u00AD";

// Text state that may be set in a span before its first glyph (Chrome opens a text object's first span before Tf and Tm).
const SETUP_OPERATORS = new Set(["Tf", "Tm", "Tc", "Tw", "Tz", "TL", "Ts"]);

interface OpenSpan {
  span: ActualTextSpan;
  pendingMove: number | undefined;
}

/**
 * Walks a content stream's operations once (an array, or read as they go: readOperations), following the
 * text state. With `keepLoose`, only the glyphs outside spans it keeps are listed: most of a page's glyphs
 * are, and a caller that needs few of them spares the memory of holding them all until the page is done.
 */
export function scanTextSpans(operations: Iterable<Operation>, measure: MeasureString, keepLoose?: (draw: Draw) => boolean): SpanScan {
  const scanner = createSpanScanner(measure, keepLoose);
  for (const operation of operations) scanner.step(operation);
  return scanner.finish();
}

/** scanTextSpans one operation at a time, with a way in for a reader that reads Chrome's glyph lines itself. */
export interface SpanScanner {
  /** The next operation. */
  step(operation: Operation): void;
  /** The next operation is `x y Td`. */
  move(x: number, y: number): void;
  /** The next operation is `<code> Tj`, one two-byte glyph, measured as `measured` in the current font. */
  showGlyph(code: number, measured: ReturnType<MeasureString>): void;
  /** The font the next glyph is drawn in (Tf's name), for a reader that measures it. */
  font(): string | undefined;
  finish(): SpanScan;
}

export function createSpanScanner(measure: MeasureString, keepLoose?: (draw: Draw) => boolean): SpanScanner {
  const spans: ActualTextSpan[] = [];
  const looseDraws: Draw[] = [];
  const starts = new Map<number, StreamPosition>();
  // Every marked-content section, ActualText or not, so that each EMC closes the right one.
  const stack: (OpenSpan | undefined)[] = [];
  // The outermost ActualText span open, if any (an inner one makes it irregular): kept rather than searched for at
  // every operation.
  let enclosing: OpenSpan | undefined;
  let state: TextState = createTextState();
  let softHyphens = false;
  let index = -1;

  const findEnclosing = () => stack.find((entry) => entry !== undefined);
  // A glyph drawn by the operation just stepped, from `origin`; its move is the Td before it in the same span, if any.
  const makeDraw = (codes: number[] | undefined, origin: Point): Draw => ({
    show: index,
    move: stack[stack.length - 1]?.pendingMove,
    font: state.params.font,
    codes,
    origin,
    end: state.pen,
    scale: state.params.scale,
  });
  // A glyph drawn: listed in its span, or outside spans if kept.
  const noteDraw = (draw: Draw, operator: string) => {
    if (!enclosing) {
      if (keepLoose === undefined || keepLoose(draw)) looseDraws.push(draw);
      return;
    }
    const current = stack[stack.length - 1];
    enclosing.span.draws.push(draw);
    if (current !== enclosing || (operator !== "Tj" && operator !== "TJ") || !draw.codes || !isKnown(draw.origin) || !isKnown(draw.end)) {
      enclosing.span.regular = false;
    }
    if (current) current.pendingMove = undefined;
  };
  // Inside an ActualText span: what Chrome writes there, or the span is not regular.
  const noteOther = (operator: string) => {
    if (!enclosing) return;
    const span = enclosing.span;
    if (stack[stack.length - 1] !== enclosing) span.regular = false;
    else if (operator === "Td" && enclosing.pendingMove === undefined) enclosing.pendingMove = index;
    else if (!(SETUP_OPERATORS.has(operator) && span.draws.length === 0 && enclosing.pendingMove === undefined)) span.regular = false;
  };

  const step = (operation: Operation) => {
    index++;
    const before = state;
    state = stepTextState(state, operation, measure);
    const { operator } = operation;
    if (operator === "BDC" || operator === "BMC") {
      const text = operator === "BDC" ? readActualText(operation) : null;
      if (text === null) {
        if (enclosing) enclosing.span.regular = false;
        stack.push(undefined);
        return;
      }
      const span: ActualTextSpan = { open: index, close: -1, text, draws: [], regular: state.inText && enclosing === undefined };
      if (text === SOFT_HYPHEN) softHyphens = true;
      starts.set(index, { state: before, offset: operation.start });
      if (enclosing) enclosing.span.regular = false;
      const opened: OpenSpan = { span, pendingMove: undefined };
      stack.push(opened);
      enclosing ??= opened;
      return;
    }
    if (operator === "EMC") {
      const closed = stack.pop();
      if (closed) {
        closed.span.close = index;
        if (closed.pendingMove !== undefined || !state.inText) closed.span.regular = false;
        spans.push(closed.span);
        if (closed === enclosing) enclosing = findEnclosing();
      }
      return;
    }
    if (SHOW_OPERATORS.has(operator)) {
      const shown = operation.operands[operation.operands.length - 1];
      const codes = shown?.type === "string" ? splitCodes(shown.bytes) : shown?.type === "array" ? splitArrayCodes(shown.items) : undefined;
      noteDraw(makeDraw(codes, operator === "Tj" || operator === "TJ" ? before.pen : { x: Number.NaN, y: Number.NaN }), operator);
      return;
    }
    noteOther(operator);
  };

  return {
    step,
    move(x, y) {
      index++;
      state = moveLine(state, x, y);
      noteOther("Td");
    },
    showGlyph(code, measured) {
      index++;
      const origin = state.pen;
      state = showMeasured(state, measured);
      noteDraw(makeDraw([code], origin), "Tj");
    },
    font: () => state.params.font,
    finish() {
      // Spans left open at the end of the stream are listed (their glyphs count for ToUnicode), but not to be touched.
      for (const open of stack) {
        if (!open) continue;
        open.span.regular = false;
        spans.push(open.span);
      }
      return { spans, looseDraws, softHyphens, starts };
    },
  };
}

/** The ActualText of `/Span <</ActualText …>> BDC`; null for other marked content, undefined if undecodable. */
function readActualText(operation: Operation): string | undefined | null {
  const [tag, properties] = operation.operands;
  if (tag?.type !== "name" || properties?.type !== "dict") return null;
  const actualText = properties.entries.get("ActualText");
  if (actualText === undefined) return null;
  return actualText.type === "string" ? decodeTextString(actualText.bytes) : undefined;
}

/** The codes of a TJ array's strings, its numbers (kerning) left out. */
function splitArrayCodes(items: readonly ContentValue[]): number[] | undefined {
  const codes: number[] = [];
  for (const item of items) {
    if (item.type !== "string") continue;
    const split = splitCodes(item.bytes);
    if (!split) return undefined;
    codes.push(...split);
  }
  return codes;
}
