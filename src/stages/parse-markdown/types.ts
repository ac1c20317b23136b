// Data the parse-markdown stage produces: markdown-it tokens with line maps, per article.

import type { Token } from "markdown-it";
import type { Direction } from "../../config/languages.js";
import type { ArticleSource } from "../load-issue/types.js";
import type { IgnoredAttributes } from "./keep-plain-braces.js";

export interface ParsedArticle {
  source: ArticleSource;
  /** A stable id for anchors and outline entries, e.g. "01-harbour" or "01-harbour-ar". */
  id: string;
  lang: string;
  dir: Direction;
  tokens: Token[];
  /** markdown-it's environment after parsing (holds footnote definitions). */
  env: MarkdownEnv;
}

export interface MarkdownEnv {
  /** Settings in braces applied without the attributes pressroom does not accept (keep-plain-braces.ts). */
  ignoredAttributes?: IgnoredAttributes[];
  footnotes?: {
    refs?: Record<string, number>;
    list?: { label?: string; count: number; content?: string; tokens?: Token[] }[];
  };
}

export interface ParsedIssue {
  articles: ParsedArticle[];
  /** The editorial under issue.md's front matter, when it has text. */
  editorial: ParsedArticle | null;
  /** The editorial's translations, from issue.<lang>.md files. */
  editorialTranslations: ParsedArticle[];
}
