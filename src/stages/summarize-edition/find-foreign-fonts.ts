// Finds the fonts of a finished PDF that are not the project's own (Chrome took them from the computer), with the characters each printed (edge: reads the fonts folder, and the PDF when there is one).

import { FONT_FILE, listFontFiles } from "../../shared/list-font-files.js";
import path from "node:path";
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from "@cantoo/pdf-lib";
import { LOAD_AT_ONCE } from "../../shared/pdf-at-once.js";
import type { PdfFont } from "../press-pdf/list-unembedded-fonts.js";
import { dropSubsetPrefix } from "../postprocess-pdf/match-font-family.js";
import { readToUnicode } from "../postprocess-pdf/read-to-unicode.js";
import { readStreamText } from "../postprocess-pdf/stream-text.js";

export interface ForeignFont {
  /** The font's name in the PDF, subset prefix taken off ("DejaVuSans"). */
  name: string;
  /** The characters printed in it, in code order, at most MAX_CHARACTERS ("" when the PDF does not say). */
  characters: string;
}

/** Enough for an editor to find them in the text. */
const MAX_CHARACTERS = 12;


/**
 * A character no face of a text's font stack has is printed by Chrome in some font of the computer: the PDF then
 * looks different, or breaks, printed from elsewhere. `pressroom check` finds characters no bundled font has; this
 * finds the rest after the fact (a character only a face outside that text's stack has, a project's fonts.css that
 * leaves a face out). Chrome names an embedded font after its PostScript name, which is the file's name for
 * every bundled font: the font files are opened (fontkit) only when some name is not a file's.
 */
export async function findForeignFonts(fonts: readonly PdfFont[], fontsDir: string, pdfBytes: () => Uint8Array): Promise<ForeignFont[]> {
  const names = [...new Set(fonts.map((font) => dropSubsetPrefix(font.name)))];
  const files = await listFontFiles(fontsDir).catch(() => [] as string[]);
  const fileNames = new Set(files.map((file) => path.basename(file).replace(FONT_FILE, "")));
  let unknown = names.filter((name) => !fileNames.has(name));
  if (unknown.length === 0) return [];
  const own = await readPostScriptNames(files.map((file) => path.join(fontsDir, file)));
  unknown = unknown.filter((name) => !own.has(name));
  if (unknown.length === 0) return [];
  const characters = await readPrintedCharacters(pdfBytes(), new Set(unknown));
  return unknown.map((name) => ({ name, characters: characters.get(name) ?? "" }));
}

async function readPostScriptNames(files: readonly string[]): Promise<Set<string>> {
  const fontkit = await import("fontkit");
  const names = new Set<string>();
  for (const file of files) {
    try {
      const font = fontkit.openSync(file);
      if ("postscriptName" in font && font.postscriptName) names.add(font.postscriptName);
    } catch {
      // An unreadable file was already the glyph check's error; it names no font here.
    }
  }
  return names;
}

/** The characters each named font's ToUnicode CMap gives, by name. */
async function readPrintedCharacters(bytes: Uint8Array, names: ReadonlySet<string>): Promise<Map<string, string>> {
  const doc = await PDFDocument.load(bytes, LOAD_AT_ONCE);
  const found = new Map<string, Set<string>>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Type")) !== PDFName.of("Font")) continue;
    const baseFont = object.get(PDFName.of("BaseFont"))?.toString().replace(/^\//, "");
    const name = baseFont && dropSubsetPrefix(baseFont);
    if (!name || !names.has(name)) continue;
    const stream = object.lookup(PDFName.of("ToUnicode"));
    const text = stream instanceof PDFRawStream ? readStreamText(stream) : undefined;
    if (text === undefined) continue;
    const characters = found.get(name) ?? new Set<string>();
    try {
      for (const value of readToUnicode(text).texts.values()) if (value.trim() && value !== "\u0000") characters.add(value);
    } catch {
      // A CMap pdf-lib cannot read leaves the font named without its characters.
    }
    found.set(name, characters);
  }
  const sorted = (characters: Set<string>) => [...characters].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
  return new Map([...found].map(([name, characters]) => [name, sorted(characters).slice(0, MAX_CHARACTERS).join(" ")]));
}
