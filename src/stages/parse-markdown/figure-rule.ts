// markdown-it core rule: a paragraph holding only an image becomes <figure> with its title as caption and its credit.

import type { default as MarkdownIt, StateCore, Token } from "markdown-it";

/** Placement classes that move the figure to the start or the end of the article's body. */
const MOVED_TO = { top: "start", bottom: "end" } as const;

/**
 * Runs after markdown-it-attrs (a picture's `{.span-2}` is on the image by then) and before the typographic rules
 * (replacements, smartquotes), so a caption gets curly quotes, dashes and ellipses as the body does; the footnote
 * plugin's tail is moved after it (createMarkdown), so a note called in a caption is printed like any other.
 */
export function addFigureRule(md: MarkdownIt): void {
  md.core.ruler.before("linkify", "pressroom_figure", (state: StateCore) => {
    const tokens = state.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const open = tokens[i];
      const inline = tokens[i + 1];
      const close = tokens[i + 2];
      if (open?.type !== "paragraph_open" || inline?.type !== "inline" || close?.type !== "paragraph_close") continue;
      const children = (inline.children ?? []).filter((child) => !(child.type === "text" && child.content.trim() === ""));
      const image = children[0];
      if (children.length !== 1 || image?.type !== "image") continue;
      convertToFigure(state, open, image, close, i);
    }
    // A credit anywhere but on a figure's picture (a picture inside a sentence, a paragraph) has nowhere to print.
    for (const token of tokens) {
      removeAttr(token, "credit");
      for (const child of token.children ?? []) removeAttr(child, "credit");
    }
    moveFigures(state);
  });
}

/**
 * {.top} and {.bottom} move the figure to the start or the end of the article's body, where the layout prints
 * it across the columns (with {.span-N}, across N columns beside the text). Page placement ({.page-top},
 * {.page-bottom}) is done in the browser, by page/page-floats.js: it depends on where the page breaks.
 */
function moveFigures(state: StateCore): void {
  const tokens = state.tokens;
  const starts: Token[][] = [];
  const ends: Token[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i] as Token;
    if (open.type !== "figure_open" || open.level !== 0) continue;
    const classes = (open.attrGet("class") ?? "").split(/\s+/);
    const where = classes.includes("top") ? MOVED_TO.top : classes.includes("bottom") ? MOVED_TO.bottom : null;
    if (!where) continue;
    const closeIndex = tokens.findIndex((token, index) => index > i && token.type === "figure_close" && token.level === 0);
    const figure = tokens.splice(i, closeIndex - i + 1);
    (where === "start" ? starts : ends).push(figure);
    i -= 1;
  }
  if (starts.length) tokens.unshift(...starts.flat());
  // The footnote plugin's block stays last: it is split off as the notes, not printed as body.
  const notesAt = tokens.findIndex((token) => token.type === "footnote_block_open");
  if (ends.length) tokens.splice(notesAt < 0 ? tokens.length : notesAt, 0, ...ends.flat());
}

function removeAttr(token: Token, name: string): void {
  if (token.attrs) token.attrs = token.attrs.filter(([attr]) => attr !== name);
}

function convertToFigure(state: StateCore, open: Token, image: Token, close: Token, index: number): void {
  // In a tight list the paragraph tags are hidden; a figure must print whole or not at all.
  open.hidden = false;
  close.hidden = false;
  open.type = "figure_open";
  open.tag = "figure";
  close.type = "figure_close";
  close.tag = "figure";
  // Classes written after the image ({.wide}) describe the figure's placement, so they move to it.
  const imageClass = image.attrGet("class");
  if (imageClass) {
    open.attrJoin("class", imageClass);
    image.attrs = (image.attrs ?? []).filter(([name]) => name !== "class");
  }
  open.attrJoin("class", "figure");
  const caption = image.attrGet("title") ?? "";
  const credit = (image.attrGet("credit") ?? "").trim();
  removeAttr(image, "title");
  removeAttr(image, "credit");
  if (!caption && !credit) return;
  const captionTokens = [new state.Token("figcaption_open", "figcaption", 1)];
  if (caption) captionTokens.push(parseInline(state, caption, open));
  if (credit) {
    // The credit is its own run after the caption, so the layout can set it apart (right-aligned, upright).
    const creditOpen = new state.Token("figure_credit_open", "span", 1);
    creditOpen.attrSet("class", "figure-credit");
    captionTokens.push(creditOpen, parseInline(state, credit, open), new state.Token("figure_credit_close", "span", -1));
  }
  captionTokens.push(new state.Token("figcaption_close", "figcaption", -1));
  state.tokens.splice(index + 2, 0, ...captionTokens);
}

function parseInline(state: StateCore, text: string, owner: Token): Token {
  const inline = new state.Token("inline", "", 0);
  inline.content = text;
  inline.map = owner.map;
  inline.children = [];
  state.md.inline.parse(text, state.md, state.env, inline.children);
  return inline;
}
