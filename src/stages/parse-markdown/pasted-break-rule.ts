// markdown-it core rule: a word processor's line break inside a paragraph (U+2028, or a vertical tab) is a line break (pure).

import type { default as MarkdownIt, StateCore, Token } from "markdown-it";

/** LINE SEPARATOR, what Shift+Enter pastes from some word processors; LINE TABULATION, what older Word copies as text. */
const PASTED_BREAK = /[\u2028\u000b] */;

/**
 * An address or a poem's lines typed with Shift+Enter in a word processor came over as one line: Chromium sets
 * U+2028 as a space and a vertical tab as nothing. They are read as Markdown's own line break (a backslash at a
 * line's end), which is what the writer saw. Text tokens are split after the inline pass (markdown-it's text rule
 * reads past both characters); code keeps them as written.
 */
export function addPastedBreakRule(md: MarkdownIt): void {
  md.core.ruler.after("inline", "pressroom_pasted_break", (state: StateCore) => {
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children?.some((child) => child.type === "text" && PASTED_BREAK.test(child.content))) continue;
      block.children = block.children.flatMap((child) => (child.type === "text" ? splitAtBreaks(state, child) : [child]));
    }
  });
}

function splitAtBreaks(state: StateCore, token: Token): Token[] {
  const parts = token.content.split(new RegExp(PASTED_BREAK.source, "g"));
  if (parts.length === 1) return [token];
  return parts.flatMap((part, index) => {
    const text = new state.Token("text", "", 0);
    text.content = part;
    text.level = token.level;
    if (index === 0) return part ? [text] : [];
    const hardbreak = new state.Token("hardbreak", "br", 0);
    hardbreak.level = token.level;
    return part ? [hardbreak, text] : [hardbreak];
  });
}
