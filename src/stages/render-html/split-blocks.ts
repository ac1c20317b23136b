// Splits an article's tokens into its top-level blocks (paragraph, heading, figure, list...) for parallel rows (pure).

import type { Token } from "markdown-it";

/** Top-level blocks in order, without markdown-it-footnote's trailing notes block (returned apart). */
export function splitTopLevelBlocks(tokens: Token[]): { blocks: Token[][]; notes: Token[] } {
  const notesStart = tokens.findIndex((token) => token.type === "footnote_block_open");
  const main = notesStart < 0 ? tokens : tokens.slice(0, notesStart);
  const notes = notesStart < 0 ? [] : tokens.slice(notesStart);
  const blocks: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  for (const token of main) {
    current.push(token);
    depth += token.nesting;
    if (depth === 0) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length) blocks.push(current);
  return { blocks, notes };
}

/** How much text a block holds, for alignment: the characters of its inline content. */
export function measureBlock(block: Token[]): number {
  return block.reduce((total, token) => total + (token.type === "inline" ? [...token.content].length : 0), 0);
}
