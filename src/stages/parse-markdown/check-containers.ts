// Warns about a pull quote never closed, one that opens or ends its article or stands right under a subheading, and a ::: block pressroom does not know: each prints otherwise than meant (pure).

import type { Token } from "markdown-it";
import type { BuildWarning } from "../../diagnostics/warnings.js";
import { quoteTitle } from "../../diagnostics/quote-title.js";
import { findNearestName } from "../../shared/find-nearest-name.js";
import type { ArticleSource } from "../load-issue/types.js";
import { locateInBlock } from "./check-references.js";
import { CONTAINER_NAMES } from "./container-names.js";

/** A ::: line naming a block: the words after the colons. */
const OPENING = /^\s*:{3,}\s*(\S.*?)\s*$/;
/** A ::: line alone, as a block is closed. */
const CLOSING = /^\s*:{3,}\s*$/;

/**
 * `::: pullquote` with no closing `:::` runs to the end of the article, setting every paragraph after it large
 * between rules; `::: pulquote` is no block at all and prints its colons and name in the text. Neither said so.
 */
export function checkContainers(source: ArticleSource, tokens: Token[], warn: (w: BuildWarning) => void): void {
  const lines = source.body.split("\n");
  checkPullQuotePlace(source, tokens, lines, warn);
  for (const token of tokens) {
    const name = /^container_(.+)_open$/.exec(token.type)?.[1];
    if (name && token.map && !CLOSING.test(lines[token.map[1]] ?? "")) {
      warn({
        code: "container-unclosed",
        message: `The ${name === "pullquote" ? "pull quote" : name} opened here is never closed, so everything after it to the end of its article or list is set as part of it.`,
        hint: "Add a line with ::: alone right after the last line that belongs in it.",
        location: locateInBlock(source, token.map[0], ":::"),
      });
    }
    if (token.type !== "inline" || !token.map) continue;
    // A block pressroom does not know stays a paragraph, its ::: line first or after a line break.
    token.content.split("\n").forEach((line, index) => {
      const written = OPENING.exec(line)?.[1];
      if (!written || !token.map) return;
      const nearest = findNearestName(written.replace(/[\s_-]/g, ""), CONTAINER_NAMES);
      warn({
        code: "container-unknown",
        message: `"::: ${written}" is not a block pressroom knows, so its colons and words print as written.`,
        hint: nearest ? `Did you mean ::: ${nearest}? Write it on a line of its own, and ::: alone on the line after the quote.` : `The block pressroom knows is ::: ${CONTAINER_NAMES.join(", ::: ")}, closed by ::: alone on a line.`,
        location: locateInBlock(source, token.map[0] + index, line.trim()),
      });
    });
  }
}


/**
 * A pull quote draws the eye into an article already begun, so it is never its first or last thing (TYPOGRAPHY.md):
 * first, it is read before the story it quotes; last, it quotes nothing still to come. Blocks at the article's top
 * level count; its notes do not.
 */
function checkPullQuotePlace(source: ArticleSource, tokens: Token[], lines: readonly string[], warn: (w: BuildWarning) => void): void {
  const blocks = tokens.filter((token) => token.level === 0 && token.nesting !== -1 && token.type !== "footnote_block_open" && !token.type.startsWith("footnote"));
  const first = blocks[0];
  const last = blocks.at(-1);
  for (const [token, where, hint] of [
    [first, "opens", "Move it after the first paragraphs, where the reader has begun the story."],
    [last, "ends", "Move it up among the paragraphs, before the story's last lines."],
  ] as const) {
    if (token?.type !== "container_pullquote_open" || !token.map || (where === "ends" && first === last)) continue;
    // One never closed ends the article because it took the rest: container-unclosed says so.
    if (where === "ends" && !CLOSING.test(lines[token.map[1]] ?? "")) continue;
    warn({ code: "pullquote-placement", message: `The pull quote ${where} the article: a pull quote is set inside the story it quotes.`, hint, location: locateInBlock(source, token.map[0], ":::") });
  }
  // Right under a subheading, it comes between the subheading and the text it heads: the subheading keeps two lines
  // of text with it, not a quote many lines tall, and was left at a column's foot, apart from its text (fuzz issues).
  blocks.forEach((token, index) => {
    const heading = blocks[index - 1];
    if (token.type !== "container_pullquote_open" || !token.map || heading?.type !== "heading_open") return;
    const title = tokens[tokens.indexOf(heading) + 1]?.content.trim() ?? "";
    warn({
      code: "pullquote-placement",
      message: `The pull quote comes right under the subheading ${quoteTitle(title)}, between it and the text it heads: the subheading can be left at the foot of a column, its text in the next.`,
      hint: "Move the pull quote below the subheading's first paragraph.",
      location: locateInBlock(source, token.map[0], ":::"),
    });
  });
}
