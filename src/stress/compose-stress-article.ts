// Writes the Markdown of one planned article and its translations, each in its own language's text, alike in its parts (pure).

import type { BenchText } from "../bench/collect-bench-text.js";
import type { ArticlePlan, PicturePlan } from "./plan-stress-issue.js";
import { writeFrontMatter } from "../bench/write-front-matter.js";
import { cutToSentences, openText, type TextCursor } from "./shape-stress-text.js";

export interface ComposedFile {
  /** The file's name in the issue folder. */
  file: string;
  source: string;
}

/** The picture files each shape is written as (write-stress-pictures.ts makes them). */
export const PICTURE_FILES: Record<PicturePlan["shape"], string> = {
  photo: "photo.jpg",
  square: "square.png",
  tall: "tall.png",
  panorama: "panorama.png",
  drawing: "drawing.svg",
};

/**
 * How much more room a character of these languages takes than one of English in the sheet and leaflet layouts, as
 * measured by building generated sheets (Urdu's Nastaliq sets tall lines): a fitted edition's translation is that
 * much shorter, as a translator asked to fit the same sheet would make it, so that every edition can be fitted.
 * (Persian 1.15 and Arabic 1.1 while slots overshot their length; with slots cut to it, their sheets came out underfilled.)
 */
const FITTED_ROOM: Readonly<Record<string, number>> = { ur: 1.65, fa: 1.05, ar: 1 };

/** The article in its own language first, then each translation, whose paragraphs are as long as the original's. */
export function composeStressArticle(article: ArticlePlan, text: BenchText, date: string): ComposedFile[] {
  const room = (lang: string) => (article.characters === undefined ? 1 : (FITTED_ROOM[lang] ?? 1));
  const share = article.characters === undefined ? 0 : article.characters / article.paragraphs / room(article.lang);
  const original = fillSlots(openText(text, article.lang, article.offset), article, () => share);
  const files = [{ file: `${article.name}.md`, source: writeArticle(article, article.lang, original, text, date, true) }];
  for (const [index, lang] of article.translations.entries()) {
    const ratio = room(article.lang) / room(lang);
    const slots = fillSlots(openText(text, lang, article.offset + 97 * (index + 1)), article, (slot) => (original[slot] ?? []).join(" ").length * ratio);
    files.push({ file: `${article.name}.${lang}.md`, source: writeArticle(article, lang, slots, text, date, false) });
  }
  return files;
}

/**
 * The body's paragraphs, slot by slot: a slot is where the plan's parts (subheadings, pictures, the jump) are placed
 * around. A translation fills each slot to the original's length, with its own language's shorter or longer paragraphs.
 */
function fillSlots(cursor: TextCursor, article: ArticlePlan, targetOf: (slot: number) => number): string[][] {
  return Array.from({ length: article.paragraphs }, (_, index) => {
    const target = targetOf(index);
    const slot = [cursor.paragraph(article.maxParagraph)];
    // 0.8: a slot one short paragraph under its target is nearer it than one a whole paragraph over.
    while (slot.join(" ").length < target * 0.8) slot.push(cursor.paragraph(article.maxParagraph));
    // A sheet's or leaflet's slot ends with its target, its last paragraph cut at a sentence: paragraphs of up to 700
    // characters in slots of about 450 made a quarter of the generated sheets' editions too long to fit at any size.
    if (article.characters !== undefined) {
      const last = slot.length - 1;
      slot[last] = cutToSentences(slot[last] as string, target - slot.slice(0, last).join(" ").length);
    }
    return slot;
  });
}

