// Writes issue files crowded with footnotes (calls near column and page ends, notes short to very long) for the footnote tests.

import { ARABIC, LATIN } from "./word-lists.js";

export interface FootnoteFixture {
  /** Article files (name -> Markdown). */
  files: Record<string, string>;
  /** Every note in call order: its number through the edition and the lengths written. */
  notes: { number: number; words: number }[];
}

export interface FootnoteFixtureOptions {
  lang: "en" | "ar";
  articles: number;
  notesPerArticle: number;
  /** Article-level `notes:` setting to write into each article's front matter, if any. */
  articleNotes?: "foot" | "end";
  /** Caps note lengths (words): an A5 page foot cannot hold the 1100-word note. */
  longestNote?: number;
}

/** Unique, script-neutral marker words a test can find with pdftotext: the call's and the note's first and last. */
export const markCall = (n: number) => `zqcall${String(n).padStart(2, "0")}`;
export const markNoteStart = (n: number) => `zqnote${String(n).padStart(2, "0")}`;
export const markNoteEnd = (n: number) => `zqend${String(n).padStart(2, "0")}`;

/** Filler text of `count` words, deterministic from `seed`, in the fixture's language. */
function fill(lang: "en" | "ar", count: number, seed: number): string {
  const words = lang === "ar" ? ARABIC : LATIN;
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(words[(seed * 7 + i * 5) % words.length] as string);
  return out.join(" ");
}

/**
 * Note lengths cycle through short, medium, long and (every ninth) very long notes that cannot fit the
 * page foot whole and must split; paragraph lengths vary so calls fall at every height of the column.
 */
export function makeFootnoteArticles(options: FootnoteFixtureOptions): FootnoteFixture {
  const files: Record<string, string> = {};
  const notes: FootnoteFixture["notes"] = [];
  const noteLengths = [4, 25, 60, 12, 250, 3, 40, 8, 1100];
  let number = 0;
  for (let a = 1; a <= options.articles; a++) {
    const front = ["---", `title: ${options.lang === "ar" ? "مقال الحواشي" : "Footnote article"} ${a}`];
    if (options.lang === "ar") front.push("lang: ar");
    if (options.articleNotes) front.push(`notes: ${options.articleNotes}`);
    front.push("---", "");
    const paragraphs: string[] = [];
    const definitions: string[] = [];
    for (let k = 1; k <= options.notesPerArticle; k++) {
      number += 1;
      const words = Math.min(noteLengths[(number - 1) % noteLengths.length] as number, options.longestNote ?? Infinity);
      notes.push({ number, words });
      // Paragraph length varies between about 20 and 200 words, with the call near its end.
      const before = 15 + ((number * 37) % 180);
      paragraphs.push(`${fill(options.lang, before, number)} ${markCall(number)}[^n${k}] ${fill(options.lang, 5, number + 3)}.`);
      definitions.push(`[^n${k}]: ${markNoteStart(number)} ${fill(options.lang, words, number + 11)} ${markNoteEnd(number)}.`);
    }
    files[`${String(a).padStart(2, "0")}-notes.md`] = [...front, paragraphs.join("\n\n"), "", definitions.join("\n"), ""].join("\n");
  }
  return { files, notes };
}
