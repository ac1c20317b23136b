// Warns about a subheading that ends its article with nothing under it: it heads nothing, usually left from a part cut or not yet pasted in (pure).

import type { Token } from "markdown-it";
import type { BuildWarning } from "../../diagnostics/warnings.js";
import type { ArticleSource } from "../load-issue/types.js";
import { locateInBlock } from "./check-references.js";

/**
 * A subheading is kept with the text under it at a column or page foot; last in its article, it has none, and the
 * page check could only say it stood "apart from the text it heads". Blocks at the article's top level count; its
 * notes (printed at the page foot or after it) do not. A subheading under which only a picture or a quotation
 * stands heads those, and is not warned about.
 */
export function checkTrailingHeading(source: ArticleSource, tokens: readonly Token[], kind: "article" | "editorial", warn: (w: BuildWarning) => void): void {
  const blocks = tokens.filter((token) => token.level === 0 && token.nesting !== -1 && !token.type.startsWith("footnote"));
  const last = blocks.at(-1);
  if (last?.type !== "heading_open" || !last.map) return;
  const text = tokens[tokens.indexOf(last) + 1]?.content.trim() ?? "";
  warn({
    code: "heading-at-end",
    message: `The subheading "${text}" ends the ${kind} (${source.file.name}) with no text under it, so it heads nothing.`,
    hint: "Write the text it heads under it, or delete the line if that part was cut.",
    location: locateInBlock(source, last.map[0], text),
  });
}
