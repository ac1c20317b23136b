// Refuses a filled layout that leaves out an article's or the editorial's text, so no text is ever silently dropped (pure).

import { LayoutError } from "../../diagnostics/errors.js";
import type { ParsedArticle } from "../parse-markdown/types.js";

/** A piece of an article's text as rendered from its Markdown (its body, a parallel row's cell, a note), for the layout to print. */
export interface PrintedText {
  article: ParsedArticle;
  html: string;
}

/**
 * Every piece of text rendered for the layout must be in the HTML the layout made, as rendered: the later checks
 * compare the pages with that HTML, so text a layout leaves out (a copied partial without {{{html}}}, or with
 * {{html}}, which prints the markup as text; a layout.hbs without the editorial; a partial copied before the data it
 * prints changed shape) would be missing from the PDF without a word. Pieces are looked for from where the one before
 * was found (they come in print order, mostly), then from the start.
 */
export function checkPrintedText(html: string, pieces: readonly PrintedText[], layoutName: string): void {
  let from = 0;
  for (const piece of pieces) {
    if (!piece.html.trim()) continue;
    const at = html.indexOf(piece.html, from);
    const found = at >= 0 ? at : html.indexOf(piece.html);
    if (found < 0) throw describeLeftOut(piece.article, layoutName);
    from = found + piece.html.length;
  }
}

function describeLeftOut(article: ParsedArticle, layoutName: string): LayoutError {
  const file = article.source.file.display;
  if (article.source.slug === "editorial") {
    return new LayoutError("layout-drops-text", `The layout "${layoutName}" does not print the editorial written in ${file}, so it would be missing from the PDF.`, {
      hint:
        "Keep {{> editorial ../editorial labels=../labels}} in layout.hbs after the first article, and {{{html}}} (three braces) in partials/editorial.hbs " +
        "(in a parallel edition, in each of its rows' cells), as templates/_shared/partials/editorial.hbs does; or delete the editorial's text.",
      location: { file: `templates/${layoutName}/layout.hbs` },
    });
  }
  const title = article.source.meta.title;
  return new LayoutError("layout-drops-text", `The layout "${layoutName}" does not print the text of "${title}" (${file}), so it would be missing from the PDF.`, {
    hint:
      "Print each article's text with {{{html}}} (three braces: with two, the text would print as code) in partials/article.hbs, and in each row's cells " +
      "and notes in partials/parallel-article.hbs for parallel editions, as the ones in templates/_shared/partials/ do.",
    location: { file: `templates/${layoutName}/layout.hbs` },
  });
}
