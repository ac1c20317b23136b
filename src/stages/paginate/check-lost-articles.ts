// Compares the articles a document holds with those Paged.js laid out, so pages it dropped stop the build (pure).

import { ContentError } from "../../diagnostics/errors.js";
import { quoteTitle } from "../../diagnostics/quote-title.js";

/**
 * Paged.js 0.4.3 can stop laying out an edition part-way, without an error, when one footnote is taller
 * than what a page foot and the next can hold (test/e2e/footnotes.test.ts): the articles after it are
 * missing from the PDF. A PDF without them must not be written.
 */
export function checkLostArticles(expected: readonly { id: string; title: string }[], laidOut: readonly { id: string }[], edition: string): void {
  const found = new Set(laidOut.map((article) => article.id));
  const lost = expected.filter((article) => !found.has(article.id));
  const first = lost[0];
  if (!first) return;
  const more = lost.length > 1 ? ` and ${lost.length - 1} more after it` : "";
  throw new ContentError("pages-lost", `The layout of the ${edition} edition stopped early: ${quoteTitle(first.title)}${more} would be missing from the PDF.`, {
    hint:
      "This happens when one footnote is too long for the foot of a page: shorten the longest note before that article, " +
      "or print that article's notes after it with `notes: end` in its front matter.",
  });
}
