// The hyphenate stage: soft hyphens in the body text of every article and editorial, as the issue and each article allow.

import type { IssueFrontMatter } from "../../config/front-matter-schema.js";
import type { ParsedArticle, ParsedIssue } from "../parse-markdown/types.js";
import { hyphenateArticle, type ArticleHyphenation } from "./hyphenate-article.js";
import { createHyphenators } from "./load-hyphenator.js";

/**
 * Headless Chromium on Linux has no hyphenation dictionaries offline (`hyphens: auto` does nothing),
 * so breaks are decided here, at build time, and written into the text as soft hyphens: the browser
 * breaks a line at one only when it needs to, and shows a hyphen only there.
 */
export function hyphenateIssue(parsed: ParsedIssue, setting: IssueFrontMatter["hyphenate"]): ParsedIssue {
  if (setting === false) return parsed;
  const options: ArticleHyphenation = {
    findHyphenator: createHyphenators(),
    never: new Set(setting === true ? [] : setting.never.flatMap((entry) => entry.toLowerCase().split(/\s+/).filter(Boolean))),
  };
  const hyphenate = (article: ParsedArticle) => (article.source.meta.hyphenate === false ? article : hyphenateArticle(article, options));
  return {
    articles: parsed.articles.map(hyphenate),
    editorial: parsed.editorial ? hyphenate(parsed.editorial) : null,
    editorialTranslations: parsed.editorialTranslations.map(hyphenate),
  };
}
