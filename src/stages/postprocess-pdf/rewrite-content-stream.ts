// Rewrites chosen spans of a content stream, keeping every glyph where it was and every other byte as it was.

import type { Operation } from "./parse-content-stream.js";
import { createTextState, isKnown, isNear, SHOW_OPERATORS, stepTextState, type MeasureString, type Point, type StreamPosition, type TextParams, type TextState } from "./track-text-state.js";

/** A piece of a rewritten span. */
export type Emit =
  /** The operation at `index`, as written. */
  | { kind: "copy"; index: number }
  /** Puts the line start and pen at `to`: the Td at `original` as written if that does it, else a new Td. */
  | { kind: "move"; to: Point; original: number | undefined }
  /** Marked-content operators that do not touch the text state (EMC, a new span's BDC). */
  | { kind: "marked"; text: string }
  /** Sets horizontal scaling (Tz), in percent. */
  | { kind: "scale"; value: number }
  /** Sets the text rendering mode (Tr), which the followed text state does not need: 3 draws glyphs invisibly. */
  | { kind: "render-mode"; value: number }
  /** Content that leaves the text state as it found it: outside text objects, inside q … Q (a form drawn inline). */
  | { kind: "inline"; text: string };

/** Operations `open` to `close` (inclusive) are replaced by `emits`. */
export interface Rewrite {
  open: number;
  close: number;
  emits: Emit[];
  /** Where the stream stands at `open`, when known (scanTextSpans' starts): the rewrite can skip there. */
  from?: StreamPosition | undefined;
}

/** The stream's operations read from an operation's first byte on (readOperations). */
export type ReadOperationsFrom = (offset: number) => Iterable<Operation>;

/** Operations `from` up to (not including) `to`, as written. */
export const copyOperations = (from: number, to: number): Emit[] => Array.from({ length: Math.max(0, to - from) }, (_, offset) => ({ kind: "copy", index: from + offset }));

export class RewriteError extends Error {
  override name = "RewriteError";
}

/**
 * The stream with each rewrite applied. Both streams are followed side by side; where a rewritten span leaves
 * the line start or the pen elsewhere than the original did, the next operator that depends on it is written
 * as an explicit Td to where the original put it, so every later glyph lands exactly where it was.
 * Throws RewriteError when that cannot be guaranteed, or when two rewrites overlap; the caller then keeps the
 * stream as it was.
 *
 * With `readFrom`, the stretches between rewrites that are copied as written are not read at all: once both
 * streams are in step, the walk goes on at the next rewrite that says where the stream stands there (`from`).
 * Most of a page is such stretches, and reading them again took as long as the scan.
 */
