// Plans repair P1: in a cluster Chrome draws mark first, draw the letter first and give the mark a span of its own.

import { classifyGlyph, isMarksOnly, subtractTexts, type ClassifiedGlyph } from "./classify-glyph.js";
import type { FontInfo } from "./read-fonts.js";
import { copyOperations, type Emit, type Rewrite } from "./rewrite-content-stream.js";
import type { ActualTextSpan, Draw } from "./scan-text-spans.js";

/** An empty ActualText: the mark's text is already in its letter's span. */
export const EMPTY_SPAN = "/Span <</ActualText <FEFF>>> BDC";

export type Plan = { kind: "repair"; rewrite: Rewrite } | { kind: "skip"; reason: string } | { kind: "none" };

/**
 * Chrome draws a cluster's marks before its letter, inside the cluster's ActualText span, so readers place
 * the span's text where the mark starts (mid-letter): pdftotext sees a gap after the letter before it
 * ("مسطّ حة") and reverses the cluster. The repair draws the letter first, at its own position, keeping the
 * span; the marks follow, at theirs, in a span whose ActualText is empty. Nothing moves on the page.
 *
 * A candidate is a span whose first glyph is a mark (or unnamed: Noto Naskh's shadda+kasra). It is repaired
 * only if it is regular (see ActualTextSpan), its ActualText starts with a letter, its glyphs are some marks
 * or unnamed glyphs, then glyphs ToUnicode names, the first of them not a mark, and the ActualText is
 * those named texts plus marks for the unnamed glyphs.
 */
export function planMarkRepair(span: ActualTextSpan, fonts: ReadonlyMap<string, FontInfo | undefined>): Plan {
  // Most spans draw one glyph (every soft hyphen is one): no cluster to reorder, nothing to classify.
  if (span.draws.length < 2) return { kind: "none" };
  const glyphs = span.draws.map((draw) => (draw.codes ?? []).map((code) => classifyGlyph(draw.font === undefined ? undefined : fonts.get(draw.font), code)));
  // A cluster drawn mark first: its first glyph is a mark, or unnamed with a named glyph after it. (A cluster
  // of unnamed glyphs only, as Nastaliq draws many, says nothing about which glyph is which.)
  const startsWithMark = glyphs[0]?.[0] !== undefined && glyphs[0].every((glyph) => glyph !== undefined && glyph.kind !== "other");
  const saysWhatItIs = glyphs.flat().some((glyph) => glyph !== undefined && glyph.kind !== "unnamed");
  if (!startsWithMark || !saysWhatItIs) return { kind: "none" };
  if (!span.regular) return { kind: "skip", reason: "irregular span" };
  if (span.text === undefined || !/^\p{L}/u.test(span.text)) return { kind: "skip", reason: "ActualText does not start with a letter" };
  if (glyphs.some((draw) => draw.some((glyph) => glyph === undefined))) return { kind: "skip", reason: "font without ToUnicode" };
  const known = glyphs as ClassifiedGlyph[][];
  const split = known.findIndex((draw) => draw.some((glyph) => glyph.kind === "other"));
  if (split === -1) return { kind: "skip", reason: "no letter" };
  const marks = known.slice(0, split);
  const letters = known.slice(split);
  if (letters[0]?.[0]?.kind !== "other" || letters.some((draw) => draw.some((glyph) => glyph.kind === "unnamed"))) {
    return { kind: "skip", reason: "unexpected glyphs after the marks" };
  }
  const named = known.flat().filter((glyph) => glyph.kind !== "unnamed");
  const rest = subtractTexts(span.text, named.map((glyph) => glyph.text));
  const hasUnnamed = marks.some((draw) => draw.some((glyph) => glyph.kind === "unnamed"));
  if (rest === undefined || (rest !== "" && !isMarksOnly(rest)) || (hasUnnamed && rest === "")) {
    return { kind: "skip", reason: "glyphs do not spell the ActualText" };
  }
  const first = span.draws[0] as Draw;
  const draw = (entry: Draw): Emit[] => [
    { kind: "move", to: entry.origin, original: entry.move },
    { kind: "copy", index: entry.show },
  ];
  const emits: Emit[] = [
    // The BDC, and any text state set up before the first glyph.
    ...copyOperations(span.open, first.move ?? first.show),
    ...span.draws.slice(split).flatMap(draw),
    { kind: "marked", text: "EMC" },
    { kind: "marked", text: EMPTY_SPAN },
    ...span.draws.slice(0, split).flatMap(draw),
    { kind: "copy", index: span.close },
  ];
  return { kind: "repair", rewrite: { open: span.open, close: span.close, emits } };
}
