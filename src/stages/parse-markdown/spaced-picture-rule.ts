// markdown-it inline rule: ![caption](images/My Photo.jpg "…") is a picture, though Markdown wants <> around a path with spaces.

import type { default as MarkdownIt, StateInline, Token } from "markdown-it";

/** A picture file's path with a space in it, up to its title or the closing bracket. */
const SPACED_PATH = /^[^\s<()"'][^()"'\n]*?\.(?:jpe?g|png|gif|webp|avif|svg)(?=[ \t]*(?:\n[ \t]*)?["')])/i;

/**
 * Cameras and phones name files "IMG 2034.JPG" and editors "market day.jpg". Markdown reads a path with a space
 * only written <images/market day.jpg>; otherwise the whole ![...](...) printed as text, the picture missing,
 * with no word of why. A path that ends in a picture's extension is read as that picture; it is then checked
 * like any other (a misspelt one stops the build with its place).
 */
export function addSpacedPictureRule(md: MarkdownIt): void {
  md.inline.ruler.before("image", "pressroom_spaced_picture", readSpacedPicture);
}

function readSpacedPicture(state: StateInline, silent: boolean): boolean {
  if (!state.src.startsWith("![", state.pos)) return false;
  const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos + 1, false);
  if (labelEnd < 0 || state.src.charCodeAt(labelEnd + 1) !== 0x28 /* ( */) return false;
  let pos = skipSpaces(state.src, labelEnd + 2, state.posMax);
  const path = SPACED_PATH.exec(state.src.slice(pos, state.posMax))?.[0];
  // Without a space in it the path is Markdown's own (the image rule reads it).
  if (!path || !/\s/.test(path)) return false;
  const href = state.md.normalizeLink(path);
  if (!state.md.validateLink(href)) return false;
  pos = skipSpaces(state.src, pos + path.length, state.posMax);
  const title = state.md.helpers.parseLinkTitle(state.src, pos, state.posMax);
  if (title.ok) pos = skipSpaces(state.src, title.pos, state.posMax);
  if (state.src.charCodeAt(pos) !== 0x29 /* ) */) return false;
  if (!silent) {
    const content = state.src.slice(state.pos + 2, labelEnd);
    const children: Token[] = [];
    state.md.inline.parse(content, state.md, state.env, children);
    const token = state.push("image", "img", 0);
    token.attrs = [["src", href], ["alt", ""]];
    if (title.ok && title.str) token.attrs.push(["title", title.str]);
    token.children = children;
    token.content = content;
  }
  state.pos = pos + 1;
  return true;
}

function skipSpaces(text: string, from: number, max: number): number {
  let pos = from;
  while (pos < max && /[ \t\n]/.test(text[pos] ?? "")) pos++;
  return pos;
}
