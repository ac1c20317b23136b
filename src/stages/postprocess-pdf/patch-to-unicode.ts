// Writes new texts for unnamed codes into a ToUnicode CMap, leaving every other byte as it was.

import { encodeUtf16BeHex } from "./decode-pdf-text.js";
import type { ToUnicodeCMap } from "./read-to-unicode.js";

/** A code whose ToUnicode text says nothing: U+0000 (Chrome's "no name"), empty, or no entry at all. */
export const isUnnamed = (text: string | undefined) => text === undefined || /^\0*$/.test(text);

/**
 * The CMap text with `fixes` (code → text) written in: over a bfchar entry's destination, or as new bfchar
 * entries before `endcmap` for codes the CMap leaves out. Codes that already have a text, or that a bfrange
 * covers, are left alone, except those in `renamed` (P4's hyphens): a bfchar entry is rewritten, a code in a
 * bfrange gets a bfchar entry of its own after the range;
 * `applied` lists the codes written.
 */
export function patchToUnicode(
  text: string,
  cmap: ToUnicodeCMap,
  fixes: ReadonlyMap<number, string>,
  renamed: ReadonlySet<number> = new Set(),
): { text: string; applied: number[] } {
  const edits: { start: number; end: number; text: string }[] = [];
  const added: string[] = [];
  const applied: number[] = [];
  const codeDigits = (cmap.codeLength ?? 0) * 2;
  for (const [code, fix] of [...fixes].sort(([a], [b]) => a - b)) {
    if (fix === "" || cmap.codeLength === undefined) continue;
    // A renamed code in a bfrange gets a bfchar entry after it: poppler and pdf.js both let the later entry win.
    if (cmap.inRanges.has(code) && !renamed.has(code)) continue;
    if (!isUnnamed(cmap.texts.get(code)) && !renamed.has(code)) continue;
    if (code >= 256 ** cmap.codeLength) continue;
    const destination = cmap.inRanges.has(code) ? undefined : cmap.destinations.get(code);
    if (destination) edits.push({ ...destination, text: `<${encodeUtf16BeHex(fix)}>` });
    else if (cmap.endcmap !== undefined) added.push(`<${code.toString(16).toUpperCase().padStart(codeDigits, "0")}> <${encodeUtf16BeHex(fix)}>`);
    else continue;
    applied.push(code);
  }
  // A bfchar block holds at most 100 entries.
  for (let first = 0; first < added.length && cmap.endcmap !== undefined; first += 100) {
    const block = added.slice(first, first + 100);
    edits.push({ start: cmap.endcmap, end: cmap.endcmap, text: `${block.length} beginbfchar\n${block.join("\n")}\nendbfchar\n` });
  }
  // From the end backwards, so earlier offsets stay right; insertions at one offset keep their order.
  let patched = text;
  for (const edit of edits.map((edit, order) => ({ ...edit, order })).sort((a, b) => b.start - a.start || b.order - a.order)) {
    patched = patched.slice(0, edit.start) + edit.text + patched.slice(edit.end);
  }
  return { text: patched, applied };
}
