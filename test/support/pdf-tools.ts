// Test helpers that read PDFs the way a print shop or a reader would: poppler's tools and pdf-lib.

import { execFileSync } from "node:child_process";
import { PDFDict, PDFName, PDFNumber, PDFRawStream, type PDFDocument, type PDFObject } from "@cantoo/pdf-lib";

/** Printed widths (mm) of the embedded pictures, from their pixels and resolution (`pdfimages -list`). */
export function listPrintedWidths(file: string): { page: number; widthMm: number; ratio: number }[] {
  const rows = execFileSync("pdfimages", ["-list", file], { encoding: "utf8" }).trim().split("\n").slice(2);
  return rows
    .map((row) => row.trim().split(/\s+/))
    .filter((cols) => cols[2] === "image")
    .map((cols) => ({ page: Number(cols[0]), widthMm: (Number(cols[3]) / Number(cols[12])) * 25.4, ratio: Number(cols[3]) / Number(cols[4]) }));
}

/** Text of a PDF by pdftotext (reading order as poppler reconstructs it from the columns). */
export function extractText(file: string, raw = false): string {
  return execFileSync("pdftotext", [...(raw ? ["-raw"] : []), "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** The fonts pdffonts lists, with whether each is embedded. */
export function listFonts(file: string): PdfFont[] {
  const lines = execFileSync("pdffonts", [file], { encoding: "utf8" }).trim().split("\n").slice(2);
  return lines.map((line) => {
    const name = line.slice(0, 37).trim();
    const rest = line.slice(37).trim().split(/\s+/);
    // Columns after the name: type (1-3 words), encoding, emb, sub, uni, object, id.
    const emb = rest[rest.length - 5];
    return { name, type: rest.slice(0, rest.length - 6).join(" "), embedded: emb === "yes" };
  });
}

/**
 * Words of a text for comparison: letters and digits only, lower-cased. The bidi embedding marks poppler
 * wraps every line of a page it judges right to left in (U+202A-U+202E, not in the PDF) are dropped, so a
 * word it joins over a line end stays one word; a soft hyphen is not dropped: pressroom's text layer has
 * none, and one left there would split its word for a reader.
 */
export function toWords(text: string): string[] {
  return text
    .normalize("NFKC")
    .replace(/[\u202A-\u202E]/g, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Finds `words` in `haystack` in order, starting at or after `from`, trying each place the first
 * word occurs; returns the index after the last match, or how far the best attempt got.
 * `maxGap` bounds how far apart consecutive words may be, so a paragraph cannot be "found" by
 * picking its words out of the rest of the issue.
 */
/**
 * The words of a left-to-right edition in two reading orders, footnote digits unglued ("flats1" -> "flats"):
 * poppler's column order, which it reads right to left on a page shared with Arabic text, and -raw, the
 * order Chrome drew the text in (which splits a word at a ligature), with words hyphenated at a line end
 * joined back. A word missing from the PDF is missing from both.
 */
export function readLatinWordOrders(file: string): string[][] {
  const strip = (words: string[]) => words.map((word) => word.replace(/^(\p{L}+)\d{1,2}$/u, "$1"));
  return [strip(toWords(extractText(file))), strip(toWords(extractText(file, true).replace(/(\p{L})[-\u00AD]\n(\p{L})/gu, "$1$2")))];
}

export function findInOrder(haystack: string[], words: string[], from: number, maxGap: number): { end: number } | { missingAt: number } {
  let best = 0;
  for (let start = from; start < haystack.length; start++) {
    if (haystack[start] !== words[0]) continue;
    let position = start + 1;
    let index = 1;
    for (; index < words.length; index++) {
      const limit = Math.min(haystack.length, position + maxGap);
      // pdftotext joins a word hyphenated at a line end ("ninety-" + "one" -> "ninetyone").
      const joined = (words[index] ?? "") + (words[index + 1] ?? "");
      let cursor = position;
      while (cursor < limit && haystack[cursor] !== words[index] && haystack[cursor] !== joined) cursor++;
      if (cursor >= limit) break;
      if (haystack[cursor] === joined && haystack[cursor] !== words[index]) index++;
      position = cursor + 1;
    }
    if (index === words.length) return { end: position };
    best = Math.max(best, index);
  }
  return { missingAt: best };
}

/**
 * Transparency in the pages' resources, forms included: an ExtGState with fill or stroke opacity below 1,
 * or a form with a transparency group. Ghostscript's PDF/X output turns a page with any of it into one image.
 */
export function findTransparency(doc: PDFDocument): string[] {
  const found: string[] = [];
  const seen = new Set<PDFObject>();
  const visit = (resources: PDFDict | undefined, where: string) => {
    const states = resources?.lookupMaybe(PDFName.of("ExtGState"), PDFDict);
    for (const [name, value] of states?.entries() ?? []) {
      const state = doc.context.lookup(value, PDFDict);
      for (const key of ["ca", "CA"]) {
        const opacity = state.lookupMaybe(PDFName.of(key), PDFNumber)?.asNumber();
        if (opacity !== undefined && opacity < 1) found.push(`${where}: ExtGState ${name.decodeText()} /${key} ${opacity}`);
      }
    }
    const xObjects = resources?.lookupMaybe(PDFName.of("XObject"), PDFDict);
    for (const [name, value] of xObjects?.entries() ?? []) {
      const form = doc.context.lookup(value);
      if (!(form instanceof PDFRawStream) || seen.has(form)) continue;
      seen.add(form);
      const group = form.dict.lookupMaybe(PDFName.of("Group"), PDFDict);
      if (group?.lookup(PDFName.of("S")) === PDFName.of("Transparency")) found.push(`${where}: form ${name.decodeText()} has a transparency group`);
      visit(form.dict.lookupMaybe(PDFName.of("Resources"), PDFDict), `${where}, form ${name.decodeText()}`);
    }
  };
  doc.getPages().forEach((page, index) => visit(page.node.Resources(), `page ${index + 1}`));
  return found;
}
