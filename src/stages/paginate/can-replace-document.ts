// Whether an edition's document may be put into a kept browser page in place of the one there, or must be loaded anew (pure).

/**
 * Putting a document in place of another (page/replace-document.js) keeps the page's JavaScript world, so only
 * documents without scripts of their own are put in or kept for it: a script that ran could have changed that
 * world for the next edition, and a script put in by replacement would neither run nor be refused and reported
 * as a navigation reports it. A <base> and a <meta http-equiv> (a refresh, a policy) act only as a document
 * loads. Such tags reach an edition's HTML only from a layout or from raw HTML (`allowHtml`).
 */
export function canReplaceDocument(html: string): boolean {
  return !/<(?:script|base)\b|<meta\b[^>]*\bhttp-equiv\b/i.test(html);
}
