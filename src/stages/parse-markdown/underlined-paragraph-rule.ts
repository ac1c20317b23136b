// markdown-it core rule: a paragraph with a line of --- or === under it is a paragraph and a break, not a subheading (pure).

import type { default as MarkdownIt, StateCore } from "markdown-it";
import { replaceBlocks } from "./replace-blocks.js";

/** Words in a heading past which it reads as a sentence rather than a subheading. */
const SENTENCE_WORDS = 8;

/**
 * Markdown makes the lines right above a row of dashes or equals signs a heading. Editors draw that row as a
 * break between two parts of an article, and the paragraph above it printed bold as a subheading. A "heading"
 * of two lines or more, or a long one ending as a sentence ends, is read as the paragraph it is, followed by the
 * break line drawn under it; a short one ("Last part" over ---) stays a subheading.
 */
export function addUnderlinedParagraphRule(md: MarkdownIt): void {
  md.core.ruler.after("block", "pressroom_underlined_paragraph", readUnderlinedParagraphs);
}

function readUnderlinedParagraphs(state: StateCore): void {
  replaceBlocks(state.tokens, (open, inline, close) => {
    if (open.type !== "heading_open" || (open.markup !== "-" && open.markup !== "=") || !isParagraph(inline.content)) return undefined;
    open.type = "paragraph_open";
    close.type = "paragraph_close";
    open.tag = close.tag = "p";
    open.markup = close.markup = "";
    const rule = new state.Token("hr", "hr", 0);
    rule.block = true;
    rule.markup = "---";
    if (open.map) {
      rule.map = [open.map[1] - 1, open.map[1]];
      open.map = [open.map[0], open.map[1] - 1];
    }
    return [open, inline, close, rule];
  });
}

/** Two lines or more, or a long sentence: what no editor writes as a subheading. */
export function isParagraph(content: string): boolean {
  const words = content.trim().split(/\s+/).length;
  return content.includes("\n") || (words >= SENTENCE_WORDS && /[.!?…:;]["'”’»)]*$/.test(content.trim()));
}
