// markdown-it core rule: a picture on a line of its own inside a paragraph becomes a block of its own (a figure), and a short line right under it its caption.

import type { default as MarkdownIt, StateCore, Token } from "markdown-it";

/** A line under a picture with more words than this is the article's text going on, not a caption. */
const CAPTION_WORDS = 40;

/** A whole line in one emphasis (`*Caption.*`, `**Caption.**`), as an editor marks a caption; the marks are dropped. */
const WRAPPED_IN_EMPHASIS = /^(\*\*|__|\*|_)(?!\s)([\s\S]*?\S)\1$/;

interface Block {
  kind: "picture" | "text" | "caption";
  /** Indexes of the paragraph's source lines this block holds, first and last. */
  first: number;
  last: number;
}

/**
 * Editors write a picture on its own line and its caption on the next, as a word processor shows them, with no
 * empty line between: Markdown reads that as one paragraph, so the picture printed inside the text at the
 * column's width and the caption as a line of body text, with no word said. Here each picture alone on a line
 * is taken out of its paragraph (the figure rule then makes it a figure), and the lines right under it, when
 * they are few words (a caption's length) and the picture has no caption in quotes, become its caption.
 * Lines under a picture that follows text in the same paragraph stay text: that picture was put into the text.
 * Runs after markdown-it-attrs, so `{.span-2}` written after the picture is on it, and before the figure rule.
 */
export function addPictureLineRule(md: MarkdownIt): void {
  md.core.ruler.before("linkify", "pressroom_picture_line", (state: StateCore) => {
    const tokens = state.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const replacement = splitParagraph(state, tokens[i] as Token, tokens[i + 1] as Token, tokens[i + 2] as Token);
      if (!replacement) continue;
      tokens.splice(i, 3, ...replacement);
      i += replacement.length - 1;
    }
  });
}

/** The paragraph as blocks of lines, or undefined when it has no picture standing on a line of its own beside other lines. */
function splitParagraph(state: StateCore, open: Token, inline: Token, close: Token): Token[] | undefined {
  if (open.type !== "paragraph_open" || inline.type !== "inline" || close.type !== "paragraph_close" || !inline.children) return undefined;
  const lines = splitLines(inline.children);
  const sourceLines = inline.content.split("\n");
  // A line break inside a code span is no line here: the two counts must agree to cut the text by line.
  if (lines.length < 2 || lines.length !== sourceLines.length) return undefined;
  const pictures = lines.map(findLonePicture);
  if (!pictures.some(Boolean)) return undefined;
  const blocks = groupLines(lines, pictures, sourceLines);
  return blocks.flatMap((block) => makeParagraph(state, open, inline, close, block, lines, sourceLines, pictures));
}

/** The paragraph's children cut at its line breaks: each line's children, the break before it first (none on the first). */
function splitLines(children: Token[]): Token[][] {
  const lines: Token[][] = [[]];
  for (const child of children) {
    if (child.type === "softbreak" || child.type === "hardbreak") lines.push([child]);
    else lines.at(-1)?.push(child);
  }
  return lines;
}

/** A line's children without the break before it. */
const withoutBreak = (line: Token[]) => line.filter((child) => child.type !== "softbreak" && child.type !== "hardbreak");

/** The picture a line holds alone (spaces aside), if it does. */
function findLonePicture(line: Token[]): Token | undefined {
  const shown = withoutBreak(line).filter((child) => !(child.type === "text" && child.content.trim() === ""));
  return shown.length === 1 && shown[0]?.type === "image" ? shown[0] : undefined;
}

/** Pictures one block each; the lines between them grouped, those right under a picture that may take a caption made its caption. */
function groupLines(lines: Token[][], pictures: (Token | undefined)[], sourceLines: string[]): Block[] {
  const blocks: Block[] = [];
  lines.forEach((_, index) => {
    const previous = blocks.at(-1);
    if (pictures[index]) blocks.push({ kind: "picture", first: index, last: index });
    else if (previous && previous.kind !== "picture") previous.last = index;
    else blocks.push({ kind: "text", first: index, last: index });
  });
  blocks.forEach((block, index) => {
    const picture = blocks[index - 1];
    const beforePicture = blocks[index - 2];
    if (block.kind !== "text" || picture?.kind !== "picture" || beforePicture?.kind === "text") return;
    if (pictures[picture.first]?.attrGet("title")) return;
    const words = sourceLines.slice(block.first, block.last + 1).join(" ").trim().split(/\s+/).length;
    if (words <= CAPTION_WORDS) block.kind = "caption";
  });
  return blocks;
}

/** A block's tokens: a paragraph of its own, or nothing for a caption (it goes into its picture's title). */
function makeParagraph(
  state: StateCore,
  open: Token,
  inline: Token,
  close: Token,
  block: Block,
  lines: Token[][],
  sourceLines: string[],
  pictures: (Token | undefined)[],
): Token[] {
  const text = sourceLines.slice(block.first, block.last + 1).join("\n");
  if (block.kind === "caption") {
    const picture = pictures[block.first - 1];
    const trimmed = text.trim();
    const wrapped = WRAPPED_IN_EMPHASIS.exec(trimmed);
    const mark = wrapped?.[1] ?? "";
    // Only a caption wholly in one emphasis loses it: "*Left* and *right*" keeps its marks.
    picture?.attrSet("title", wrapped && !wrapped[2]?.includes(mark[0] ?? "") ? (wrapped[2] ?? trimmed) : trimmed);
    return [];
  }
  const line = (open.map?.[0] ?? 0) + block.first;
  const map: [number, number] = [line, line + block.last - block.first + 1];
  const paragraphOpen = copyToken(state, open, map);
  const paragraphInline = copyToken(state, inline, map);
  paragraphInline.content = text;
  // Each line keeps the break written before it (a hard break stays one), the block's first line none.
  paragraphInline.children = lines.slice(block.first, block.last + 1).flatMap((children, index) => (index === 0 ? withoutBreak(children) : children));
  return [paragraphOpen, paragraphInline, copyToken(state, close, null)];
}

function copyToken(state: StateCore, token: Token, map: [number, number] | null): Token {
  const copy = new state.Token(token.type, token.tag, token.nesting);
  Object.assign(copy, { level: token.level, block: token.block, hidden: token.hidden, attrs: token.attrs ? [...token.attrs] : null, map });
  return copy;
}
