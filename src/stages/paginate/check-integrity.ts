// Stops the build when an article's (or the editorial's) text on the pages is not the text written: Paged.js is known to drop and repeat text near breaks (pure).

import { ContentError } from "../../diagnostics/errors.js";
import { EDITORIAL_TEXT_ID, type IntegrityProblem } from "../../shared/browser-messages.js";
import { quoteTitle } from "../../diagnostics/quote-title.js";

/**
 * page/check-integrity.js compares each article's letters before and after layout (pagedjs issues 130, 208
 * and 320 are passages lost or printed twice at page breaks); one difference means the PDF would not hold
 * what the editor wrote, so it is not written.
 */
export function checkIntegrity(articles: readonly { id: string; title: string }[], problems: readonly IntegrityProblem[], edition: string): void {
  const first = problems[0];
  if (!first) return;
  const where =
    first.articleId === EDITORIAL_TEXT_ID
      ? "the editorial (the text under issue.md's front matter, or its translation's)"
      : first.articleId
        ? quoteTitle(articles.find((article) => article.id === first.articleId)?.title ?? first.articleId)
        : "the page-foot notes";
  const what =
    first.kind === "lost"
      ? `text of ${where} is missing from the laid-out pages, from the words “${first.near}”`
      : `text of ${where} is printed twice or out of order on the laid-out pages, from the words “${first.near}”`;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more such place${problems.length > 2 ? "s" : ""})` : "";
  throw new ContentError("text-lost", `In the ${edition} edition, ${what}${more}; pressroom did not write a PDF that lacks what you wrote.`, {
    hint: "This is a page-layout fault near a page break. Change the text just before that place a little (a word or a line), or move a picture, and build again; if it persists, report it with the issue folder.",
  });
}
