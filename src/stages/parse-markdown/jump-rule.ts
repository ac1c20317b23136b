// markdown-it core rule: a paragraph holding only <!-- jump --> (or WordPress's <!--more-->) becomes a jump marker token.

import type { default as MarkdownIt, StateCore, Token } from "markdown-it";

/** The token type that marks where an article breaks off to run on later in the issue. */
export const JUMP_TOKEN = "pressroom_jump";

/** `<!-- jump -->` and `<!--more-->`, any spacing or case. */
const MARKER_SOURCE = String.raw`<!--\s*(?:jump|more)\s*-->`;
/** A marker alone: nothing else may share the paragraph. */
const MARKER = new RegExp(`^${MARKER_SOURCE}$`, "i");
const MARKER_ANYWHERE = new RegExp(MARKER_SOURCE, "i");

/** Whether `text` (a paragraph's or an HTML block's) is a jump marker. */
export function isJumpMarker(text: string): boolean {
  return MARKER.test(text.trim());
}

/** Where a jump marker starts in `text` (a paragraph's source, with other text), or -1. */
export function findJumpMarker(text: string): number {
  return text.search(MARKER_ANYWHERE);
}

export function addJumpRule(md: MarkdownIt): void {
  md.core.ruler.push("pressroom_jump", (state: StateCore) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      // Raw HTML is escaped unless a project allows it, so the marker arrives as a paragraph's text;
      // with --allow-html it is an HTML block. Either way it must never print.
      if (token.type === "html_block" && isJumpMarker(token.content)) {
        tokens.splice(i, 1, createJumpToken(state, token));
        continue;
      }
      const inline = tokens[i + 1];
      if (token.type !== "paragraph_open" || inline?.type !== "inline" || tokens[i + 2]?.type !== "paragraph_close") continue;
      if (!isJumpMarker(inline.content)) continue;
      tokens.splice(i, 3, createJumpToken(state, token));
    }
  });
}

function createJumpToken(state: StateCore, from: Token): Token {
  const jump = new state.Token(JUMP_TOKEN, "", 0);
  jump.block = true;
  jump.map = from.map;
  jump.level = from.level;
  return jump;
}

/** Where the article's jump markers are, as indexes into its tokens. */
export function findJumpIndexes(tokens: Token[]): number[] {
  return tokens.flatMap((token, index) => (token.type === JUMP_TOKEN ? [index] : []));
}
