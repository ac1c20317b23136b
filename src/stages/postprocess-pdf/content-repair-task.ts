// What the main thread and a content-repair worker send each other: plain data only, no pdf-lib objects.

import type { ContentRepairs } from "./repair-content.js";
import type { ToUnicodeCMap } from "./read-to-unicode.js";
import type { GlyphScan } from "./scan-printed-glyphs.js";
import type { TextScan } from "./scan-text-spans.js";

/** A font as a worker needs it: FontInfo without its ToUnicode stream (the votes that need it run on the main thread). */
export interface PlainFont {
  baseFont: string | undefined;
  widths: Map<number, number>;
  defaultWidth: number;
  cmap: ToUnicodeCMap | undefined;
}

/** Given to every worker once: the document's fonts, which tasks refer to by index. */
export interface WorkerFonts {
  fonts: PlainFont[];
}

/** One content target: its streams (read as one) and its fonts by resource name. */
export interface ContentTask {
  /** FlateDecode data the worker inflates, or text already decoded on the main thread (other filters). */
  parts: ({ deflated: Uint8Array } | { text: string })[];
  /** Resource name → index in WorkerFonts.fonts; undefined for a font the repairs do not understand. */
  fonts: [string, number | undefined][];
  /** Whether to send back the glyphs the target draws as Chrome wrote it (scan-printed-glyphs.ts). */
  scanGlyphs: boolean;
}

/**
 * What became of a task: "unread" if the content could not be inflated or parsed (left alone, no votes), else
 * the new content when there were repairs, what was done, and what the document-wide fixes vote on.
 */
export type ContentOutcome = ({ kind: "unread" } | { kind: "repaired"; deflated: Uint8Array | undefined; repairs: ContentRepairs; voters: TextScan }) & {
  /** The glyphs drawn, when the task asked and the content was decoded; null if they cannot be read with certainty. */
  glyphs?: GlyphScan | null;
};

/** Content to scan for its glyphs only, no repair (scan-printed-glyphs.ts): one message for all of a document's targets. */
export interface GlyphScanBatch {
  scanOnly: ContentTask["parts"][];
}
