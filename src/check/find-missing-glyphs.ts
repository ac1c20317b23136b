// Finds text in the files that no bundled font can print (it would come out as blank boxes or in another font), with file:line:column (pure).

import { unicodeName } from "unicode-name";
import type { SourceLocation } from "../diagnostics/errors.js";
import { needsGlyph } from "./needs-glyph.js";

export interface MissingGlyphs {
  /** The characters, as written together: one character, or a run of them (a word in a script with no font). */
  text: string;
  /** "U+0E01 THAI CHARACTER KO KAI" for the run's first character. */
  name: string;
  /** The first place it is written. */
  location: SourceLocation;
  /** How many times the same run is written in that file. */
  count: number;
}

export function findMissingGlyphs(files: readonly { display: string; text: string }[], covered: ReadonlySet<number>): MissingGlyphs[] {
  const found: MissingGlyphs[] = [];
  for (const file of files) {
    const inFile = new Map<string, MissingGlyphs>();
    file.text.split("\n").forEach((lineText, index) => {
      let column = 0;
      let run: { text: string; column: number } | null = null;
      const close = () => {
        if (!run) return;
        const known = inFile.get(run.text);
        if (known) known.count += 1;
        else inFile.set(run.text, { text: run.text, name: nameCharacter(run.text.codePointAt(0) as number), location: { file: file.display, line: index + 1, column: run.column }, count: 1 });
        run = null;
      };
      for (const char of lineText) {
        column += 1;
        const missing = needsGlyph(char) && !covered.has(char.codePointAt(0) as number);
        if (!missing) close();
        else if (run) run.text += char;
        else run = { text: char, column };
      }
      close();
    });
    found.push(...inFile.values());
  }
  return found;
}

/** "U+0E01 THAI CHARACTER KO KAI": the code point an editor can search for, and its name. */
export function nameCharacter(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = unicodeName(codePoint);
  return name ? `${hex} ${name}` : hex;
}
