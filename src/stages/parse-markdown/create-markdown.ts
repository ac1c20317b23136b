// Builds a fresh markdown-it instance with pressroom's syntax: footnotes, pull quotes, {.attrs}, figures.

import MarkdownIt, { type PluginWithOptions } from "markdown-it";
import markdownItAttrs from "markdown-it-attrs";
import markdownItContainer from "markdown-it-container";
import markdownItFootnote from "markdown-it-footnote";
import { addFigureRule } from "./figure-rule.js";
import { addJumpRule } from "./jump-rule.js";
import { addKeepPlainBracesRule } from "./keep-plain-braces.js";
import { addKeepUnusedDefinitionsRule } from "./keep-unused-definitions.js";
import { addPageRefRule } from "./page-ref-rule.js";
import { addSubheadingRule } from "./subheading-rule.js";

export interface MarkdownOptions {
  /** Raw HTML in Markdown is escaped unless a project opts in (untrusted input stays inert). */
  allowHtml: boolean;
  /** Quote characters for the language, e.g. "“”‘’"; typographic quotes follow the article's language. */
  quotes: string | [string, string, string, string];
}

/** Block containers an editor may open with `::: name`. */
export const CONTAINER_NAMES = ["pullquote"] as const;

/**
 * Attributes `{...}` may set: no event handlers or styles, so Markdown cannot script the page.
 * `credit` is read by the figure rule (printed after the caption) and never reaches the HTML.
 */
const ALLOWED_ATTRIBUTES = ["id", "class", "lang", "dir", "credit", /^data-[a-z0-9-]+$/];

/** A new instance per call: no plugin or rule state is shared between builds. */
export function createMarkdown(options: MarkdownOptions): MarkdownIt {
  const md = new MarkdownIt("commonmark", {
    html: options.allowHtml,
    linkify: false,
    typographer: true,
    quotes: options.quotes,
  });
  // "commonmark" preset leaves out tables and strikethrough; newsletters use both.
  md.enable(["table", "strikethrough", "replacements", "smartquotes"]);
  md.use(markdownItFootnote);
  for (const name of CONTAINER_NAMES) md.use(markdownItContainer, name);
  // markdown-it-attrs types itself against markdown-it's CommonJS typings; the runtime is the same.
  const attrs = markdownItAttrs as unknown as PluginWithOptions<{ allowedAttributes: (string | RegExp)[] }>;
  md.use(attrs, { allowedAttributes: ALLOWED_ATTRIBUTES });
  addKeepPlainBracesRule(md, ALLOWED_ATTRIBUTES);
  addKeepUnusedDefinitionsRule(md);
  addFigureRule(md);
  addJumpRule(md);
  addPageRefRule(md);
  addSubheadingRule(md);
  return md;
}

const QUOTES: Record<string, string | [string, string, string, string]> = {
  en: "“”‘’",
  es: "«»“”",
  fr: ["«\u202F", "\u202F»", "“", "”"],
  de: "„“‚‘",
  it: "«»“”",
  pt: "«»“”",
  ar: "«»“”",
  fa: "«»“”",
  ur: "“”‘’",
};

/** Typographic quotes for a language (falls back to English quotes). */
export function getQuotes(lang: string): MarkdownOptions["quotes"] {
  return QUOTES[lang.toLowerCase().split("-")[0] ?? ""] ?? "“”‘’";
}
