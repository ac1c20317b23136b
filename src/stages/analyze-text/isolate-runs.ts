// Wraps each run written against its block's direction in <span dir lang>, as html_inline tokens around the run (pure).

import type { Token } from "markdown-it";
import MarkdownItToken from "markdown-it/lib/token.mjs";
import type { Direction } from "../../config/languages.js";
import type { FlatInline, Piece } from "./flatten-inline.js";
import { findRuns, type Run } from "./find-runs.js";
import { escapeAttribute } from "../../shared/escape-attribute.js";

export interface IsolateOptions {
  /** The block's resolved direction. */
  base: Direction;
  getCharType: (char: string) => string;
  /** The lang for a text run of the given direction. */
  pickLanguage: (direction: Direction, runText: string) => string;
}

/** Marks the tokens this stage inserts, so a second pass over the same tokens changes nothing. */
const ISOLATE_META = "pressroomIsolate";

/** True for the <span dir> and </span> tokens isolateRuns inserts; code reading plain text from children skips them. */
export function isIsolateToken(token: Token): boolean {
  return Boolean(token.meta?.[ISOLATE_META]);
}

/**
 * The inline's children with isolating spans inserted; the same array when there is nothing to isolate.
 * HTML's `dir` attribute makes an inline element a bidi isolate: the HTML Standard's rendering section
 * (§15.3.5 "Bidirectional text") gives `[dir=ltr i], [dir=rtl i], [dir=auto i] { unicode-bidi: isolate }`,
 * and Chromium maps the attribute to `direction` plus `unicode-bidi: isolate` in
 * HTMLElement::CollectStyleForPresentationAttribute (html_element.cc). So a span acts like LRI/RLI...PDI
 * around its text: what is inside is ordered on its own, and counts as one neutral to the text around it.
 */
export function isolateRuns(children: Token[], flat: FlatInline, options: IsolateOptions): Token[] {
  if (children.some(isIsolateToken)) return children;
  const runs = findRuns(flat.text, options.base, options.getCharType);
  if (runs.length === 0) return children;
  const opposite: Direction = options.base === "rtl" ? "ltr" : "rtl";
  const spans = mergeSpans(runs.map((run) => widenToBalance(flat.pieces, toPieceRange(flat, run))));
  const opening = new Map<number, string>();
  const closing = new Set<number>();
  for (const span of spans) {
    const text = flat.text.slice(span.textStart, span.textEnd);
    const lang = span.kind === "text" ? ` lang="${escapeAttribute(options.pickLanguage(opposite, text))}"` : "";
    opening.set(span.first, `<span dir="${opposite}"${lang}>`);
    closing.add(span.last);
  }
  return rebuildChildren(flat.pieces, opening, closing);
}

interface PieceRange {
  /** Inclusive piece indices. */
  first: number;
  last: number;
  kind: Run["kind"];
  /** The run's text, for choosing its language. */
  textStart: number;
  textEnd: number;
}

function toPieceRange(flat: FlatInline, run: Run): PieceRange {
  return {
    first: flat.pieceAt[run.start] ?? 0,
    last: flat.pieceAt[run.end - 1] ?? flat.pieces.length - 1,
    kind: run.kind,
    textStart: run.start,
    textEnd: run.end,
  };
}

const depthChange = (piece: Piece | undefined) => (piece?.kind === "open" ? 1 : piece?.kind === "close" ? -1 : 0);

/**
 * Widens a range outward until it holds whole elements: a run from inside `**Riverside**` to the plain
 * " Commons" after it starts before the <strong>, so the span and the strong nest properly. Splitting
 * the run at the markup instead would make two isolates, which a right-to-left paragraph would put in
 * the wrong order.
 */
function widenToBalance(pieces: Piece[], range: PieceRange): PieceRange {
  let { first, last } = range;
  let depth = 0;
  let lowest = 0;
  for (let i = first; i <= last; i++) {
    depth += depthChange(pieces[i]);
    lowest = Math.min(lowest, depth);
  }
  // Closings without their openings inside the range: take in openings to the left.
  for (let missing = -lowest; missing > 0 && first > 0; ) missing -= depthChange(pieces[--first]);
  // Openings without their closings: take in closings to the right.
  for (let missing = depth - lowest; missing > 0 && last < pieces.length - 1; ) missing += depthChange(pieces[++last]);
  return { ...range, first, last };
}

/** Widening can make ranges overlap; they become one span (the text of both, one language). */
function mergeSpans(ranges: PieceRange[]): PieceRange[] {
  const merged: PieceRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.first - b.first)) {
    const previous = merged.at(-1);
    if (previous && range.first <= previous.last + 1) {
      previous.last = Math.max(previous.last, range.last);
      previous.textEnd = Math.max(previous.textEnd, range.textEnd);
      if (range.kind === "text") previous.kind = "text";
    } else merged.push({ ...range });
  }
  return merged;
}

/** The pieces back as tokens, with spans opened before and closed after the marked pieces. */
function rebuildChildren(pieces: Piece[], opening: Map<number, string>, closing: Set<number>): Token[] {
  const result: Token[] = [];
  let pending: { token: Token; from: number; to: number } | null = null;
  const flush = () => {
    if (!pending) return;
    const { token, from, to } = pending;
    result.push(from === 0 && to === token.content.length ? token : copyText(token, token.content.slice(from, to)));
    pending = null;
  };
  pieces.forEach((piece, i) => {
    const open = opening.get(i);
    if (open !== undefined) {
      flush();
      result.push(createHtml(open));
    }
    if (piece.kind === "char") {
      if (pending?.token === piece.token && pending.to === piece.from) pending.to = piece.to;
      else {
        flush();
        pending = { token: piece.token, from: piece.from, to: piece.to };
      }
    } else {
      flush();
      if (piece.kind === "unit") result.push(...piece.tokens);
      else result.push(piece.token);
    }
    if (closing.has(i)) {
      flush();
      result.push(createHtml("</span>"));
    }
  });
  flush();
  return result;
}

function copyText(original: Token, content: string): Token {
  const token = new MarkdownItToken("text", "", 0);
  token.content = content;
  token.level = original.level;
  return token;
}

function createHtml(html: string): Token {
  const token = new MarkdownItToken("html_inline", "", 0);
  token.content = html;
  token.meta = { [ISOLATE_META]: true };
  return token;
}
