// Plans repair P2: names the glyphs Chrome's ToUnicode maps to U+0000, from the ActualText of the spans they are in.

import type { PDFRawStream } from "@cantoo/pdf-lib";
import { classifyGlyph, subtractTexts } from "./classify-glyph.js";
import type { FontInfo, ToUnicodeSource } from "./read-fonts.js";
import type { ActualTextSpan, GlyphUse, TextScan } from "./scan-text-spans.js";

export interface ScannedStream {
  scan: TextScan;
  fonts: ReadonlyMap<string, FontInfo | undefined>;
}

interface Vote {
  /** The text the first occurrence gave, if any. */
  text: string | undefined;
  /** Whether any occurrence gave a text (else the code is no candidate: nothing says what it is). */
  proposed: boolean;
  /** Whether some occurrence gave no text, or another one. */
  disagreed: boolean;
}

export interface ToUnicodeFixes {
  /** New texts by ToUnicode CMap, code → text. */
  fixes: Map<ToUnicodeSource, Map<number, string>>;
  /** Unnamed codes some span gave a text for, left alone because not every occurrence agreed. */
  skipped: number;
}

/**
 * Chrome's ToUnicode gives U+0000 for a glyph its font's cmap cannot name (Noto Naskh's shadda+kasra), and
 * covers the cluster with ActualText; readers that ignore ActualText (pdf.js) lose those marks. A span with
 * exactly one unnamed glyph says what it is: the ActualText without the other glyphs' texts. A code is
 * named only if every place it is drawn says the same: a span that cannot say (irregular, two unnamed
 * glyphs, texts that do not add up, nothing left) or a glyph drawn outside any span counts against it.
 */
export function deriveToUnicodeFixes(streams: readonly ScannedStream[]): ToUnicodeFixes {
  // By CMap stream (fonts may share one), then code.
  const votes = new Map<PDFRawStream, { source: ToUnicodeSource; codes: Map<number, Vote> }>();
  const vote = (source: ToUnicodeSource, code: number, text: string | undefined) => {
    const entry = votes.get(source.stream) ?? { source, codes: new Map<number, Vote>() };
    votes.set(source.stream, entry);
    const previous = entry.codes.get(code);
    entry.codes.set(
      code,
      previous === undefined
        ? { text, proposed: text !== undefined, disagreed: text === undefined }
        : { text: previous.text, proposed: previous.proposed || text !== undefined, disagreed: previous.disagreed || text === undefined || text !== previous.text },
    );
  };
  for (const { scan, fonts } of streams) {
    const unnamedIn = (draws: readonly GlyphUse[]) =>
      draws.flatMap((draw) => {
        const font = draw.font === undefined ? undefined : fonts.get(draw.font);
        const source = font?.toUnicode;
        return source ? (draw.codes ?? []).flatMap((code) => (classifyGlyph(font, code)?.kind === "unnamed" ? [{ source, code }] : [])) : [];
      });
    for (const glyph of unnamedIn(scan.looseDraws)) vote(glyph.source, glyph.code, undefined);
    for (const span of scan.spans) {
      const unnamed = unnamedIn(span.draws);
      if (unnamed.length === 0) continue;
      const text = unnamed.length === 1 ? inferUnnamedGlyphText(span, fonts) : undefined;
      for (const glyph of unnamed) vote(glyph.source, glyph.code, text);
    }
  }
  const fixes = new Map<ToUnicodeSource, Map<number, string>>();
  let skipped = 0;
  for (const { source, codes } of votes.values()) {
    for (const [code, { text, proposed, disagreed }] of codes) {
      if (text !== undefined && !disagreed) fixes.set(source, (fixes.get(source) ?? new Map<number, string>()).set(code, text));
      else if (proposed) skipped++;
    }
  }
  return { fixes, skipped };
}

/** The ActualText less the named glyphs' texts; undefined when that is not a clear answer. */
function inferUnnamedGlyphText(span: ActualTextSpan, fonts: ReadonlyMap<string, FontInfo | undefined>): string | undefined {
  if (!span.regular || span.text === undefined) return undefined;
  const named: string[] = [];
  for (const draw of span.draws) {
    const font = draw.font === undefined ? undefined : fonts.get(draw.font);
    for (const code of draw.codes ?? []) {
      const glyph = classifyGlyph(font, code);
      if (glyph === undefined) return undefined;
      if (glyph.kind !== "unnamed") named.push(glyph.text);
    }
  }
  const rest = subtractTexts(span.text, named);
  return rest === undefined || rest === "" ? undefined : rest;
}
