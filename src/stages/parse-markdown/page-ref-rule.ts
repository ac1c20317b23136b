// markdown-it core rule: a link to an anchor whose text is `#` or empty, [#](#mural), becomes a page-number reference.

import type { default as MarkdownIt, StateCore, Token } from "markdown-it";
import { decodeUriSafely } from "../../shared/decode-uri.js";

/** The inline token type of a page reference; `meta.target` is the anchor name without `#`. */
export const PAGE_REF_TOKEN = "pressroom_page_ref";

export function addPageRefRule(md: MarkdownIt): void {
  // Before markdown-it-attrs and smartquotes touch the link's text; after inline parsing made the links.
  md.core.ruler.after("inline", "pressroom_page_ref", (state: StateCore) => {
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children) continue;
      block.children = replacePageRefs(state, block.children);
    }
  });
}

function replacePageRefs(state: StateCore, children: Token[]): Token[] {
  const result: Token[] = [];
  for (let i = 0; i < children.length; i++) {
    const open = children[i] as Token;
    const href = open.type === "link_open" ? (open.attrGet("href") ?? "") : "";
    if (!href.startsWith("#") || href.length < 2) {
      result.push(open);
      continue;
    }
    const text = children[i + 1];
    const emptyLink = text?.type === "link_close";
    const hashLink = text?.type === "text" && text.content.trim() === "#" && children[i + 2]?.type === "link_close";
    if (!emptyLink && !hashLink) {
      result.push(open);
      continue;
    }
    const ref = new state.Token(PAGE_REF_TOKEN, "a", 0);
    ref.meta = { target: decodeUriSafely(href.slice(1)) };
    result.push(ref);
    i += emptyLink ? 1 : 2;
  }
  return result;
}
