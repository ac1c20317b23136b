// Repairs one content stream's own text layer (P1, P3, P4) from its text and fonts alone, so it runs the same in a worker as in-thread.

import type { ScannedStream } from "./derive-to-unicode-fixes.js";
import { createMeasure } from "./measure-glyphs.js";
import { parseContentStream, readOperations, type Operation } from "./parse-content-stream.js";
import { ContentSyntaxError } from "./tokenize-content-stream.js";
import { planMarkRepair, type Plan } from "./plan-mark-repair.js";
import { planSoftHyphenRepair } from "./plan-soft-hyphen-repair.js";
import { planZwnjRepair } from "./plan-zwnj-repair.js";
import type { FontInfo } from "./read-fonts.js";
import { isVotedOn, repairPlainTextObjects, type StreamRepair } from "./repair-plain-text-objects.js";
import { rewriteContentStream, type Rewrite } from "./rewrite-content-stream.js";
import { scanGlyphLines } from "./scan-glyph-lines.js";
import { scanTextSpans, type ActualTextSpan, type Draw, type SpanScan } from "./scan-text-spans.js";

export type ContentFonts = ReadonlyMap<string, FontInfo | undefined>;

/** A content stream scanned: what its own repairs are planned from (its operations are read again to rewrite it). */
export interface ScannedContent extends ScannedStream {
  text: string;
  scan: SpanScan;
}

/** A content stream parsed and scanned, its operations held: what planning across streams needs (the twins of shadow text). */
export interface ParsedContent extends ScannedContent {
  operations: Operation[];
}

/** What one content stream's own repairs did (the counts of TextLayerRepairs it adds to). */
export interface ContentRepairs {
  marks: number;
  zwnj: number;
  softHyphens: number;
  skipped: number;
}

/** The spans' planned rewrites, and how many of each repair they make. */
export interface SpanRepairs {
  rewrites: Rewrite[];
  found: { marks: number; zwnj: number; softHyphens: number };
  /** Candidates left as Chrome wrote them. */
  skipped: number;
}

/**
 * Scans `text` (one character per byte) as it is parsed, listing of the glyphs drawn outside spans only those a
 * document-wide fix could concern (unnamed by ToUnicode, or named the hyphen U+2010); undefined for a stream
 * that cannot be parsed with certainty. No operation outlives the scan: held for the whole page, they made
 * most of the repair's time garbage collection.
 */
export function scanContent(text: string, fonts: ContentFonts): ScannedContent | undefined {
  try {
    return { text, fonts, scan: scanGlyphLines(text, fonts, createVoterFilter(fonts)) };
  } catch (error) {
    // ContentSyntaxError: what cannot be parsed with certainty is not touched.
    if (error instanceof ContentSyntaxError) return undefined;
    throw error;
  }
}

/** Parses and scans `text`, holding its operations and every glyph drawn; undefined for a stream that cannot be parsed with certainty. */
export function parseContent(text: string, fonts: ContentFonts): ParsedContent | undefined {
  let operations: Operation[];
  try {
    operations = parseContentStream(text);
  } catch {
    // ContentSyntaxError: what cannot be parsed with certainty is not touched.
    return undefined;
  }
  return { text, operations, fonts, scan: scanTextSpans(operations, createMeasure(fonts)) };
}

/** Plans P1, P3 and P4 for every span but those `handled` elsewhere (the twins of shadow text). */
export function planSpanRepairs(spans: readonly ActualTextSpan[], fonts: ContentFonts, handled?: ReadonlySet<ActualTextSpan>): SpanRepairs {
  const planned: SpanRepairs = { rewrites: [], found: { marks: 0, zwnj: 0, softHyphens: 0 }, skipped: 0 };
  for (const span of spans) {
    if (handled?.has(span)) continue;
    const plans: [keyof SpanRepairs["found"], Plan][] = [
      ["marks", planMarkRepair(span, fonts)],
      ["zwnj", planZwnjRepair(span, fonts)],
      ["softHyphens", planSoftHyphenRepair(span, fonts)],
    ];
    for (const [kind, plan] of plans) {
      if (plan.kind === "repair") {
        planned.rewrites.push(plan.rewrite);
        planned.found[kind]++;
      } else if (plan.kind === "skip") {
        planned.skipped++;
      }
    }
  }
  return planned;
}

