// Decides which PDFs an issue makes and which version of each article goes into each one (pure).

import { getLanguageDirection, getPrimarySubtag, type Direction } from "../../config/languages.js";
import { ContentError } from "../../diagnostics/errors.js";
import type { IssueSource } from "../load-issue/types.js";
import type { ParsedArticle, ParsedIssue } from "../parse-markdown/types.js";

export interface EditionArticle {
  article: ParsedArticle;
  /** True when the edition wanted another language but this article has no translation into it. */
  untranslated: boolean;
}

export interface EditionPlan {
  /** The edition's name, also its output file name: output/<issue>/<code>.pdf. */
  code: string;
  lang: string;
  dir: Direction;
  articles: EditionArticle[];
}

export function planEditions(issue: IssueSource, parsed: ParsedIssue): EditionPlan[] {
  const codes = issue.meta.editions ?? issue.meta.languages;
  return codes.map((code, index) => {
    const lang = issue.meta.languages.find((candidate) => candidate.toLowerCase() === code.toLowerCase());
    if (!lang) {
      throw new ContentError("edition-unknown", `The edition "${code}" is not one of the issue's languages (${issue.meta.languages.join(", ")}).`, {
        hint: `List editions by language code, e.g. editions: [${issue.meta.languages.join(", ")}], or add "${code}" to languages.`,
        location: issue.locate(["editions", index]),
      });
    }
    return { code: lang, lang, dir: getLanguageDirection(lang), articles: pickArticles(parsed.articles, lang) };
  });
}

/** Per article group (an original and its translations), the version in `lang`, else the original. */
function pickArticles(articles: ParsedArticle[], lang: string): EditionArticle[] {
  const groups = new Map<string, ParsedArticle[]>();
  for (const article of articles) {
    const group = groups.get(article.source.slug) ?? [];
    group.push(article);
    groups.set(article.source.slug, group);
  }
  const wanted = getPrimarySubtag(lang);
  return [...groups.values()].map((group) => {
    const match = group.find((article) => article.lang.toLowerCase() === lang.toLowerCase())
      ?? group.find((article) => getPrimarySubtag(article.lang) === wanted);
    const original = group.find((article) => !article.source.fileLang) ?? (group[0] as ParsedArticle);
    return match ? { article: match, untranslated: false } : { article: original, untranslated: true };
  });
}
