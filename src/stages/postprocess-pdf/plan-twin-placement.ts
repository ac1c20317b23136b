// Plans drawing each invisible twin inline, right after the printed text it stands for, so readers meet it where the line is read.

import { applyMatrix, IDENTITY, invert, multiply, toMatrix, type Matrix } from "./matrix.js";
import type { Operation } from "./parse-content-stream.js";
import { formatNumber, type Rewrite } from "./rewrite-content-stream.js";
import type { Draw, SpanScan } from "./scan-text-spans.js";
import { isKnown, type Point } from "./track-text-state.js";

/** A twin's Form XObject, known to paint nothing: its box and matrix, in its own space, and its content to copy. */
export interface TwinForm {
  bbox: readonly [number, number, number, number];
  matrix: Matrix;
  /** The content, ready to go inline in this stream (prepare-inline-form.ts). */
  content: string;
}

export interface TwinPlacementPlan {
  rewrites: Rewrite[];
  /** Twins now drawn inline after their printed text. */
  moved: number;
  /** Resource names of the forms drawn inline at least once, and of those drawn inline wherever this stream drew them. */
  placed: Set<string>;
  inlined: Set<string>;
  /** Twins left where Chrome drew them: no printed text under them, or not where a move is certain. */
  skipped: number;
}

interface TextObject {
  /** Index of its ET. */
  end: number;
  ctm: Matrix;
  /** Where its silenced glyphs start, on the page. */
  points: Point[];
  /** The smallest upright rectangle around `points`. */
  bounds: { left: number; right: number; bottom: number; top: number };
}

interface TwinUse {
  index: number;
  name: string;
  ctm: Matrix;
  box: { left: number; right: number; bottom: number; top: number };
}

/**
 * Chrome draws the twins (page/shadow-text.js) last on the page, so readers, which take text in the order
 * it is drawn, read every twin after all the printed text: a Latin name or a number printed inside an Urdu
 * line comes out lines away from its Urdu words. A twin that paints nothing can be drawn anywhere in the
 * stream without changing a pixel, so it goes to just after the text object (BT … ET) that holds most of
 * the silenced glyphs under it (`isSilenced`), with a `cm` that keeps its place on the page; twins after the
 * same text object go top to bottom, left to right, as Chrome draws lines. It goes there inline, its
 * content copied in place of the `Do`: pdf.js reads a form's text on its own, losing the space a twin's
 * last glyph draws ("Parentsنامی") and any break between it and the next word. A twin stays where it was
 * when no silenced glyph is under it, or a span of marked content crosses where it would go.
 */
export function planTwinPlacement(operations: readonly Operation[], scan: SpanScan, isSilenced: (font: string | undefined) => boolean, twins: ReadonlyMap<string, TwinForm>): TwinPlacementPlan {
  const plan: TwinPlacementPlan = { rewrites: [], moved: 0, placed: new Set(), inlined: new Set(), skipped: 0 };
  const walked = walkStream(operations, scan, isSilenced, twins);
  if (!walked) {
    plan.skipped += operations.filter((operation) => operation.operator === "Do" && twins.has(readName(operation) ?? "")).length;
    return plan;
  }
  const insideSpan = (index: number) => scan.spans.some((span) => span.open < index && index < (span.close < 0 ? operations.length : span.close));
  const byTextObject = new Map<TextObject, TwinUse[]>();
  for (const use of walked.uses) {
    const target = chooseTextObject(walked.textObjects, use);
    if (!target || insideSpan(target.end) || insideSpan(use.index) || !invert(target.ctm)) {
      plan.skipped++;
      continue;
    }
    byTextObject.set(target, [...(byTextObject.get(target) ?? []), use]);
  }
  for (const [target, uses] of byTextObject) {
    const inverse = invert(target.ctm) as Matrix;
    const forms = [...uses].sort(compareReadingOrder).map((use) => {
      const form = twins.get(use.name) as TwinForm;
      // The Do's own CTM: the form's matrix, then the CTM where it was drawn, from the CTM here.
      const matrix = multiply(multiply(form.matrix, use.ctm), inverse);
      return { kind: "inline" as const, text: `q ${matrix.map(formatNumber).join(" ")} cm\n${form.content}\nQ` };
    });
    plan.rewrites.push({ open: target.end, close: target.end, emits: [{ kind: "copy", index: target.end }, ...forms] });
    for (const use of uses) plan.rewrites.push({ open: use.index, close: use.index, emits: [] });
    plan.moved += uses.length;
  }
  // A form this stream draws anywhere else stays in use.
  const moved = new Set([...byTextObject.values()].flat().map((use) => use.index));
  const stays = new Set<string | undefined>();
  operations.forEach((operation, index) => {
    if (operation.operator === "Do" && !moved.has(index)) stays.add(readName(operation));
  });
  for (const use of walked.uses) if (moved.has(use.index)) plan.placed.add(use.name);
  for (const name of plan.placed) if (!stays.has(name)) plan.inlined.add(name);
  return plan;
}

