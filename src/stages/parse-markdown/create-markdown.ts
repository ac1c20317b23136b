// Builds a fresh markdown-it instance with pressroom's syntax: footnotes, pull quotes, {.attrs}, figures.

import MarkdownIt, { type PluginWithOptions } from "markdown-it";
import type { RuleCore } from "markdown-it/lib/parser_core.mjs";
import markdownItAttrs from "markdown-it-attrs";
import markdownItContainer from "markdown-it-container";
import markdownItFootnote from "markdown-it-footnote";
import { getPrimarySubtag } from "../../config/languages.js";
import { CONTAINER_NAMES, isContainerName } from "./container-names.js";
import { addCommentRule } from "./comment-rule.js";
import { addFigureRule } from "./figure-rule.js";
import { addFrenchSpacingRule } from "./french-spacing-rule.js";
import { addJumpRule } from "./jump-rule.js";
import { addKeepPlainBracesRule } from "./keep-plain-braces.js";
import { addKeepUnusedDefinitionsRule } from "./keep-unused-definitions.js";
import { addLinkAddressRule } from "./link-address-rule.js";
import { addPageRefRule } from "./page-ref-rule.js";
import { addPastedBreakRule } from "./pasted-break-rule.js";
import { addPictureLineRule } from "./picture-line-rule.js";
import { addSpacedPictureRule } from "./spaced-picture-rule.js";
import { addSubheadingRule } from "./subheading-rule.js";
import { addTabTableRule } from "./tab-table-rule.js";
import { addUnderlinedParagraphRule } from "./underlined-paragraph-rule.js";

export interface MarkdownOptions {
  /** Raw HTML in Markdown is escaped unless a project opts in (untrusted input stays inert). */
  allowHtml: boolean;
  /** Quote characters for the language, e.g. "“”‘’"; typographic quotes follow the article's language. */
  quotes: string | [string, string, string, string];
  /** French text: the spaces written around « » and before ; : ! ? cannot break (french-spacing-rule.ts). */
  frenchSpacing?: boolean;
}

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
  for (const name of CONTAINER_NAMES) md.use(markdownItContainer, name, { validate: (params: string) => isContainerName(params, name) });
  // markdown-it-attrs types itself against markdown-it's CommonJS typings; the runtime is the same.
  const attrs = markdownItAttrs as unknown as PluginWithOptions<{ allowedAttributes: (string | RegExp)[] }>;
  md.use(attrs, { allowedAttributes: ALLOWED_ATTRIBUTES });
  addCommentRule(md);
  addSpacedPictureRule(md);
  addTabTableRule(md);
  addPastedBreakRule(md);
  addUnderlinedParagraphRule(md);
  addKeepPlainBracesRule(md, ALLOWED_ATTRIBUTES);
  addKeepUnusedDefinitionsRule(md);
  addPictureLineRule(md);
  addFigureRule(md);
  moveFootnoteTailAfter(md, "pressroom_figure");
  addJumpRule(md);
  addPageRefRule(md);
  addSubheadingRule(md);
  addLinkAddressRule(md);
  if (options.frenchSpacing) addFrenchSpacingRule(md);
  return md;
}

/**
 * markdown-it-footnote gathers the notes at the end of the article right after the inline pass, keeping only
 * those already called. A caption is parsed later, from its picture's title (figure-rule.ts): the note its call
 * named had been dropped, and the page foot printed the note's number with no text. The plugin exports no handle
 * on its rule, so it is taken from the chain by name and run again after `rule`.
 */
function moveFootnoteTailAfter(md: MarkdownIt, rule: string): void {
  const chain = (md.core.ruler as unknown as { __rules__: { name: string; fn: RuleCore }[] }).__rules__;
  const tail = chain.find((entry) => entry.name === "footnote_tail");
  if (!tail) throw new Error("markdown-it-footnote no longer names its rule footnote_tail: captions' notes would be lost");
  md.core.ruler.disable("footnote_tail");
  md.core.ruler.after(rule, "pressroom_footnote_tail", tail.fn);
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

/** Whether text in `lang` is set with French spacing around its punctuation (French in any country). */
export function isFrench(lang: string): boolean {
  return getPrimarySubtag(lang) === "fr";
}

/** Typographic quotes for a language (falls back to English quotes). */
export function getQuotes(lang: string): MarkdownOptions["quotes"] {
  return QUOTES[getPrimarySubtag(lang)] ?? "“”‘’";
}
