// Lists where each picture is used in the issue's Markdown: the article and file:line:column (pure).

import type { Token } from "markdown-it";
import type { SourceLocation } from "../../diagnostics/errors.js";
import { locateInBlock, resolveRelative } from "../parse-markdown/check-references.js";
import type { ParsedArticle, ParsedIssue } from "../parse-markdown/types.js";

export interface ImageUse {
  /** The picture's path inside the issue folder, e.g. "images/harbour.jpg". */
  path: string;
  /** The article it is printed in (its data-article-id in the page). */
  articleId: string;
  location: SourceLocation;
  /** Its placement classes as written ({.span-2 .top}): how wide it may print. */
  classes: string[];
}

export function listImageUses(parsed: ParsedIssue): ImageUse[] {
  const articles = [...parsed.articles, ...(parsed.editorial ? [parsed.editorial] : []), ...parsed.editorialTranslations];
  return articles.flatMap((article) => listArticleImages(article));
}

function listArticleImages(article: ParsedArticle): ImageUse[] {
  const uses: ImageUse[] = [];
  // The figure rule moves a picture's placement classes onto its figure, which opens before it.
  let figureClasses: string[] = [];
  const visit = (tokens: Token[], line: number) => {
    let current = line;
    for (const token of tokens) {
      if (token.map) current = token.map[0];
      if (token.type === "figure_open") figureClasses = (token.attrGet("class") ?? "").split(/\s+/).filter((name) => name && name !== "figure");
      if (token.type === "figure_close") figureClasses = [];
      if (token.type === "image") {
        const src = token.attrGet("src") ?? "";
        const path = resolveRelative(src);
        const classes = [...figureClasses, ...(token.attrGet("class") ?? "").split(/\s+/).filter(Boolean)];
        if (path) uses.push({ path, articleId: article.id, location: locateInBlock(article.source, current, src), classes });
      }
      if (token.children) visit(token.children, current);
    }
  };
  visit(article.tokens, 0);
  // Footnotes keep their tokens apart from the body.
  for (const note of article.env.footnotes?.list ?? []) visit(note.tokens ?? [], 0);
  return uses;
}

/** The use of `path` in `articleId`, or the first use anywhere (a parallel page holds two articles under one id). */
export function findImageUse(uses: ImageUse[], path: string, articleId: string | undefined): ImageUse | undefined {
  return uses.find((use) => use.path === path && use.articleId === articleId) ?? uses.find((use) => use.path === path);
}
