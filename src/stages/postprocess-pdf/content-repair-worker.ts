// Worker thread: repairs content targets sent by run-content-repairs.ts, one message each, and sends back their outcome; or scans a batch of targets for their glyphs only.

import { parentPort, workerData } from "node:worker_threads";
import type { ContentOutcome, ContentTask, GlyphScanBatch, PlainFont, WorkerFonts } from "./content-repair-task.js";
import { deflateText, inflateText } from "./flate-text.js";
import type { FontInfo, ToUnicodeSource } from "./read-fonts.js";
import { repairStream } from "./repair-content.js";
import { scanPrintedGlyphs, type GlyphScan } from "./scan-printed-glyphs.js";

serveContentRepairs();

function serveContentRepairs(): void {
  const port = parentPort;
  if (!port) throw new Error("content-repair-worker.js runs as a worker thread");
  const fonts = (workerData as WorkerFonts).fonts.map(toFontInfo);
  port.on("message", (task: ContentTask | GlyphScanBatch) => {
    if ("scanOnly" in task) {
      port.postMessage(task.scanOnly.map(scanParts));
      return;
    }
    let outcome: ContentOutcome | undefined;
    try {
      outcome = repairTask(task, fonts);
    } catch {
      // Undefined: the main thread repairs this target itself.
      outcome = undefined;
    }
    port.postMessage(outcome);
  });
}

/** The glyphs one target draws; null if its content cannot be decoded or read with certainty. */
function scanParts(parts: ContentTask["parts"]): GlyphScan | null {
  try {
    return scanPrintedGlyphs(parts.map((part) => ("text" in part ? part.text : inflateText(part.deflated))).join("\n")) ?? null;
  } catch {
    return null;
  }
}

function repairTask(task: ContentTask, table: readonly FontInfo[]): ContentOutcome {
  let text: string;
  try {
    // Streams of one page are one content stream, split anywhere between tokens.
    text = task.parts.map((part) => ("text" in part ? part.text : inflateText(part.deflated))).join("\n");
  } catch {
    // Data zlib cannot inflate: readStreamText would give undefined, and the target is left alone.
    return { kind: "unread" };
  }
  const fonts = new Map(task.fonts.map(([name, index]) => [name, index === undefined ? undefined : table[index]]));
  // Scanned from the text as Chrome wrote it, before the repair rewrites it (null: not readable with certainty).
  const glyphs = task.scanGlyphs ? (scanPrintedGlyphs(text) ?? null) : undefined;
  const repaired = repairStream(text, fonts);
  if (!repaired) return { kind: "unread", glyphs };
  const { rewritten, repairs, voters } = repaired;
  return { kind: "repaired", deflated: rewritten === undefined ? undefined : deflateText(rewritten), repairs, voters, glyphs };
}

/**
 * The repairs here read only a ToUnicode's CMap; its stream stays on the main thread, whose own FontInfo
 * objects the votes use (they key fixes by ToUnicodeSource), so a stand-in without it is enough.
 */
function toFontInfo({ baseFont, widths, defaultWidth, cmap }: PlainFont): FontInfo {
  return { baseFont, widths, defaultWidth, toUnicode: cmap === undefined ? undefined : ({ cmap, text: "" } as unknown as ToUnicodeSource) };
}