export function rewriteContentStream(text: string, operations: Iterable<Operation>, rewrites: readonly Rewrite[], measure: MeasureString, readFrom?: ReadOperationsFrom): string {
  // Each rewrite is planned on its own: two over the same operations cannot both be applied.
  const sorted = [...rewrites].sort((a, b) => a.open - b.open);
  if (sorted.some((rewrite, index) => index > 0 && rewrite.open <= (sorted[index - 1] as Rewrite).close)) throw new RewriteError("Rewrites overlap");
  const byOpen = new Map(rewrites.map((rewrite) => [rewrite.open, rewrite]));
  const out: string[] = [];
  let copiedTo = 0;
  let original: TextState = createTextState();
  let rewritten: TextState = createTextState();
  // Whether the pen is where the original's is: tracked rather than compared, as an unknown width makes both NaN.
  let penInStep = true;
  const emitted: string[] = [];
  const emit = (operation: Operation, written: string) => {
    rewritten = stepTextState(rewritten, operation, measure);
    emitted.push(written);
  };
  const emitMove = (to: Point) => {
    const x = roundForPdf(to.x - rewritten.line.x);
    const y = roundForPdf(to.y - rewritten.line.y);
    emit(makeOperation("Td", [x, y]), `${formatNumber(x)} ${formatNumber(y)} Td`);
  };

  // The operations are walked once, in order (they may be read as they go): a rewrite's own, which its
  // pieces name by index, are held from its first to its last.
  let iterator = operations[Symbol.iterator]();
  // The first rewrite not yet made.
  let ahead = 0;
  for (let index = 0, step = iterator.next(); !step.done; index++, step = iterator.next()) {
    const operation = step.value;
    const rewrite = byOpen.get(index);
    emitted.length = 0;
    if (rewrite) {
      if (rewrite.close < index) throw new RewriteError("Rewrite out of range");
      const held = [operation];
      while (held.length <= rewrite.close - index) {
        const more = iterator.next();
        if (more.done) throw new RewriteError("Rewrite out of range");
        held.push(more.value);
      }
      const heldAt = (at: number): Operation => {
        const found = held[at - index];
        if (found === undefined) throw new RewriteError(`Rewrite of operations ${index} to ${rewrite.close} names operation ${at}`);
        return found;
      };
      for (const piece of rewrite.emits) {
        if (piece.kind === "copy") {
          const copied = heldAt(piece.index);
          emit(copied, text.slice(copied.start, copied.end));
        } else if (piece.kind === "marked") {
          emitted.push(piece.text);
        } else if (piece.kind === "scale") {
          emit(makeOperation("Tz", [piece.value]), `${formatNumber(piece.value)} Tz`);
        } else if (piece.kind === "render-mode") {
          emitted.push(`${formatNumber(piece.value)} Tr`);
        } else if (piece.kind === "inline") {
          emitted.push(piece.text);
        } else {
          const move = piece.original === undefined ? undefined : heldAt(piece.original);
          const movedBy = move ? stepTextState(rewritten, move, measure) : undefined;
          if (move && movedBy && isNear(movedBy.line, piece.to, 1e-9)) emit(move, text.slice(move.start, move.end));
          else if (!(move === undefined && isKnown(rewritten.pen) && isNear(rewritten.pen, piece.to, 1e-9))) emitMove(piece.to);
        }
      }
      for (const heldOperation of held) original = stepTextState(original, heldOperation, measure);
      if (!isKnown(original.pen) || !isKnown(rewritten.pen) || !haveSameParams(original.params, rewritten.params)) {
        throw new RewriteError(`A rewritten span ends in an unknown text state (operation ${rewrite.close})`);
      }
      penInStep = isNear(original.pen, rewritten.pen);
      out.push(text.slice(copiedTo, operation.start), emitted.join("\n"));
      copiedTo = (held[held.length - 1] as Operation).end;
      index = rewrite.close;
      ahead++;
      continue;
    }

    const lineInStep = isNear(original.line, rewritten.line);
    const next = stepTextState(original, operation, measure);
    if (lineInStep && penInStep) {
      // In step, an operation as written does the same to both streams: the copy's state is the original's,
      // and its bytes are copied with the rest (most operations: nothing is cut out of the text for them).
      original = rewritten = next;
      // In step, everything up to the next rewrite is copied as written: skip to it when it says where it starts.
      const following = sorted[ahead];
      if (readFrom && following?.from && following.open > index + 1) {
        iterator = readFrom(following.from.offset)[Symbol.iterator]();
        index = following.open - 1;
        original = rewritten = following.from.state;
      }
      continue;
    }
    const { operator } = operation;
    const written = text.slice(operation.start, operation.end);
    const shown = operation.operands[operation.operands.length - 1];
    if (!lineInStep && (operator === "Td" || operator === "T*")) {
      emitMove(next.line);
    } else if (!lineInStep && operator === "TD") {
      // TD also sets the leading.
      emit(makeOperation("TL", [next.params.leading]), `${formatNumber(next.params.leading)} TL`);
      emitMove(next.line);
    } else if (!lineInStep && (operator === "'" || operator === '"')) {
      // T* then show: the line move becomes a Td, the show a Tj (after " sets its spacings).
      if (operator === '"') {
        emit(makeOperation("Tw", [next.params.wordSpacing]), `${formatNumber(next.params.wordSpacing)} Tw`);
        emit(makeOperation("Tc", [next.params.charSpacing]), `${formatNumber(next.params.charSpacing)} Tc`);
      }
      emitMove(next.line);
      emit({ ...operation, operator: "Tj", operands: shown ? [shown] : [] }, `${shown ? text.slice(shown.start, shown.end) : ""} Tj`);
    } else if (!penInStep && (operator === "Tj" || operator === "TJ")) {
      if (!isKnown(original.pen)) throw new RewriteError(`Pen position unknown before operation ${index}`);
      emitMove(original.pen);
      emit(operation, written);
    } else {
      emit(operation, written);
    }
    original = next;
    // After a glyph (moved into step first if it was not) or a new line, both pens are at the same place.
    if (SHOW_OPERATORS.has(operator) || LINE_OPERATORS.has(operator)) penInStep = true;
    if (emitted.length === 1 && emitted[0] === written) continue;
    out.push(text.slice(copiedTo, operation.start), emitted.join(" "));
    copiedTo = operation.end;
  }
  out.push(text.slice(copiedTo));
  return out.join("");
}

const LINE_OPERATORS = new Set(["BT", "Tm", "Td", "TD", "T*"]);

const haveSameParams = (a: TextParams, b: TextParams) =>
  a.font === b.font && a.size === b.size && a.charSpacing === b.charSpacing && a.wordSpacing === b.wordSpacing && a.scale === b.scale && a.leading === b.leading && a.rise === b.rise;

function makeOperation(operator: string, numbers: number[]): Operation {
  return { operator, operands: numbers.map((value) => ({ type: "number" as const, value, start: 0, end: 0 })), start: 0, end: 0 };
}

/** The value a reader will get back from `formatNumber`, so the followed state is the one written. */
const roundForPdf = (value: number) => Number(formatNumber(value));

/** A PDF name: bytes outside printable ASCII, delimiters, whitespace and "#" written as #xx. */
export function formatName(name: string): string {
  return `/${name.replace(/[^!-~]|[#%()/<>[\]{}]/g, (character) => `#${character.charCodeAt(0).toString(16).padStart(2, "0")}`)}`;
}

/** A PDF number: no exponent, at most 8 decimals (Chrome writes 6 to 8 significant digits), no "-0". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RewriteError(`Cannot write ${value} as a PDF number`);
  const fixed = value.toFixed(8).replace(/\.?0+$/, "");
  return fixed === "-0" || fixed === "" ? "0" : fixed;
}
