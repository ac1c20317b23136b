// Plans repair P3: a ZWNJ's space glyph gets no width, so readers stop breaking the word (and the line) there.

import { classifyGlyph, isSpaceGlyph } from "./classify-glyph.js";
import type { Plan } from "./plan-mark-repair.js";
import type { FontInfo } from "./read-fonts.js";
import { copyOperations, type Emit } from "./rewrite-content-stream.js";
import type { ActualTextSpan } from "./scan-text-spans.js";

const ZWNJ = "\u200C";

/**
 * Chrome draws a zero-width non-joiner as the font's space glyph, moving the pen back afterwards, but the
 * glyph keeps its width in /W (268 in Vazirmatn): poppler sees a space-wide glyph overlapping the next letter
 * and breaks words, even lines, there. Horizontal scaling 0 (`0 Tz`) around that one glyph gives it no
 * width; it has no ink, so nothing on the page changes, and its ActualText still gives the ZWNJ.
 *
 * A candidate is a span whose ActualText is the ZWNJ. It is repaired only if it is regular and draws exactly
 * one glyph, one ToUnicode calls whitespace.
 */
export function planZwnjRepair(span: ActualTextSpan, fonts: ReadonlyMap<string, FontInfo | undefined>): Plan {
  const draw = span.draws[0];
  // Already drawn without width (repaired before: a PDF may be post-processed twice).
  if (span.text !== ZWNJ || (span.draws.length === 1 && draw?.scale === 0)) return { kind: "none" };
  if (!span.regular || span.draws.length !== 1 || draw?.codes?.length !== 1) return { kind: "skip", reason: "irregular span, or not one glyph" };
  const glyph = classifyGlyph(draw.font === undefined ? undefined : fonts.get(draw.font), draw.codes[0] as number);
  if (!isSpaceGlyph(glyph)) return { kind: "skip", reason: "not a space glyph" };
  if (!Number.isFinite(draw.scale)) return { kind: "skip", reason: "unknown horizontal scaling" };
  const emits: Emit[] = [
    // The BDC, and any text state set up before the glyph.
    ...copyOperations(span.open, draw.move ?? draw.show),
    { kind: "scale", value: 0 },
    { kind: "move", to: draw.origin, original: draw.move },
    { kind: "copy", index: draw.show },
    { kind: "scale", value: draw.scale },
    { kind: "copy", index: span.close },
  ];
  return { kind: "repair", rewrite: { open: span.open, close: span.close, emits } };
}
