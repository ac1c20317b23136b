// markdown-it core rule: a paragraph holding only an image becomes <figure> with its title as caption.

import type { default as MarkdownIt, StateCore, Token } from "markdown-it";

export function addFigureRule(md: MarkdownIt): void {
  md.core.ruler.push("pressroom_figure", (state: StateCore) => {
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
  });
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
  const caption = image.attrGet("title");
  if (!caption) return;
  image.attrs = (image.attrs ?? []).filter(([name]) => name !== "title");
  const captionOpen = new state.Token("figcaption_open", "figcaption", 1);
  const captionInline = new state.Token("inline", "", 0);
  captionInline.content = caption;
  captionInline.map = open.map;
  captionInline.children = [];
  state.md.inline.parse(caption, state.md, state.env, captionInline.children);
  const captionClose = new state.Token("figcaption_close", "figcaption", -1);
  state.tokens.splice(index + 2, 0, captionOpen, captionInline, captionClose);
}
