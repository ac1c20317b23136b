// markdown-it rules: an HTML comment (<!-- a note to the desk -->) prints nothing, whether raw HTML is allowed or not.

import type { default as MarkdownIt, StateBlock, StateInline } from "markdown-it";
import { isJumpMarker } from "./jump-rule.js";

const OPEN = "<!--";
const CLOSE = "-->";

/**
 * Editors leave notes to each other in comments, as Markdown allows everywhere: with raw HTML printed as text
 * (the default, so Markdown cannot script a page), such a note was printed in the paper, its `--` set as a dash.
 * A comment is no markup a page can run, so it is read as a comment whatever the setting. One never closed
 * stays text (hiding the rest of the article would lose it); check-html-as-text.ts warns about it.
 */
export function addCommentRule(md: MarkdownIt): void {
  // Before html_block: with raw HTML allowed, a comment would reach the page (hidden there, but in its HTML).
  md.block.ruler.before("html_block", "pressroom_comment", hideCommentBlock, { alt: ["paragraph", "reference", "blockquote"] });
  md.inline.ruler.before("html_inline", "pressroom_comment", hideInlineComment);
}

/** Lines from one starting with <!-- to the one ending with its -->: no token, so nothing prints. */
function hideCommentBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  if (!state.src.startsWith(OPEN, start)) return false;
  const close = state.src.indexOf(CLOSE, start + OPEN.length);
  if (close < 0) return false;
  const end = close + CLOSE.length;
  let lastLine = startLine;
  while (lastLine < endLine && state.eMarks[lastLine]! < end) lastLine++;
  // Text after the comment on its last line makes the whole a paragraph (the inline rule hides the comment).
  if (lastLine >= endLine || state.src.slice(end, state.eMarks[lastLine]).trim()) return false;
  // A jump marker is a comment the jump rule reads as a paragraph of its own.
  if (isJumpMarker(state.src.slice(start, end))) return false;
  if (!silent) state.line = lastLine + 1;
  return true;
}

/** A comment inside a paragraph: skipped, the text on each side kept. */
function hideInlineComment(state: StateInline): boolean {
  if (!state.src.startsWith(OPEN, state.pos)) return false;
  const close = state.src.indexOf(CLOSE, state.pos + OPEN.length);
  if (close < 0 || close + CLOSE.length > state.posMax) return false;
  state.pos = close + CLOSE.length;
  // At the paragraph's start, the space after the comment would start it.
  if (!state.pending && state.tokens.length === 0) while (state.src[state.pos] === " ") state.pos++;
  return true;
}
