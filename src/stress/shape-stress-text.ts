// Cuts the collected paragraphs into what a generated article needs: paragraphs of a length, sentences, headlines, words.

import type { BenchText } from "../bench/collect-bench-text.js";

/** Reads one language's paragraphs in turn from a starting place, as many articles' worth as asked, starting again at the first when they run out. */
export interface TextCursor {
  /** The next paragraph no longer than `max` characters (any, when the language has none so short). */
  paragraph(max?: number): string;
  /** The next paragraph's first sentence. */
  sentence(): string;
  /** The next paragraph's first words, at most `count`, without closing punctuation. */
  words(count: number): string;
}

export function openText(text: BenchText, lang: string, offset: number): TextCursor {
  const pool = text.get(lang);
  if (!pool?.length) throw new Error(`The stress run has no ${lang} text: it plans only languages the corpus or the project's issues have.`);
  let index = offset;
  const next = () => cleanProse(pool[index++ % pool.length] as string);
  return {
    paragraph(max = Infinity) {
      for (let tries = 0; tries < pool.length; tries++) {
        const candidate = next();
        if (candidate.length <= max) return candidate;
      }
      return next();
    },
    sentence: () => cutFirstSentence(next()),
    words: (count) => cutFirstWords(next(), count),
  };
}

/**
 * A paragraph's text with what Markdown or the page would read as markup made plain: the corpus quotes editors'
 * insertions in brackets ("[that is, the Soviets]"), which is text, but a bracket before a parenthesis is a link.
 */
function cleanProse(paragraph: string): string {
  return paragraph.replace(/\](?=\()/g, "] ").replace(/[<>{}|]/g, " ").replace(/\s+/g, " ").trim();
}

export function cutFirstSentence(paragraph: string): string {
  const sentence = /^.{20,200}?[.!?۔؟](\s|$)/u.exec(paragraph)?.[0] ?? paragraph.slice(0, 160).replace(/\s+\S*$/u, "");
  return sentence.trim();
}

/**
 * The paragraph's first sentences, as many as keep it within `length` characters and at least one (the whole
 * paragraph when it is that short already, or has no sentence end to cut at).
 */
export function cutToSentences(paragraph: string, length: number): string {
  if (paragraph.length <= length) return paragraph;
  const sentences = paragraph.match(/[^.!?۔؟]+[.!?۔؟]+["”’»)]*(\s+|$)/gu);
  if (!sentences || sentences.join("").length !== paragraph.length) return paragraph;
  let cut = sentences[0] as string;
  for (const sentence of sentences.slice(1)) {
    if ((cut + sentence).trimEnd().length > length) break;
    cut += sentence;
  }
  return cut.trim();
}

/** Words for a headline, subheading, kicker or table cell: no Markdown signs, no closing punctuation. */
export function cutFirstWords(paragraph: string, count: number): string {
  const words = paragraph.replace(/[*_`#[\]()"“”«»’‘]/g, "").split(/\s+/).filter(Boolean).slice(0, count).join(" ");
  return words.replace(/[\s,;:.،؛۔!?؟-]+$/u, "") || "…";
}
