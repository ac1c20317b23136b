// Plans repair P4: soft hyphens leave no trace in the text layer, and a word hyphenated at a line end reads back whole.

import { classifyGlyph, isSpaceGlyph } from "./classify-glyph.js";
import { encodeUtf16BeHex } from "./decode-pdf-text.js";
import type { ScannedStream } from "./derive-to-unicode-fixes.js";
import type { Plan } from "./plan-mark-repair.js";
import type { FontInfo, ToUnicodeSource } from "./read-fonts.js";
import { copyOperations, type Emit } from "./rewrite-content-stream.js";
import { SOFT_HYPHEN, type ActualTextSpan } from "./scan-text-spans.js";

/** What ToUnicode names the hyphen Chrome draws at a line broken at a soft hyphen. */
export const HYPHEN = "\u2010";

/**
 * Chrome draws every soft hyphen the hyphenate stage wrote, broken at or not, as the font's space glyph
 * inside a span whose ActualText is U+00AD: poppler then puts an invisible U+00AD inside the word, and
 * pdf.js (which ignores ActualText) a space. The glyph has no ink and the next glyph is placed from the
 * line start, so the span is replaced by the move alone: the glyph goes, and every other glyph stays where
 * it was.
 *
 * A candidate is a span whose ActualText is U+00AD; it is repaired only if it is regular and draws exactly
 * one glyph that ToUnicode calls whitespace.
 */
export function planSoftHyphenRepair(span: ActualTextSpan, fonts: ReadonlyMap<string, FontInfo | undefined>): Plan {
  if (!span.text?.includes(SOFT_HYPHEN)) return { kind: "none" };
  if (span.text !== SOFT_HYPHEN) return planLigatureRepair(span, span.text.replaceAll(SOFT_HYPHEN, ""), fonts);
  const draw = span.draws[0];
  if (!span.regular || span.draws.length !== 1 || draw?.codes?.length !== 1) return { kind: "skip", reason: "irregular span, or not one glyph" };
  const glyph = classifyGlyph(draw.font === undefined ? undefined : fonts.get(draw.font), draw.codes[0] as number);
  if (!isSpaceGlyph(glyph)) return { kind: "skip", reason: "not a space glyph" };
  const emits: Emit[] = [
    // Text state set up inside the span (Chrome opens a text object's first span before Tf and Tm), without the BDC.
    ...copyOperations(span.open + 1, draw.move ?? draw.show),
    { kind: "move", to: draw.origin, original: draw.move },
  ];
  return { kind: "repair", rewrite: { open: span.open, close: span.close, emits } };
}

/**
 * A soft hyphen between two letters a ligature joins ("scaf|folding", where f and f make one glyph) is in the
 * ligature's span, drawn after it as a space glyph: the ActualText is rewritten without it and that space
 * glyph goes as above (poppler otherwise ends the line there), the ligature is drawn as it was.
 */
function planLigatureRepair(span: ActualTextSpan, text: string, fonts: ReadonlyMap<string, FontInfo | undefined>): Plan {
  if (text === "") return { kind: "skip", reason: "soft hyphens only, drawn with several glyphs" };
  const open: Emit = { kind: "marked", text: `/Span <</ActualText <FEFF${encodeUtf16BeHex(text)}>>> BDC` };
  const last = span.draws.at(-1);
  const lastGlyph = last?.codes?.length === 1 ? classifyGlyph(last.font === undefined ? undefined : fonts.get(last.font), last.codes[0] as number) : undefined;
  if (!span.regular || span.draws.length < 2 || !last || !isSpaceGlyph(lastGlyph)) {
    return { kind: "repair", rewrite: { open: span.open, close: span.close, emits: [open, ...copyOperations(span.open + 1, span.close + 1)] } };
  }
  const emits: Emit[] = [
    open,
    ...copyOperations(span.open + 1, last.move ?? last.show),
    { kind: "move", to: last.origin, original: last.move },
    { kind: "copy", index: span.close },
  ];
  return { kind: "repair", rewrite: { open: span.open, close: span.close, emits } };
}

/**
 * Where Chrome breaks a line at a soft hyphen it draws the font's hyphen glyph, which ToUnicode names U+2010.
 * Readers join a word split at a line end only when the line ends in an ASCII hyphen-minus (poppler's
 * pdftotext: "win-" + "dows" -> "windows"), so in documents with soft hyphens every glyph named U+2010 is
 * named "-" instead: the same character for a reader, and the one copy and search expect.
 */
export function deriveHyphenFixes(streams: readonly ScannedStream[]): Map<ToUnicodeSource, Map<number, string>> {
  const fixes = new Map<ToUnicodeSource, Map<number, string>>();
  if (!streams.some(({ scan }) => scan.softHyphens)) return fixes;
  for (const { scan, fonts } of streams) {
    for (const draw of [...scan.looseDraws, ...scan.spans.flatMap((span) => span.draws)]) {
      const font = draw.font === undefined ? undefined : fonts.get(draw.font);
      const source = font?.toUnicode;
      if (!source) continue;
      for (const code of draw.codes ?? []) {
        if (classifyGlyph(font, code)?.text === HYPHEN) fixes.set(source, (fixes.get(source) ?? new Map<number, string>()).set(code, "-"));
      }
    }
  }
  return fixes;
}
