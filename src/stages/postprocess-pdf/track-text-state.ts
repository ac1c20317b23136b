// Follows where a content stream's text goes: the line start and pen position after each text operator.

import type { ContentValue, Operation } from "./parse-content-stream.js";

/** A point in text space, relative to the last text matrix (BT or Tm) that set it. */
export interface Point {
  x: number;
  y: number;
}

/** The text parameters of the graphics state (saved by q, restored by Q). `scale` is Tz, in percent. */
export interface TextParams {
  font: string | undefined;
  size: number;
  charSpacing: number;
  wordSpacing: number;
  scale: number;
  leading: number;
  rise: number;
}

export interface TextState {
  params: TextParams;
  saved: readonly TextParams[];
  inText: boolean;
  /** The start of the current line (the translation of the text line matrix). */
  line: Point;
  /** Where the next glyph is drawn; NaN after a glyph whose width was not known. */
  pen: Point;
}

/** Where a content stream stands just before one of its operations: the text state there, and the operation's first byte. */
export interface StreamPosition {
  state: TextState;
  offset: number;
}

/** How wide a string is in a font: the sum of its glyph widths (in 1/1000 em), its glyphs, its one-byte spaces. */
export type MeasureString = (font: string | undefined, bytes: Uint8Array) => { width: number; glyphs: number; spaces: number } | undefined;

const ORIGIN: Point = { x: 0, y: 0 };
const UNKNOWN: Point = { x: Number.NaN, y: Number.NaN };
const DEFAULT_PARAMS: TextParams = { font: undefined, size: 0, charSpacing: 0, wordSpacing: 0, scale: 100, leading: 0, rise: 0 };

export const SHOW_OPERATORS = new Set(["Tj", "TJ", "'", '"']);

export function createTextState(): TextState {
  return { params: DEFAULT_PARAMS, saved: [], inText: false, line: ORIGIN, pen: ORIGIN };
}

export const isNear = (a: Point, b: Point, tolerance = 1e-6) => Math.abs(a.x - b.x) <= tolerance && Math.abs(a.y - b.y) <= tolerance;
export const isKnown = (point: Point) => Number.isFinite(point.x) && Number.isFinite(point.y);

/** The state after `operation`. Operators that do not touch text leave it as it was (the same object). */
export function stepTextState(state: TextState, operation: Operation, measure: MeasureString): TextState {
  // A table rather than a switch: this runs for every operation of every page, mostly before the JIT has
  // optimised it, and most operations (marked content, paths) are none of these.
  const step = STEPS.get(operation.operator);
  return step === undefined ? state : step(state, operation.operands, operation, measure);
}

type Step = (state: TextState, operands: readonly ContentValue[], operation: Operation, measure: MeasureString) => TextState;

const showText: Step = (state, _, operation, measure) => setPosition(state, state.line, advancePen(state.pen, measureShow(state, operation, measure)));

/**
 * The state after Tj shows a string measured as `measured` (undefined: its width is not known): the pen moves on
 * by its advance, reckoned as measureShow reckons a Tj's, for the glyph-line reader (scan-glyph-lines.ts), which
 * measures a glyph without making a string of it; both follow the pen the same to the last bit.
 */
export function showMeasured(state: TextState, measured: ReturnType<MeasureString>): TextState {
  return setPosition(state, state.line, advancePen(state.pen, scaleAdvance(state, addSpacing(state, measured))));
}

