// Gives blocks written against their surroundings' direction dir (and lang when clear), and isolates opposite-direction runs in them.

import type { Token } from "markdown-it";
import { getLanguageDirection, type Direction } from "../../config/languages.js";
import type { ParsedArticle, ParsedIssue } from "../parse-markdown/types.js";
import { createDirectionDetector, type DirectionDetector } from "./detect-direction.js";
import { flattenInline } from "./flatten-inline.js";
import { isolateRuns } from "./isolate-runs.js";
import { pickRunLanguage } from "./pick-run-language.js";
import { resolveBlockDirection } from "./resolve-block-direction.js";

/** Language per direction when the issue names exactly one language of that direction. */
export type LanguageByDirection = Partial<Record<Direction, string>>;

interface AnalyzeTools {
  detector: DirectionDetector;
  byDirection: LanguageByDirection;
  languages: string[];
}

export function analyzeText(parsed: ParsedIssue, languages: string[]): ParsedIssue {
  const tools: AnalyzeTools = { detector: createDirectionDetector(), byDirection: pickLanguagePerDirection(languages), languages };
  const annotate = (article: ParsedArticle) => annotateArticle(article, tools);
  return {
    articles: parsed.articles.map(annotate),
    editorial: parsed.editorial ? annotate(parsed.editorial) : null,
    editorialTranslations: parsed.editorialTranslations.map(annotate),
  };
}

export function pickLanguagePerDirection(languages: string[]): LanguageByDirection {
  const result: LanguageByDirection = {};
  for (const direction of ["ltr", "rtl"] as const) {
    const matching = languages.filter((lang) => getLanguageDirection(lang) === direction);
    if (matching.length === 1) result[direction] = matching[0];
  }
  return result;
}

/**
 * Walks the block tokens keeping the direction each open block is laid out in, so a paragraph inside a
 * blockquote the editor marked {dir=rtl} is judged against rtl, not against the article. Every block
 * with inline content (paragraphs, headings, table cells, list items, footnote bodies, figure captions)
 * gets its direction resolved, then its opposite-direction runs isolated.
 */
function annotateArticle(article: ParsedArticle, tools: AnalyzeTools): ParsedArticle {
  const tokens = article.tokens;
  const directions: Direction[] = [];
  const around = () => directions.at(-1) ?? article.dir;
  const context = { articleLang: article.lang, languages: tools.languages };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.nesting === 1) directions.push(readDirAttribute(token) ?? around());
    else if (token.nesting === -1) directions.pop();
    else if (token.type === "inline" && token.children) {
      const flat = flattenInline(token.children);
      annotateBlock(tokens, i, flat.text, directions, article.dir, tools);
      token.children = isolateRuns(token.children, flat, {
        base: around(),
        getCharType: tools.detector.getCharType,
        pickLanguage: (direction, text) => pickRunLanguage(direction, text, context),
      });
    }
  }
  return article;
}

/**
 * Resolves the direction of the block that holds the inline token at `index` (whose visible text is
 * `text`), sets dir (and lang) on it when that differs from the direction around it, and records the
 * direction on the stack of open blocks.
 */
function annotateBlock(tokens: Token[], index: number, text: string, directions: Direction[], articleDir: Direction, tools: AnalyzeTools): void {
  const open = tokens[index - 1];
  if (!open || open.nesting !== 1) return;
  // A tight list hides its paragraphs' tags, so the attributes go on the list item instead.
  const inList = open.hidden && tokens[index - 2]?.type === "list_item_open";
  const target = inList ? (tokens[index - 2] as Token) : open;
  const outer = directions[directions.length - (inList ? 3 : 2)] ?? articleDir;
  const written = target.attrGet("dir")?.toLowerCase();
  // An editor's {dir=ltr|rtl} wins; {dir=auto} is left to the browser, which takes the first strong character.
  const direction =
    readDirAttribute(target) ??
    (written === "auto" ? tools.detector.detectDirection(text) ?? outer : resolveBlockDirection(tools.detector.measureDirection(text), outer));
  if (!written && direction !== outer) {
    target.attrSet("dir", direction);
    const lang = tools.byDirection[direction];
    if (lang && !target.attrGet("lang")) target.attrSet("lang", lang);
  }
  directions[directions.length - 1] = direction;
  if (inList) directions[directions.length - 2] = direction;
}

function readDirAttribute(token: Token): Direction | null {
  const dir = token.attrGet("dir")?.toLowerCase();
  return dir === "ltr" || dir === "rtl" ? dir : null;
}
