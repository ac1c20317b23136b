// Pairs each article with its translation for a parallel edition, or marks it as printed in one language only (pure).

import type { ParsedArticle } from "../parse-markdown/types.js";
import { groupTranslations, pickVersion, type EditionArticle } from "./plan-language.js";

/** A row of a parallel edition: an article and its translation side by side, or one article across both sides. */
export type ParallelItem =
  | { kind: "pair"; articles: [ParsedArticle, ParsedArticle] }
  | { kind: "alone"; entry: EditionArticle; side: 0 | 1 | null };

export function pairArticles(articles: ParsedArticle[], pair: [string, string], omitUntranslated: boolean): ParallelItem[] {
  return groupTranslations(articles).flatMap((group): ParallelItem[] => {
    const first = pickVersion(group, pair[0]);
    const second = pickVersion(group, pair[1]);
    if (!first.untranslated && !second.untranslated && first.article !== second.article) {
      return [{ kind: "pair", articles: [first.article, second.article] }];
    }
    if (omitUntranslated) return [];
    // In one side's language only: it is untranslated for the other side's readers.
    if (!first.untranslated) return [{ kind: "alone", entry: { article: first.article, untranslated: true }, side: 0 }];
    if (!second.untranslated) return [{ kind: "alone", entry: { article: second.article, untranslated: true }, side: 1 }];
    return [{ kind: "alone", entry: first, side: null }];
  });
}
