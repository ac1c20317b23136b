// @ts-check
// Runs inside Chromium with Paged.js: marks the part of a paragraph left at a page foot, so its last line is justified.
/* global Paged */

(() => {
  /**
   * Paged.js splits a paragraph at a page break into two elements sharing `data-ref`, and marks the second
   * `data-split-from` (the first's `data-split-to` is commented out in 0.4.3). The first part's last line
   * is not the paragraph's last line, so base.css justifies it to the end when it carries
   * `data-continues`. Only the alignment of one line changes: no line moves to another page.
   */
  // @ts-ignore Paged is the global from paged.js, loaded just before this file.
  class MarkSplitParagraphs extends Paged.Handler {
    /** @param {HTMLElement} pageElement */
    afterPageLayout(pageElement) {
      pageElement.querySelectorAll("p[data-split-from], li[data-split-from]").forEach((part) => {
        const ref = part.getAttribute("data-ref");
        if (!ref) return;
        document.querySelectorAll(`[data-ref="${CSS.escape(ref)}"]`).forEach((other) => {
          if (other !== part && other.compareDocumentPosition(part) & Node.DOCUMENT_POSITION_FOLLOWING) other.setAttribute("data-continues", "");
        });
      });
    }
  }

  // @ts-ignore
  Paged.registerHandlers(MarkSplitParagraphs);
})();
