// Finds pages of the printed PDF that lack letters their laid-out screen page shows (Latin, and Arabic script where it reads back whole): text the browser placed otherwise when printing, off the page (pure).

import type { BuildWarning } from "../../diagnostics/warnings.js";
import type { PrintedText } from "./count-printed-text.js";

export interface TextLostInPrint {
  /** 1-based page of the PDF. */
  page: number;
  /** About eight of the laid-out words from where the letters run short. */
  near: string;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const ARABIC = /\p{Script=Arabic}/u;

/** How a character folds, kept by its code: not yet folded, to no letter, to several (else the one letter's code). */
const UNKNOWN = -2;
const SEVERAL = -1;
const NONE = 0;

/**
 * A text's Latin letters (and with `arabic`, its Arabic-script ones), compared without case, accents or vowel
 * marks: a kicker set in capitals prints "NEWS" for "News", "ß" in capitals prints "SS", a glyph's text may be
 * written composed or not ("é" or "e" and an accent), and an Arabic ligature's as its presentation form.
 */
export function foldLetters(text: string, arabic: boolean): string[] {
  return Array.from(text.normalize("NFKD").toUpperCase().toLowerCase().normalize("NFKD"))
    .filter((char) => LETTER.test(char) && (LATIN.test(char) || (arabic && ARABIC.test(char))))
    .map((char) => ARABIC_LOOKALIKES[char] ?? char);
}

/**
 * Arabic-script letters a page may come up short without a warning. A glyph's text names a whole ligature or
 * cluster, and one can name a letter fewer than it draws (the Persian sample's page-foot note came up one alef
 * short, the note printed whole); a lost line is dozens of letters.
 */
const ARABIC_TOLERANCE = 3;

/**
 * Arabic-script letters a font may draw with one glyph in some of their forms (Arabic and Persian yeh, kaf and
 * keheh, the heh of Arabic and Urdu): a glyph's ToUnicode names one of them, so they count as one.
 */
const ARABIC_LOOKALIKES: Readonly<Record<string, string>> = {
  "\u06CC": "\u064A", // Farsi yeh
  "\u0649": "\u064A", // alef maksura
  "\u06D2": "\u064A", // yeh barree
  "\u06A9": "\u0643", // keheh
  "\u06C1": "\u0647", // heh goal
  "\u06BE": "\u0647", // heh doachashmee
  "\u06D5": "\u0647", // ae
};

/**
 * `printed` is what each PDF page draws (count-printed-text.ts), `pageTexts` each laid-out page's article text
 * with Latin or Arabic-script letters, a line per piece (page/check-integrity.js). A page is short when it draws
 * fewer of some letter than its laid-out text holds; the PDF may draw more (running heads, page numbers,
 * mastheads), never less. Pages the PDF does not read with certainty, or a PDF whose page count differs, are not
 * checked. Arabic-script letters are compared with `arabic`: the caller leaves them out where lines have
 * invisible twins (Nastaliq), whose text layer does not read back letter for letter.
 */
export function findTextLostInPrint(printed: readonly (PrintedText | undefined)[], pageTexts: readonly string[], { arabic }: { arabic: boolean }): TextLostInPrint[] {
  if (printed.length !== pageTexts.length) return [];
  const lost: TextLostInPrint[] = [];
  // Letters are counted by their UTF-16 code in a typed array, and each character's folding is kept by its code,
  // as the one letter it folds to (most characters), none, or several: a 190-page issue's text is 800,000
  // characters, folded in 10 ms so. Letters outside the BMP are left out on both sides.
  const folded = new Int32Array(0x10000).fill(UNKNOWN);
  const several = new Map<number, number[]>();
  const foldCode = (code: number): number => {
    const letters = foldLetters(String.fromCharCode(code), arabic).map((letter) => letter.charCodeAt(0));
    if (letters.length > 1) several.set(code, letters);
    return (folded[code] = letters.length === 1 ? (letters[0] as number) : letters.length === 0 ? NONE : SEVERAL);
  };
  // A page draws a hundred or so distinct pieces, most of them on every page.
  const pieceFolds = new Map<string, number[]>();
  const foldPiece = (piece: string) => {
    let letters = pieceFolds.get(piece);
    if (!letters) pieceFolds.set(piece, (letters = foldLetters(piece, arabic).map((letter) => letter.charCodeAt(0))));
    return letters;
  };
  const available = new Int32Array(0x10000);
  /** Takes `letter` from what the page draws; false if none is left. */
  const take = (letter: number) => {
    const left = available[letter] ?? 0;
    available[letter] = left - 1;
    return left > 0;
  };
  pageTexts.forEach((text, index) => {
    const drawn = printed[index];
    if (!drawn || !text) return;
    let arabicShort = 0;
    available.fill(0);
    for (const [piece, count] of drawn) for (const letter of foldPiece(piece)) available[letter] = (available[letter] ?? 0) + count;
    // The page's text takes its letters from what the page draws, in order: the first that finds one gone is quoted.
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      let letter = folded[code] as number;
      if (letter === UNKNOWN) letter = foldCode(code);
      if (letter === NONE) continue;
      const taken = letter === SEVERAL ? (several.get(code) ?? []).every(take) : take(letter);
      // A few Arabic-script letters short is the text layer's naming, not a lost line (see ARABIC_TOLERANCE).
      if (!taken && arabic && ARABIC.test(text[at] ?? "") && ++arabicShort <= ARABIC_TOLERANCE) continue;
      if (!taken) {
        lost.push({ page: index + 1, near: quoteFrom(text, at) });
        return;
      }
    }
  });
  return lost;
}

/** About eight words of the line of `text` holding its character at `index`, from the start of that character's word. */
function quoteFrom(text: string, index: number): string {
  const lineStart = text.lastIndexOf("\n", index) + 1;
  const lineEnd = text.indexOf("\n", index);
  let start = index;
  while (start > lineStart && !/\s/u.test(text[start - 1] ?? "")) start -= 1;
  return text
    .slice(start, lineEnd < 0 ? text.length : lineEnd)
    .replace(/\u00AD/g, "")
    .trim()
    .split(/\s+/)
    .slice(0, 8)
    .join(" ");
}

/** The warning for a page (or a leaflet's panel) of `edition`'s PDF missing text, for an editor. */
export function describeTextLostInPrint(lost: TextLostInPrint, edition: string, unit: "page" | "panel"): BuildWarning {
  const where = `${unit} ${lost.page}`;
  return {
    code: "text-lost-in-print",
    message: `${where[0]?.toUpperCase()}${where.slice(1)} of the ${edition} PDF is missing text that pressroom laid out on it, near the words “${lost.near}”: the browser printed it differently from its layout.`,
    hint: `Look at ${where} of the PDF near those words. Change the text just before them a little (a word or a line), or move a picture, and build again; if it persists, report it with the issue folder.`,
  };
}
