// Plans turning text made invisible by transparency (/ca 0) into invisible text (render mode 3), for print workflows.

import type { Operation } from "./parse-content-stream.js";
import { NON_PAINTING, SHOWS } from "./draws-nothing.js";
import type { Rewrite } from "./rewrite-content-stream.js";
import { createTextState, stepTextState, type MeasureString, type TextState } from "./track-text-state.js";

export interface InvisibleTwinsPlan {
  rewrites: Rewrite[];
  /** Resource names of the states whose `gs` operators are all replaced. */
  replaced: Set<string>;
  /** Names of clear states still set by some `gs` left as it was. */
  kept: Set<string>;
  /** `gs` operators of a clear state left as they were, because something under them is not twin text. */
  skipped: number;
}

// Only the font is followed here: widths do not matter.
const NO_WIDTHS: MeasureString = () => undefined;

/**
 * Chrome writes the transparent twins (page/shadow-text.js) as text under a graphics state with fill opacity
 * 0. A PDF/X workflow sees transparency there: Ghostscript turns every such page into one image, fonts and
 * text gone. Text rendering mode 3 is invisible without transparency. A `gs` setting a clear state
 * (`clearStates`, find-clear-states.ts) becomes `3 Tr`, which lasts exactly as long (both are undone by the
 * Q that closes their q), when everything drawn until then is text in a twin face (`isTwinFont`, by font
 * resource name) and nothing else paints or changes that state or the rendering mode; and when the mode in
 * force before it was 0 or 3 (`inheritedRenderMode` at the start), so no stroke was visible and no text clipped.
 */
export function planInvisibleTwins(
  operations: readonly Operation[],
  clearStates: ReadonlySet<string>,
  isTwinFont: (font: string | undefined) => boolean,
  inheritedRenderMode: number | undefined,
): InvisibleTwinsPlan {
  const plan: InvisibleTwinsPlan = { rewrites: [], replaced: new Set(), kept: new Set(), skipped: 0 };
  const saved: (number | undefined)[] = [];
  let renderMode = inheritedRenderMode;
  let state: TextState = createTextState();
  operations.forEach((operation, index) => {
    const { operator, operands } = operation;
    const name = operator === "gs" && operands[0]?.type === "name" ? operands[0].value : undefined;
    if (name !== undefined && clearStates.has(name)) {
      if ((renderMode === 0 || renderMode === 3) && showsOnlyTwinText(operations, index, state, isTwinFont)) {
        plan.rewrites.push({ open: index, close: index, emits: [{ kind: "render-mode", value: 3 }] });
        plan.replaced.add(name);
      } else {
        plan.kept.add(name);
        plan.skipped++;
      }
    }
    if (operator === "Tr") renderMode = operands[0]?.type === "number" ? operands[0].value : undefined;
    if (operator === "q") saved.push(renderMode);
    if (operator === "Q") renderMode = saved.length > 0 ? saved.pop() : undefined;
    state = stepTextState(state, operation, NO_WIDTHS);
  });
  for (const name of plan.kept) plan.replaced.delete(name);
  return plan;
}

/** Whether, from the `gs` at `start` to the Q that undoes it, only twin-face text is shown and nothing else paints. */
function showsOnlyTwinText(operations: readonly Operation[], start: number, before: TextState, isTwinFont: (font: string | undefined) => boolean): boolean {
  let depth = 0;
  let state = before;
  for (let index = start + 1; index < operations.length; index++) {
    const operation = operations[index] as Operation;
    const { operator } = operation;
    if (operator === "Q" && depth === 0) return true;
    if (operator === "q") depth++;
    if (operator === "Q") depth--;
    if (SHOWS.has(operator)) {
      if (!isTwinFont(state.params.font)) return false;
    } else if (!NON_PAINTING.has(operator)) {
      // Another gs, a Tr, an XObject, an image, a shading, a painted path.
      return false;
    }
    state = stepTextState(state, operation, NO_WIDTHS);
  }
  return true;
}
