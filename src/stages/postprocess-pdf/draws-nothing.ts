// Tells whether a content stream paints nothing: only state, paths it does not paint, and invisible text.

import type { Operation } from "./parse-content-stream.js";

/** Operators that paint nothing: graphics and text state, marked content, path construction, clipping, `n`. */
export const NON_PAINTING = new Set(
  "q Q cm w J j M d ri i RG rg G g K k CS cs SC SCN sc scn BT ET Tf Tm Td TD T* Tc Tw Tz TL Ts BMC BDC EMC MP DP m l c v y h re n W W*".split(" "),
);
export const SHOWS = new Set(["Tj", "TJ", "'", '"']);

/**
 * Whether the operations paint nothing on the page: every operator is in NON_PAINTING, or shows text while the
 * rendering mode is 3 (neither filled, stroked nor clipped). `inheritedRenderMode` is the mode in force when
 * the stream starts (0 on a page; a form takes its caller's), undefined when it is not known.
 */
export function drawsNothing(operations: readonly Operation[], inheritedRenderMode: number | undefined): boolean {
  const saved: (number | undefined)[] = [];
  let renderMode = inheritedRenderMode;
  for (const { operator, operands } of operations) {
    if (operator === "Tr") {
      const [mode] = operands;
      renderMode = mode?.type === "number" ? mode.value : undefined;
    } else if (SHOWS.has(operator)) {
      if (renderMode !== 3) return false;
    } else if (!NON_PAINTING.has(operator)) {
      return false;
    }
    if (operator === "q") saved.push(renderMode);
    // A Q without its q restores a state from outside the stream: not known.
    if (operator === "Q") renderMode = saved.length > 0 ? saved.pop() : undefined;
  }
  return true;
}
