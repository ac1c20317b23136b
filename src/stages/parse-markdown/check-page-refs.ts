// Checks that every page reference, [#](#name), names an article, heading or figure in the issue (pure).

import type { Token } from "markdown-it";
import { ContentError, type SourceLocation } from "../../diagnostics/errors.js";
import { locateOnLine } from "../../diagnostics/locate.js";
import { listArticleNames } from "./article-anchors.js";
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
    let line = 0;
    for (const block of article.tokens) {
      if (block.map) line = block.map[0];
      for (const child of block.children ?? []) {
        if (child.type !== PAGE_REF_TOKEN) continue;
        const target = String(child.meta?.target ?? "");
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
}

function* walkTokens(tokens: Token[]): Generator<Token> {
  for (const token of tokens) {
    yield token;
    if (token.children) yield* walkTokens(token.children);
  }
}

/** The reference's `(#name)` on its block's first line or the lines after it. */
function locateRef(article: ParsedArticle, bodyLine: number, target: string): SourceLocation {
  const { file, bodyLineOffset } = article.source;
  const lines = file.text.split("\n");
  const needle = `(#${target}`;
  const first = bodyLine + bodyLineOffset + 1;
  for (let line = first; line < Math.min(first + 40, lines.length + 1); line++) {
    if ((lines[line - 1] ?? "").includes(needle)) {
      const found = locateOnLine(file.display, file.text, line, needle);
      return { ...found, column: (found.column ?? 1) + 1 };
    }
  }
  return { file: file.display, line: first, column: 1 };
}