const STEPS = new Map<string, Step>([
  ["Tj", showText],
  ["TJ", showText],
  ["Td", (state, operands) => moveLine(state, readNumberOperand(operands, 0), readNumberOperand(operands, 1))],
  ["Tm", (state) => setPosition(state, ORIGIN, ORIGIN)],
  ["BT", (state) => ({ params: state.params, saved: state.saved, inText: true, line: ORIGIN, pen: ORIGIN })],
  ["ET", (state) => ({ ...state, inText: false })],
  ["Tf", (state, operands) => setParams(state, { font: operands[0]?.type === "name" ? operands[0].value : undefined, size: readNumberOperand(operands, 1) })],
  ["q", (state) => ({ ...state, saved: [...state.saved, state.params] })],
  ["Q", (state) => (state.saved.length === 0 ? state : { ...state, params: state.saved[state.saved.length - 1] as TextParams, saved: state.saved.slice(0, -1) })],
  ["TD", (state, operands) => moveLine(setParams(state, { leading: -readNumberOperand(operands, 1) }), readNumberOperand(operands, 0), readNumberOperand(operands, 1))],
  ["T*", (state) => moveLine(state, 0, -state.params.leading)],
  ["Tc", (state, operands) => setParams(state, { charSpacing: readNumberOperand(operands, 0) })],
  ["Tw", (state, operands) => setParams(state, { wordSpacing: readNumberOperand(operands, 0) })],
  ["Tz", (state, operands) => setParams(state, { scale: readNumberOperand(operands, 0) })],
  ["TL", (state, operands) => setParams(state, { leading: readNumberOperand(operands, 0) })],
  ["Ts", (state, operands) => setParams(state, { rise: readNumberOperand(operands, 0) })],
  [
    "'",
    (state, _, operation, measure) => {
      const moved = moveLine(state, 0, -state.params.leading);
      return showText(moved, _, operation, measure);
    },
  ],
  [
    '"',
    (state, operands, operation, measure) => {
      const spaced = setParams(state, { wordSpacing: readNumberOperand(operands, 0), charSpacing: readNumberOperand(operands, 1) });
      return showText(moveLine(spaced, 0, -spaced.params.leading), operands, operation, measure);
    },
  ],
]);

/** A numeric operand; NaN for a missing or non-numeric one, so positions that depend on it are unknown. */
function readNumberOperand(operands: readonly ContentValue[], index: number): number {
  const operand = operands[index];
  return operand?.type === "number" ? operand.value : Number.NaN;
}

const setParams = (state: TextState, change: Partial<TextParams>): TextState => ({ ...state, params: { ...state.params, ...change } });

/** The state after `x y Td`: a new line that far from the last line's start, the pen at it. */
export function moveLine(state: TextState, x: number, y: number): TextState {
  const line = { x: state.line.x + x, y: state.line.y + y };
  return setPosition(state, line, line);
}

// Written out rather than spread: this runs for every glyph drawn.
const setPosition = (state: TextState, line: Point, pen: Point): TextState => ({ params: state.params, saved: state.saved, inText: state.inText, line, pen });

const advancePen = (point: Point, advance: number | undefined): Point => (advance === undefined || !isKnown(point) ? UNKNOWN : { x: point.x + advance, y: point.y });

/**
 * How far a text-showing operator moves the pen, in text space (horizontal writing): each glyph
 * ((w / 1000) × size + char spacing + word spacing if a one-byte space) × scale, and each TJ number
 * −n / 1000 × size × scale. Undefined when a width is not known.
 */
export function measureShow(state: TextState, operation: Operation, measure: MeasureString): number | undefined {
  const shown = operation.operands[operation.operands.length - 1];
  let advance: number | undefined = 0;
  if (operation.operator === "TJ") {
    if (shown?.type !== "array") return undefined;
    for (const item of shown.items) {
      const step = item.type === "number" ? (-item.value / 1000) * state.params.size : item.type === "string" ? measureString(state, item.bytes, measure) : undefined;
      if (step === undefined || advance === undefined) return undefined;
      advance += step;
    }
  } else {
    if (shown?.type !== "string") return undefined;
    advance = measureString(state, shown.bytes, measure);
  }
  return scaleAdvance(state, advance);
}

/** A string's advance before horizontal scaling. */
function measureString(state: TextState, bytes: Uint8Array, measure: MeasureString): number | undefined {
  return addSpacing(state, measure(state.params.font, bytes));
}

/** A measured string's advance before horizontal scaling: its glyphs' widths at the size, and the spacing they add. */
function addSpacing(state: TextState, measured: ReturnType<MeasureString>): number | undefined {
  const { size, charSpacing, wordSpacing } = state.params;
  return measured && (measured.width / 1000) * size + measured.glyphs * charSpacing + measured.spaces * wordSpacing;
}

/** An advance with horizontal scaling applied; undefined when it is not a finite number. */
function scaleAdvance(state: TextState, advance: number | undefined): number | undefined {
  return advance === undefined || !Number.isFinite(advance) ? undefined : (advance * state.params.scale) / 100;
}
