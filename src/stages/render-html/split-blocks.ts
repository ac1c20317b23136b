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

/**
 * How much text a block holds, for alignment: the characters of its inline content, its pictures' left out. A picture
 * takes about the same room on either side (the cells are as wide), and alignBlocks sets it beside the other side's
 * picture. Measured by its inline tokens (its Markdown source, then its caption), a corpus issue's long English
 * caption outweighed a Persian picture with a short one, which took the first Persian paragraph into its row.
 */
export function measureBlock(block: Token[]): number {
  let total = 0;
  let pictures = 0;
  for (const token of block) {
    if (token.type === "figure_open") pictures += 1;
    else if (token.type === "figure_close") pictures -= 1;
    else if (token.type === "inline" && pictures === 0) total += [...token.content].length;
  }
  return total;
}

/** True when the block is a picture: a paragraph holding only an image, made a figure (figure-rule.ts). */
export function isPictureBlock(block: Token[]): boolean {
  return block[0]?.type === "figure_open";
}

/**
 * The blocks with each heading joined to the block after it (several headings in a row, to the first block that is
 * not one), so a parallel row never holds a heading alone: aligned as blocks of their own, the two sides' subheadings
 * shared a row, and a page could end under it, their text overleaf. A heading that ends the article stays apart.
 */
export function joinHeadingsToText(blocks: Token[][]): Token[][] {
  const joined: Token[][] = [];
  let headings: Token[] = [];
  for (const block of blocks) {
    if (block[0]?.type === "heading_open") {
      headings.push(...block);
      continue;
    }
    joined.push([...headings, ...block]);
    headings = [];
  }
  if (headings.length) joined.push(headings);
  return joined;
}