function writeArticle(article: ArticlePlan, lang: string, slots: string[][], text: BenchText, date: string, original: boolean): string {
  // The heads and parts come from their own place in the language's text, not from the body's paragraphs.
  const heads = openText(text, lang, article.offset + 5000);
  const jumps = article.jumpAfter !== undefined && (original || article.jumpTranslated);
  const fields = {
    title: heads.words(8),
    lang,
    kicker: article.kicker ? heads.words(2) : undefined,
    standfirst: article.standfirst ? heads.sentence() : undefined,
    byline: article.byline ? heads.words(3) : undefined,
    date,
    columns: article.columns,
    jumphead: jumps && article.jumphead ? heads.words(3) : undefined,
  };
  const n = article.paragraphs;
  const subheadingSlots = new Set(Array.from({ length: article.subheadings }, (_, k) => Math.max(1, Math.round(((k + 1) * n) / (article.subheadings + 1)))));
  const noteSlots = Array.from({ length: article.footnotes }, (_, k) => Math.min(n - 1, Math.floor(((k + 0.5) * n) / article.footnotes)));
  // A pull quote inside the story (not opening or ending it, nor opening the rest after a jump: `pullquote-placement`).
  const pullquoteSlot = article.pullquote ? [...Array(n).keys()].slice(1, n - 1).find((slot) => slot !== article.jumpAfter && !subheadingSlots.has(slot + 1)) : undefined;
  const listSlot = article.list ? Math.min(n - 1, 1) : undefined;
  const tableSlot = article.table ? Math.floor(n / 2) : undefined;
  const quoteSlot = article.quote ? Math.max(0, n - 2) : undefined;
  const blocks: string[] = [];
  let note = 0;
  for (const [index, paragraphs] of slots.entries()) {
    if (subheadingSlots.has(index)) blocks.push(`### ${heads.words(5)}`);
    const calls = noteSlots.filter((slot) => slot === index).map(() => `[^${++note}]`).join("");
    blocks.push(...paragraphs.slice(0, -1), `${paragraphs.at(-1) ?? ""}${calls}`);
    if (jumps && article.jumpAfter === index) blocks.push("<!-- jump -->");
    for (const picture of article.pictures.filter((picture) => picture.after === index)) blocks.push(writePicture(picture, heads));
    if (listSlot === index) blocks.push(writeList(article.list ?? "bullets", heads));
    if (tableSlot === index && article.table) blocks.push(...writeTable(article.table, heads, article.offset));
    if (quoteSlot === index) blocks.push(`> ${heads.paragraph(500)}`);
    if (pullquoteSlot === index) blocks.push(`::: pullquote\n${heads.sentence()}\n:::`);
  }
  const notes = Array.from({ length: note }, (_, k) => `[^${k + 1}]: ${heads.sentence()}`);
  return writeFrontMatter(fields) + [...blocks, ...notes].join("\n\n") + "\n";
}

function writePicture(picture: PicturePlan, heads: TextCursor): string {
  const caption = heads.sentence().replace(/"/g, "");
  const attributes = [...picture.placement.map((name) => `.${name}`), ...(picture.credit ? [`credit="${picture.shape === "drawing" ? "Drawing" : "Photo"}: stress desk"`] : [])];
  return `![${heads.words(6)}](images/${PICTURE_FILES[picture.shape]} "${caption}")${attributes.length ? `{${attributes.join(" ")}}` : ""}`;
}

function writeList(kind: "bullets" | "numbers", heads: TextCursor): string {
  return Array.from({ length: 4 }, (_, k) => `${kind === "numbers" ? `${k + 1}.` : "-"} ${heads.sentence()}`).join("\n");
}

/** A small table of words and figures, the figures right-aligned; across all the columns with `{.span-all}` under it. */
function writeTable(table: { rows: number; spanAll: boolean }, heads: TextCursor, offset: number): string[] {
  const head = `| ${heads.words(2)} | ${heads.words(1)} | ${heads.words(1)} |`;
  const rows = Array.from({ length: table.rows }, (_, row) => `| ${heads.words(3)} | ${(offset * (row + 3)) % 997} | ${((offset + row * 131) % 9000) / 100} |`);
  const markdown = [head, "|---|--:|--:|", ...rows].join("\n");
  return table.spanAll ? [markdown, "{.span-all}"] : [markdown];
}
