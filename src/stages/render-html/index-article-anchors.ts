// Maps the names an editor gives articles in page references to the ids of this edition's copies (pure).

import { listArticleNames } from "../parse-markdown/article-anchors.js";
import type { ParallelEdition, SingleEdition } from "../plan-editions/plan-editions.js";

/**
 * [#](#underpass-mural) points at whichever copy of that article this edition prints (its translation
 * in the Arabic edition, the side-by-side pair in a parallel one). Any other name is an element id
 * written with {#name}, kept as it is.
 */
export function indexArticleAnchors(edition: SingleEdition | ParallelEdition): (target: string) => string {
  const ids = new Map<string, string>();
  const add = (slug: string, id: string) => {
    for (const name of listArticleNames(slug)) if (!ids.has(name)) ids.set(name, id);
  };
  if (edition.kind === "single") for (const { article } of edition.articles) add(article.source.slug, article.id);
  else {
    for (const item of edition.items) {
      if (item.kind === "pair") add(item.articles[0].source.slug, item.articles[0].id);
      else add(item.entry.article.source.slug, item.entry.article.id);
    }
  }
  return (target) => ids.get(target.toLowerCase()) ?? target;
}
