// markdown-it core rules around markdown-it-attrs: braces that set no attribute pressroom allows stay in the text, as written, and settings it leaves out are noted.

import type { default as MarkdownIt, StateCore, Token } from "markdown-it";
import { getAttrs } from "markdown-it-attrs/utils.js";

/** Settings in braces markdown-it-attrs applied without some of their attributes, which pressroom does not accept. */
export interface IgnoredAttributes {
  /** The braces as written, e.g. `{.note style=color:red}`. */
  written: string;
  /** The attributes left out, e.g. ["style"]. */
  names: string[];
  /** The body line of the block they are in (0-based), when markdown-it knows it. */
  line: number | undefined;
}

/**
 * Stands in for a `{` while markdown-it-attrs runs. markdown-it turns NUL into U+FFFD as it reads the source, so no
 * token holds one of its own.
 */
const HIDDEN_BRACE = "\u0000";
const DELIMITERS = { leftDelimiter: "{", rightDelimiter: "}" };

/**
 * markdown-it-attrs takes any `{...}` at the end of a paragraph, heading or list item for attributes and drops the
 * ones not allowed: "Call us {today}" printed "Call us", and "{ }" nothing (found by the property test on any
 * text). A group of braces that gives none of `allowed` a value (`.x` is a class and `#x` an id), or holds a bare word
 * (`{today lang=fr}`), is hidden from it, then put back as text. A group of settings with at least one allowed
 * attribute is applied as before without the others; when it was applied, the others are added to
 * `env.ignoredAttributes`, for the parse stage to warn about.
 */
export function addKeepPlainBracesRule(md: MarkdownIt, allowed: readonly (string | RegExp)[]): void {
  const isAllowed = (name: string) => allowed.some((rule) => (typeof rule === "string" ? rule === name : rule.test(name)));
  const pending = new WeakMap<StateCore, { token: Token; written: string; names: string[]; before: number }[]>();
  md.core.ruler.before("curly_attributes", "pressroom_hide_plain_braces", (state: StateCore) => {
    const mixed: { token: Token; written: string; names: string[]; before: number }[] = [];
    for (const token of state.tokens) {
      const text = readBracedText(token);
      if (text === undefined || !text.includes("{")) continue;
      const { hidden, settings } = hidePlainBraces(text, isAllowed);
      for (const group of settings) if (group.ignored.length > 0) mixed.push({ token, written: group.written, names: group.ignored, before: 0 });
      if (hidden !== text) rewriteToken(token, (part) => hidePlainBraces(part, isAllowed).hidden);
    }
    for (const entry of mixed) entry.before = countIn(readAppliedText(entry.token), entry.written);
    pending.set(state, mixed);
  });
  md.core.ruler.after("curly_attributes", "pressroom_restore_plain_braces", (state: StateCore) => {
    for (const token of state.tokens) rewriteToken(token, (text) => (text.includes(HIDDEN_BRACE) ? text.replaceAll(HIDDEN_BRACE, "{") : text));
    const present = new Set(state.tokens);
    for (const { token, written, names, before } of pending.get(state) ?? []) {
      // Applied: its block was taken out (a table's or a rule's settings), or the braces left its text.
      if (present.has(token) && countIn(readAppliedText(token), written) >= before) continue;
      const env = state.env as { ignoredAttributes?: IgnoredAttributes[] };
      (env.ignoredAttributes ??= []).push({ written, names, line: token.map?.[0] });
    }
  });
}

/** The text a token's braces are read from: an inline block's source, a fence's info. */
function readBracedText(token: Token): string | undefined {
  return token.type === "inline" ? token.content : token.type === "fence" ? token.info : undefined;
}

/** The text braces are taken out of when they are applied: an inline block's text children, a fence's info. */
function readAppliedText(token: Token): string {
  return token.type === "fence" ? token.info : (token.children ?? []).filter((child) => child.type === "text").map((child) => child.content).join("");
}

/** Every text markdown-it-attrs reads braces from in `token`, rewritten. */
function rewriteToken(token: Token, rewrite: (text: string) => string): void {
  if (token.type === "fence") token.info = rewrite(token.info);
  if (token.type !== "inline") return;
  token.content = rewrite(token.content);
  for (const child of token.children ?? []) if (child.type === "text") child.content = rewrite(child.content);
}

/**
 * `text` with the `{` of every group that sets no allowed attribute, or holds a bare word, replaced by HIDDEN_BRACE, and
 * the other groups, with the attributes among theirs that are not allowed.
 */
function hidePlainBraces(text: string, isAllowed: (name: string) => boolean): { hidden: string; settings: { written: string; ignored: string[] }[] } {
  let hidden = "";
  const settings: { written: string; ignored: string[] }[] = [];
  for (let at = 0; at < text.length; at++) {
    const char = text[at] as string;
    const end = char === "{" ? text.indexOf("}", at + 1) : -1;
    if (end === -1) {
      hidden += char;
      continue;
    }
    const attributes = getAttrs(text, at, DELIMITERS);
    const names = attributes.map(([name]) => name);
    // A setting has a value (`.x` is class "x"): a bare word ({dir}, {today lang=fr}, a lone dot) is text, and so are
    // the braces around it, or its letters would be lost with the attributes markdown-it-attrs leaves out.
    if (attributes.some(([, value]) => value === "") || !attributes.some(([name]) => isAllowed(name))) {
      hidden += HIDDEN_BRACE;
      continue;
    }
    settings.push({ written: text.slice(at, end + 1), ignored: names.filter((name) => !isAllowed(name)) });
    hidden += char;
  }
  return { hidden, settings };
}

function countIn(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) count++;
  return count;
}
