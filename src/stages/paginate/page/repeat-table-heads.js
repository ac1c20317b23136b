// @ts-check
// Runs inside Chromium with Paged.js: a table carried on to the next page gets its head again, before that page's rows are laid out.
/* global Paged */

(() => {
  /** What check-integrity.js and the other checks leave out: printed again on purpose, written once. */
  const REPEATED = "repeated-head";

  /**
   * Paged.js starts a table it carries over a page break again as an empty copy (`data-split-from`) and fills it
   * with the rows left: its head stayed on the page before, and the reader of a long list of stalls or results on
   * the next page had columns with no names. Chromium repeats a head at a column break inside a page, not here.
   * The head is copied in when the first row goes into the copy, so the rows after it are measured under it. The
   * copy has no `data-ref`: Paged.js never takes it for part of the article it lays out.
   */
  // @ts-ignore Paged is the global from paged.js, loaded just before this file.
  class RepeatTableHeads extends Paged.Handler {
    /** @param {Node} clone the node as placed on the page @param {Node} node the same node in the article as written */
    renderNode(clone, node) {
      // The first node placed in the copy may be a row, a cell or the text of the cell the page broke in.
      const placed = clone instanceof Element ? clone : clone.parentElement;
      const source = node instanceof Element ? node : node.parentElement;
      const table = placed && placed.closest("table");
      const written = source && source.closest("table");
      const head = written && written.tHead;
      if (!table || !head || !table.hasAttribute("data-split-from") || table.tHead || !placed?.closest("tbody")) return;
      const copy = /** @type {HTMLTableSectionElement} */ (head.cloneNode(true));
      copy.classList.add(REPEATED);
      for (const element of [copy, ...copy.querySelectorAll("*")]) {
        element.removeAttribute("data-ref");
        element.removeAttribute("id");
      }
      table.insertBefore(copy, table.firstChild);
    }
  }

  // @ts-ignore
  Paged.registerHandlers(RepeatTableHeads);
})();