/**
 * Repairs one content stream's own text layer: text object by text object where the stream is as Chrome writes
 * it (repair-plain-text-objects.ts: the same bytes out, several times faster), else scanned whole. Undefined for a
 * stream that cannot be parsed with certainty, which is left alone.
 */
export function repairStream(text: string, fonts: ContentFonts): StreamRepair | undefined {
  return repairPlainTextObjects(text, fonts, (piece) => repairTextObject(piece, fonts)) ?? repairScanned(text, fonts, false);
}

/**
 * The full scan's repair of one text object of a stream (a RepairPiece), as it would come out of the whole stream's
 * repair, which is all or nothing: undefined if one of its rewrites failed, or a span is left open at its end (it
 * would go on past it in the stream).
 */
export const repairTextObject = (piece: string, fonts: ContentFonts): StreamRepair | undefined => repairScanned(piece, fonts, true);

/** The full scan's repair of `text`, a whole stream or (`asPiece`) one of its text objects. */
function repairScanned(text: string, fonts: ContentFonts, asPiece: boolean): StreamRepair | undefined {
  const scanned = scanContent(text, fonts);
  if (!scanned || (asPiece && scanned.scan.spans.some((span) => span.close === -1))) return undefined;
  const { rewritten, repairs, failed } = repairContent(scanned);
  if (asPiece && failed) return undefined;
  return { rewritten, repairs, voters: keepVoters(scanned).scan };
}

/** The stream with its own repairs applied (undefined when there are none to make, or they failed), and what was done. */
export function repairContent({ text, scan, fonts }: ScannedContent): { rewritten: string | undefined; repairs: ContentRepairs; failed: boolean } {
  const { rewrites, found, skipped } = planSpanRepairs(scan.spans, fonts);
  if (rewrites.length === 0) return { rewritten: undefined, repairs: { marks: 0, zwnj: 0, softHyphens: 0, skipped }, failed: false };
  try {
    // Each rewrite says where the stream stands at its span, so the rewrite reads little of the stream again.
    const placed = rewrites.map((rewrite) => ({ ...rewrite, from: scan.starts.get(rewrite.open) }));
    const rewritten = rewriteContentStream(text, readOperations(text), placed, createMeasure(fonts), (offset) => readOperations(text, offset));
    return { rewritten, repairs: { ...found, skipped }, failed: false };
  } catch {
    // RewriteError (or anything else): the text layer is a nicety, the page must come out as Chrome drew it.
    return { rewritten: undefined, repairs: { marks: 0, zwnj: 0, softHyphens: 0, skipped: skipped + rewrites.length }, failed: true };
  }
}

/**
 * The part of a scanned stream the document-wide fixes read, to keep once the stream is repaired: the glyphs
 * drawn outside spans that scanContent listed and the spans that draw one, only those a fix could concern
 * (derive-to-unicode-fixes.ts passes over a span without an unnamed glyph, deriveHyphenFixes reads only
 * hyphens), and whether it has soft hyphens; not its text or where its spans start. Most spans are soft
 * hyphens drawn as a space glyph: the 200-page benchmark kept ~45,000 of them, which workers copied back to
 * the main thread and the votes walked (~0.2 s of its 2.5 s post-processing).
 */
export function keepVoters({ scan, fonts }: ScannedContent): ScannedStream {
  const concerns = createVoterFilter(fonts);
  return { fonts, scan: { spans: scan.spans.filter((span) => span.draws.some(concerns)), looseDraws: scan.looseDraws, softHyphens: scan.softHyphens } };
}

/**
 * Whether a draw has a glyph a document-wide fix could concern: one ToUnicode leaves unnamed or names the hyphen
 * (classifyGlyph's answer, read straight from the CMap: this runs for every glyph drawn).
 */
function createVoterFilter(fonts: ContentFonts): (draw: Draw) => boolean {
  return (draw) => {
    const cmap = draw.font === undefined ? undefined : fonts.get(draw.font)?.toUnicode?.cmap;
    if (!cmap || !draw.codes) return false;
    return draw.codes.some((code) => isVotedOn(cmap.texts.get(code)));
  };
}
