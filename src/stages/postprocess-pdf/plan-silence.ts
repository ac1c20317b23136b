// Plans the silencing of a printed face in the text layer: its spans' ActualText emptied, its other glyphs given an empty one.

import { EMPTY_SPAN } from "./plan-mark-repair.js";
import { copyOperations, type Rewrite } from "./rewrite-content-stream.js";
import type { ActualTextSpan, SpanScan } from "./scan-text-spans.js";

export interface SilencePlan {
  rewrites: Rewrite[];
  /** Spans whose ActualText is emptied. */
  spans: number;
  /** Glyph-showing operators, drawn outside any span, wrapped in an empty one. */
  draws: number;
  /** Spans that mix silenced glyphs with others, or are never closed: left as they are. */
  skipped: number;
  /** Spans of silenced glyphs only (emptied, or empty already): the other repairs leave them alone. */
  handled: Set<ActualTextSpan>;
}

/**
 * When a printed line has an invisible twin that reads right, its own glyphs must give no text at all, or
 * readers return both. poppler reads a span's ActualText instead of its glyphs, so an empty one
 * (`<FEFF>`) silences them; a glyph outside any span is read by its ToUnicode, which pdf.js reads everywhere
 * (silence-to-unicode.ts), but poppler would still print it, so it gets an empty span of its own. Marked
 * content does not touch the text state: every glyph stays where it was.
 */
export function planSilence(scan: SpanScan, isSilenced: (font: string | undefined) => boolean): SilencePlan {
  const plan: SilencePlan = { rewrites: [], spans: 0, draws: 0, skipped: 0, handled: new Set() };
  for (const span of scan.spans) {
    const silenced = span.draws.filter((draw) => isSilenced(draw.font)).length;
    if (silenced === 0) continue;
    if (silenced < span.draws.length || span.close < 0) {
      plan.skipped++;
      continue;
    }
    plan.handled.add(span);
    if (span.text === "") continue;
    plan.rewrites.push({ open: span.open, close: span.close, emits: [{ kind: "marked", text: EMPTY_SPAN }, ...copyOperations(span.open + 1, span.close + 1)] });
    plan.spans++;
  }
  for (const draw of scan.looseDraws) {
    if (!isSilenced(draw.font)) continue;
    plan.rewrites.push({ open: draw.show, close: draw.show, emits: [{ kind: "marked", text: EMPTY_SPAN }, { kind: "copy", index: draw.show }, { kind: "marked", text: "EMC" }] });
    plan.draws++;
  }
  return plan;
}
