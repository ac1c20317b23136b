// Marks each block whose text runs against its article's direction with dir (and lang when it is clear).

import type { Token } from "markdown-it";
import { getLanguageDirection, type Direction } from "../../config/languages.js";
import type { ParsedArticle, ParsedIssue } from "../parse-markdown/types.js";
import { createDirectionDetector, type DirectionDetector } from "./detect-direction.js";

/** Language per direction when the issue names exactly one language of that direction. */
export type LanguageByDirection = Partial<Record<Direction, string>>;

export function analyzeText(parsed: ParsedIssue, languages: string[]): ParsedIssue {
  const detector = createDirectionDetector();
  const byDirection = pickLanguagePerDirection(languages);
  const annotate = (article: ParsedArticle) => annotateArticle(article, detector, byDirection);
  return { articles: parsed.articles.map(annotate), editorial: parsed.editorial ? annotate(parsed.editorial) : null };
}

export function pickLanguagePerDirection(languages: string[]): LanguageByDirection {
  const result: LanguageByDirection = {};
  for (const direction of ["ltr", "rtl"] as const) {
    const matching = languages.filter((lang) => getLanguageDirection(lang) === direction);
    if (matching.length === 1) result[direction] = matching[0];
  }
  return result;
}

function annotateArticle(article: ParsedArticle, detector: DirectionDetector, byDirection: LanguageByDirection): ParsedArticle {
  const tokens = article.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const open = tokens[i] as Token;
    const inline = tokens[i + 1] as Token;
    if (open.nesting !== 1 || !open.block || inline.type !== "inline") continue;
    // A tight list hides its paragraphs' tags, so the attributes go on the list item instead.
    const target = open.hidden && tokens[i - 1]?.type === "list_item_open" ? (tokens[i - 1] as Token) : open;
    if (target.attrGet("dir")) continue; // an editor's {dir=...} wins
    const direction = detector.detectDirection(inline.content);
    if (!direction || direction === article.dir) continue;
    target.attrSet("dir", direction);
    const lang = byDirection[direction];
    if (lang && !target.attrGet("lang")) target.attrSet("lang", lang);
  }
  return article;
}
