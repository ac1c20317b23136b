// Splits an article's tokens at its jump marker into the part printed in place and the part that runs on later (pure).

import type { Token } from "markdown-it";
import { JUMP_TOKEN } from "../parse-markdown/jump-rule.js";

export interface JumpParts {
  first: Token[];
  /** The part after the marker, or null when the article has none. Both parts keep the footnotes. */
  rest: Token[] | null;
}

export function splitAtJump(tokens: Token[]): JumpParts {
  const at = tokens.findIndex((token) => token.type === JUMP_TOKEN);
  if (at < 0) return { first: tokens, rest: null };
  // markdown-it-footnote puts the notes' text after the body; each part renders the notes it calls.
  const notesAt = tokens.findIndex((token) => token.type === "footnote_block_open");
  const bodyEnd = notesAt < 0 ? tokens.length : notesAt;
  const notes = tokens.slice(bodyEnd);
  return { first: [...tokens.slice(0, at), ...notes], rest: [...tokens.slice(at + 1, bodyEnd), ...notes] };
}

/** The tokens without a jump marker, for editions that print every article whole. */
export function removeJumps(tokens: Token[]): Token[] {
  return tokens.some((token) => token.type === JUMP_TOKEN) ? tokens.filter((token) => token.type !== JUMP_TOKEN) : tokens;
}