/** The text objects with silenced glyphs and the twins' `Do`s, placed on the page; undefined if a `cm` or `Tm` cannot be read. */
function walkStream(operations: readonly Operation[], scan: SpanScan, isSilenced: (font: string | undefined) => boolean, twins: ReadonlyMap<string, TwinForm>) {
  const silenced = new Map<number, Draw>();
  for (const draw of [...scan.looseDraws, ...scan.spans.flatMap((span) => span.draws)]) if (isSilenced(draw.font)) silenced.set(draw.show, draw);
  const textObjects: TextObject[] = [];
  const uses: TwinUse[] = [];
  const saved: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  let textMatrix: Matrix = IDENTITY;
  // Text space to the page, made again only once the text matrix or the CTM changes: not for each glyph drawn.
  let toPage: Matrix | undefined;
  let points: Point[] | undefined;
  for (let index = 0; index < operations.length; index++) {
    const operation = operations[index] as Operation;
    const { operator, operands } = operation;
    if (operator === "q") saved.push(ctm);
    else if (operator === "Q") {
      ctm = saved.pop() ?? IDENTITY;
      toPage = undefined;
    } else if (operator === "cm" || operator === "Tm") {
      const matrix = toMatrix(operands.map((operand) => (operand.type === "number" ? operand.value : Number.NaN)));
      if (!matrix) return undefined;
      if (operator === "cm") ctm = multiply(matrix, ctm);
      else textMatrix = matrix;
      toPage = undefined;
    } else if (operator === "BT") {
      textMatrix = IDENTITY;
      toPage = undefined;
      points = [];
    } else if (operator === "ET") {
      if (points && points.length > 0) textObjects.push({ end: index, ctm, points, bounds: measureBounds(points) });
      points = undefined;
    } else if (operator === "Do") {
      const name = readName(operation);
      const form = name === undefined ? undefined : twins.get(name);
      if (name !== undefined && form && points === undefined) uses.push({ index, name, ctm, box: placeBox(form, ctm) });
    }
    const draw = silenced.get(index);
    if (draw && points && isKnown(draw.origin)) points.push(applyMatrix((toPage ??= multiply(textMatrix, ctm)), draw.origin.x, draw.origin.y));
  }
  return { textObjects, uses };
}

const readName = (operation: Operation) => (operation.operands[0]?.type === "name" ? operation.operands[0].value : undefined);

/** The form's box on the page, as the smallest upright rectangle around it. */
function placeBox(form: TwinForm, ctm: Matrix): TwinUse["box"] {
  const toPage = multiply(form.matrix, ctm);
  const [x0, y0, x1, y1] = form.bbox;
  const corners = [applyMatrix(toPage, x0, y0), applyMatrix(toPage, x1, y0), applyMatrix(toPage, x0, y1), applyMatrix(toPage, x1, y1)];
  const xs = corners.map((corner) => corner.x);
  const ys = corners.map((corner) => corner.y);
  return { left: Math.min(...xs), right: Math.max(...xs), bottom: Math.min(...ys), top: Math.max(...ys) };
}

// How far outside a twin's box a glyph may start and still count as under it, in points: a bracket's or a
// dot's pen position can lie a tenth of a point outside the box of its range.
const BOX_TOLERANCE = 0.5;

/** The text object with most silenced glyphs starting inside the twin's box (the later one on a tie); none if no glyph is. */
function chooseTextObject(textObjects: readonly TextObject[], use: TwinUse): TextObject | undefined {
  const left = use.box.left - BOX_TOLERANCE;
  const right = use.box.right + BOX_TOLERANCE;
  const bottom = use.box.bottom - BOX_TOLERANCE;
  const top = use.box.top + BOX_TOLERANCE;
  let best: TextObject | undefined;
  let bestCount = 0;
  for (const textObject of textObjects) {
    // An Urdu page has a hundred twins and as many text objects of thousands of glyphs: most lie wholly elsewhere.
    const { bounds } = textObject;
    if (bounds.left > right || bounds.right < left || bounds.bottom > top || bounds.top < bottom) continue;
    let count = 0;
    for (const point of textObject.points) if (point.x >= left && point.x <= right && point.y >= bottom && point.y <= top) count++;
    if (count > 0 && count >= bestCount) {
      best = textObject;
      bestCount = count;
    }
  }
  return best;
}

function measureBounds(points: readonly Point[]): TextObject["bounds"] {
  const bounds = { left: Infinity, right: -Infinity, bottom: Infinity, top: -Infinity };
  for (const { x, y } of points) {
    bounds.left = Math.min(bounds.left, x);
    bounds.right = Math.max(bounds.right, x);
    bounds.bottom = Math.min(bounds.bottom, y);
    bounds.top = Math.max(bounds.top, y);
  }
  return bounds;
}

/** Lines from the top of the page down (boxes overlapping by half their height share a line), then left to right. */
function compareReadingOrder(a: TwinUse, b: TwinUse): number {
  const overlap = Math.min(a.box.top, b.box.top) - Math.max(a.box.bottom, b.box.bottom);
  const shorter = Math.min(a.box.top - a.box.bottom, b.box.top - b.box.bottom);
  return overlap >= shorter / 2 ? a.box.left - b.box.left : b.box.top - a.box.top;
}
