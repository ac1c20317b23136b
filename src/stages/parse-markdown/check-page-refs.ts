// Checks that every page reference, [#](#name), names an article, heading or figure in the issue (pure).

import type { Token } from "markdown-it";
import { ContentError, type SourceLocation } from "../../diagnostics/errors.js";
import { listArticleNames } from "./article-anchors.js";
import { locateInBlock, walkInline } from "./check-references.js";
import { PAGE_REF_TOKEN } from "./page-ref-rule.js";
import type { ParsedArticle } from "./types.js";

/** Raises for the first page reference whose target nothing in the issue is called. */
export function checkPageRefs(articles: ParsedArticle[], editorials: ParsedArticle[]): void {
  const known = new Set<string>(articles.flatMap((article) => listArticleNames(article.source.slug)));
  for (const article of [...articles, ...editorials]) {
    for (const token of walkTokens(article.tokens)) {
      const id = token.attrGet("id");
      if (id) known.add(id);
    }
  }
  for (const article of [...articles, ...editorials]) {
    for (const { token, line } of walkInline(article.tokens)) {
      if (token.type !== PAGE_REF_TOKEN) continue;
      const target = String(token.meta?.target ?? "");
      if (known.has(target) || known.has(target.toLowerCase())) continue;
      throw new ContentError("page-ref-unknown", `Nothing in this issue is called "#${target}", so the page it is on cannot be printed.`, {
        hint:
          "Name an article by its file name without the number and .md (e.g. [#](#underpass-mural)), or a heading or picture " +
          "you gave an id by writing {#name} after it. Names must match exactly.",
        location: locateRef(article, line, target),
      });
    }
  }
}

function* walkTokens(tokens: Token[]): Generator<Token> {
  for (const token of tokens) {
    yield token;
    if (token.children) yield* walkTokens(token.children);
  }
}

/** The reference's name, just after the "(#" of `(#name)` on its block's lines; the block's first line if not there. */
function locateRef(article: ParsedArticle, bodyLine: number, target: string): SourceLocation {
  const needle = `(#${target}`;
  const found = locateInBlock(article.source, bodyLine, needle);
  const onLine = (article.source.file.text.split("\n")[(found.line ?? 1) - 1] ?? "").includes(needle);
  return onLine ? { ...found, column: (found.column ?? 1) + 1 } : found;
}
