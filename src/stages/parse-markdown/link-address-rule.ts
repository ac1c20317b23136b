// markdown-it core rule: a link to the web or an e-mail address prints its address after its words, "the council (riverside.gov.uk/repairs)", since paper cannot be clicked.

import type { default as MarkdownIt, StateCore, Token } from "markdown-it";

/** Links that leave the issue: a page on the web or an e-mail address. Anchors (#name) stay inside it. */
const OUTSIDE = /^(https?:\/\/|mailto:)/i;

/** The address as a reader types it: no https:// or mailto:, no closing slash. */
function describeAddress(href: string): string {
  return href.replace(/^mailto:/i, "").replace(/^https?:\/\//i, "").replace(/\/$/, "");
}

/** Text compared loosely: case, spaces, a leading www. and a closing slash set aside. */
const loosen = (text: string) => text.toLowerCase().replace(/\s+/g, "").replace(/^(https?:\/\/|mailto:)/, "").replace(/^www\./, "").replace(/\/$/, "");

/**
 * On paper a link's words lose where they point: `[the council's form](https://riverside.gov.uk/repairs)` printed
 * "the council's form" alone. The address follows the words in brackets (class link-address, for a layout to
 * style), unless the words already show it (an address written as the link, <https://...>). Runs after the
 * typographic rules, so that an address's -- or "..." stays as written.
 */
export function addLinkAddressRule(md: MarkdownIt): void {
  md.core.ruler.push("pressroom_link_address", (state: StateCore) => {
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children) continue;
      block.children = addAddresses(state, block.children);
    }
  });
}

function addAddresses(state: StateCore, children: Token[]): Token[] {
  const result: Token[] = [];
  let open: { href: string; words: string } | undefined;
  for (const token of children) {
    result.push(token);
    if (token.type === "link_open") {
      const href = token.attrGet("href") ?? "";
      open = OUTSIDE.test(href) ? { href, words: "" } : undefined;
    } else if (open && (token.type === "text" || token.type === "code_inline")) {
      open.words += token.content;
    } else if (token.type === "link_close" && open) {
      const address = describeAddress(open.href);
      if (address && !loosen(open.words).includes(loosen(address))) result.push(...makeAddress(state, address));
      open = undefined;
    }
  }
  return result;
}

function makeAddress(state: StateCore, address: string): Token[] {
  const before = new state.Token("text", "", 0);
  before.content = " (";
  const spanOpen = new state.Token("link_address_open", "span", 1);
  spanOpen.attrSet("class", "link-address");
  // An address reads left to right in every edition; isolated, it leaves the brackets to the sentence around it.
  spanOpen.attrSet("dir", "ltr");
  const text = new state.Token("text", "", 0);
  text.content = address;
  const spanClose = new state.Token("link_address_close", "span", -1);
  const after = new state.Token("text", "", 0);
  after.content = ")";
  return [before, spanOpen, text, spanClose, after];
}
