// Refuses an article with two versions in one language: every edition would print one and leave the other out (pure).

import { nameLanguage } from "../../config/languages.js";
import { ContentError } from "../../diagnostics/errors.js";
import type { ArticleSource } from "./types.js";

/**
 * Each article (an original and its translations, which share a slug) may have one version per language. Two in
 * one language happen when the original has no `lang:` and so takes the first language, which one of its
 * translations is also in (`languages: [ar]` over 01-roof.md, in English, and 01-roof.ar.md): an edition in that
 * language then printed the first file and silently left the second out.
 */
export function checkTranslationLanguages(articles: readonly ArticleSource[], languages: readonly string[]): void {
  const seen = new Map<string, ArticleSource>();
  for (const article of articles) {
    const key = `${article.slug}\u0000${String(article.meta.lang).toLowerCase()}`;
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, article);
      continue;
    }
    const lang = String(article.meta.lang);
    const original = [earlier, article].find((version) => !version.fileLang);
    const first = languages[0] ?? "en";
    throw new ContentError(
      "article-same-language",
      `${earlier.file.name} and ${article.file.name} are both in ${nameLanguage(lang)} (${lang}), so an edition in ${nameLanguage(lang)} could print only one of them.`,
      {
        hint: original
          ? `Write in the front matter of ${original.file.name} the language it is in, e.g. \`lang: en\`: without a \`lang:\` an article is taken to be in the issue's first language (${first}). Or take out the version you do not want.`
          : `Take out the version you do not want, or rename the other after its own language.`,
        location: (original ?? article).locate(["lang"]),
      },
    );
  }
}
