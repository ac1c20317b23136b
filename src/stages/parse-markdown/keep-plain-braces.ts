// markdown-it core rules around markdown-it-attrs: braces that set no attribute pressroom allows stay in the text, as written.

import type { default as MarkdownIt, StateCore, Token } from "markdown-it";
import { getAttrs } from "markdown-it-attrs/utils.js";

/**
 * Stands in for a `{` while markdown-it-attrs runs. markdown-it turns NUL into U+FFFD as it reads the source, so no
 * token holds one of its own.
 */
const HIDDEN_BRACE = "\u0000";
const DELIMITERS = { leftDelimiter: "{", rightDelimiter: "}" };

/**
 * markdown-it-attrs takes any `{...}` at the end of a paragraph, heading or list item for attributes and drops the
 * ones not allowed: "Call us {today}" printed "Call us", and "{ }" nothing (found by the property test on any
 * text). A group of braces that sets none of `allowed` (`.x` is a class and `#x` an id) is hidden from it, then
 * put back as text; a group with at least one allowed attribute is settings, as before (the others in it dropped).
 */
export function addKeepPlainBracesRule(md: MarkdownIt, allowed: readonly (string | RegExp)[]): void {
  const isAllowed = (key: string) => allowed.some((rule) => (typeof rule === "string" ? rule === key : rule.test(key)));
  const hide = (text: string) => (text.includes("{") ? hidePlainBraces(text, isAllowed) : text);
  const restore = (text: string) => (text.includes(HIDDEN_BRACE) ? text.replaceAll(HIDDEN_BRACE, "{") : text);
  md.core.ruler.before("curly_attributes", "pressroom_hide_plain_braces", (state: StateCore) => rewriteTexts(state.tokens, hide));
  md.core.ruler.after("curly_attributes", "pressroom_restore_plain_braces", (state: StateCore) => rewriteTexts(state.tokens, restore));
}

/** Every text markdown-it-attrs reads braces from: an inline block's source and its text children, a fence's info. */
function rewriteTexts(tokens: readonly Token[], rewrite: (text: string) => string): void {
  for (const token of tokens) {
    if (token.type === "fence") token.info = rewrite(token.info);
    if (token.type !== "inline") continue;
    token.content = rewrite(token.content);
    for (const child of token.children ?? []) if (child.type === "text") child.content = rewrite(child.content);
  }
}

/** `text` with the `{` of every group that sets no allowed attribute replaced by HIDDEN_BRACE. */
function hidePlainBraces(text: string, isAllowed: (key: string) => boolean): string {
  let result = "";
  for (let at = 0; at < text.length; at++) {
    const char = text[at] as string;
    const closed = char === "{" && text.indexOf("}", at + 1) !== -1;
    result += closed && !getAttrs(text, at, DELIMITERS).some(([key]) => isAllowed(key)) ? HIDDEN_BRACE : char;
  }
  return result;
}
