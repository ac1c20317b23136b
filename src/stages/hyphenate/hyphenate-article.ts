// Puts soft hyphens into an article's body text, per the language of each block and run (pure apart from the tokens it rewrites).

import type { Token } from "markdown-it";
import type { ParsedArticle } from "../parse-markdown/types.js";
import { hyphenateWords } from "./hyphenate-words.js";
import type { FindBreaks } from "./load-hyphenator.js";

export interface ArticleHyphenation {
  /** The break finder for a language, or null when that language is not hyphenated. */
  findHyphenator: (lang: string) => FindBreaks | null;
  /** Words never broken, lower-cased (issue.md `hyphenate: { never: [...] }`). */
  never: ReadonlySet<string>;
}

/** The class an editor writes ({.nohyphenate}) on a paragraph or an emphasis to keep its words whole. */
export const NO_HYPHENATE_CLASS = "nohyphenate";

/**
 * Blocks whose text is not hyphenated: headings and captions are display type set ragged, pull quotes
 * are short and large, code is never broken. Only body text, list items, quotes, table cells and notes are.
 */
const SKIPPED_BLOCKS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "pre", "code", "aside"]);
/** Token types skipped whatever their tag (markdown-it-container gives `::: pullquote` the tag "div"). */
const SKIPPED_TYPES = new Set(["container_pullquote_open"]);
/** Inline elements whose text stays whole: link text is often a URL or a name, code is literal. */
const SKIPPED_INLINE = new Set(["a", "code", "kbd", "samp", "var"]);

interface Scope {
  lang: string;
  /** Display type, code, links, or marked {.nohyphenate}. */
  skip: boolean;
  /** Inside a right-to-left block. */
  rtl: boolean;
}

/** Rewrites the text tokens of `article` in place (its tokens are this build's own) and returns it. */
export function hyphenateArticle(article: ParsedArticle, options: ArticleHyphenation): ParsedArticle {
  const blocks: Scope[] = [{ lang: article.lang, skip: false, rtl: article.dir === "rtl" }];
  for (const token of article.tokens) {
    if (token.nesting === 1) blocks.push(enterBlock(blocks.at(-1) as Scope, token));
    else if (token.nesting === -1) blocks.pop();
    else if (token.type === "inline" && token.children) hyphenateInline(token.children, blocks.at(-1) as Scope, options);
  }
  return article;
}

function hyphenateInline(children: Token[], block: Scope, options: ArticleHyphenation): void {
  if (block.skip || block.rtl) return;
  const scopes: Scope[] = [block];
  for (const child of children) {
    const scope = scopes.at(-1) as Scope;
    if (child.type === "html_inline") {
      const opened = readHtmlTag(child.content);
      if (opened === "close") scopes.pop();
      else if (opened) scopes.push(enterScope(scope, null, opened.tag, opened.lang, opened.className));
    } else if (child.nesting === 1) scopes.push(enterScope(scope, child, child.tag));
    else if (child.nesting === -1) scopes.pop();
    else if (child.type === "text" && !scope.skip) {
      const findBreaks = options.findHyphenator(scope.lang);
      if (findBreaks) child.content = hyphenateWords(child.content, { findBreaks, never: options.never });
    }
  }
}

/**
 * The scope inside a block. A right-to-left block is never hyphenated, not even a Latin name in it: a word
 * broken inside an isolated left-to-right run of an Arabic line reads in pieces. A left-to-right block inside
 * one (an English paragraph in an Arabic article) is.
 */
function enterBlock(outer: Scope, token: Token): Scope {
  const dir = token.attrGet("dir")?.toLowerCase();
  return { ...enterScope(outer, token, token.tag), rtl: dir === "rtl" ? true : dir === "ltr" ? false : outer.rtl };
}

/** The scope inside an element: its own lang if it has one, skipped if its tag or class says so. */
function enterScope(outer: Scope, token: Token | null, tag: string, lang?: string, className?: string): Scope {
  const ownLang = lang ?? token?.attrGet("lang") ?? undefined;
  const classes = (className ?? token?.attrGet("class") ?? "").split(/\s+/);
  const skipped = SKIPPED_TYPES.has(token?.type ?? "") || SKIPPED_BLOCKS.has(tag) || SKIPPED_INLINE.has(tag) || classes.includes(NO_HYPHENATE_CLASS);
  return { lang: ownLang || outer.lang, skip: outer.skip || skipped, rtl: outer.rtl };
}

/**
 * The element a raw inline tag opens (the analyse stage's `<span dir lang>` isolates, or an editor's raw
 * HTML when allowed), "close" for a closing tag, null for a tag that encloses nothing (<br>, <img>).
 */
function readHtmlTag(html: string): { tag: string; lang?: string; className?: string } | "close" | null {
  if (/^<\//.test(html)) return "close";
  const match = /^<([A-Za-z][A-Za-z0-9-]*)([^>]*?)(\/?)>$/.exec(html.trim());
  if (!match || match[3] === "/" || /^(br|img|wbr|hr|input)$/i.test(match[1] as string)) return null;
  const attributes = match[2] ?? "";
  return {
    tag: (match[1] as string).toLowerCase(),
    lang: /\slang\s*=\s*"([^"]*)"/i.exec(attributes)?.[1],
    className: /\sclass\s*=\s*"([^"]*)"/i.exec(attributes)?.[1],
  };
}
