// markdown-it core rule: a heading written with # or ## inside an article is a subheading (h3), under the article's own headline (h2).

import type { default as MarkdownIt } from "markdown-it";

/** The level the layouts style as an article's subheading: the title is h1, each headline h2. */
const SUBHEADING = "h3";

/**
 * Editors write `#` or `##` as readily as `###` for a subheading. As h1 or h2 such a line was set in Chrome's own
 * heading sizes on the body's fixed leading (a two-line one overprinted itself), out of the layouts' rules that
 * keep a heading with its text at a column foot, and ranked above its own headline in the PDF's outline of tags.
 * Levels 4 to 6 stay as written.
 */
export function addSubheadingRule(md: MarkdownIt): void {
  md.core.ruler.push("pressroom_subheading", (state) => {
    for (const token of state.tokens) {
      if ((token.type === "heading_open" || token.type === "heading_close") && (token.tag === "h1" || token.tag === "h2")) token.tag = SUBHEADING;
    }
  });
}
