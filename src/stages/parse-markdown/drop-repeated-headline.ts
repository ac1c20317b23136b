// An article that opens with a `# heading` (or a bold line) repeating its front matter title prints the headline once, not twice (pure).

import type { Token } from "markdown-it";
import type { BuildWarning } from "../../diagnostics/warnings.js";
import { readBoldOnly } from "../load-issue/take-headline.js";
import type { ArticleSource } from "../load-issue/types.js";
import { quoteTitle } from "../../diagnostics/quote-title.js";

/** Text compared loosely: case, spacing, quotes and closing punctuation set aside. */
const loosen = (text: string) =>
  text
    .toLowerCase()
    .replace(/["'“”‘’«»]/g, "")
    .replace(/[.!?:]+$/, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * A document pasted in under its front matter often keeps its own first line, `# Roof repairs at last`, the
 * title already given as `title:`: the headline printed, then the same words again as a subheading under it.
 * That first heading is left out (its words are on the page, as the headline), and the build says so, so the
 * line can be deleted.
 */
export function dropRepeatedHeadline(source: ArticleSource, tokens: Token[], warn: (w: BuildWarning) => void): Token[] {
  const [open, inline] = tokens;
  const level1 = open?.type === "heading_open" && (open.markup === "#" || open.markup === "=");
  // A word processor's document opens with its title in bold, a paragraph of its own: **Roof repairs at last**.
  const boldWords = open?.type === "paragraph_open" && !open.hidden ? readBoldOnly(inline?.content.trim() ?? "") : undefined;
  const bold = boldWords !== undefined;
  const words = boldWords ?? inline?.content ?? "";
  if (!open || (!level1 && !bold) || inline?.type !== "inline" || loosen(words) !== loosen(source.meta.title)) return tokens;
  const line = (open.map?.[0] ?? 0) + source.bodyLineOffset + 1;
  warn({
    code: "headline-repeated",
    message: `${source.file.name} starts with a ${bold ? "bold line" : "heading"} that repeats its title, ${quoteTitle(source.meta.title)}: it prints once, as the headline.`,
    hint: `Delete that first ${bold ? "bold" : "heading"} line; the title comes from \`title:\` in the settings.`,
    location: { file: source.file.display, line, column: 1 },
  });
  return tokens.slice(3);
}
