// @ts-check
// Runs inside Chromium with Paged.js: marks the part of a paragraph left at a page foot, so its last line is justified, of an editorial's box, so it stays open there, and of a table, so it is not kept whole as a short one.
/* global Paged */

(() => {
  /**
   * Paragraphs; the editorial's box, whose border and padding at the foot would take the room of its last lines;
   * and tables: base.css keeps a short table (up to eight rows) whole, and the rows a cut leaves at the foot of a
   * longer one are that few, so Chromium moved them whole past the page, out of the PDF (a fuzz issue's table
   * opening its article: its head and first rows in no page, the build stopped).
   */
  const PARTS = "p[data-ref], li[data-ref], .editorial[data-ref], table[data-ref]";
  /** The same elements' parts that go on from the page before. */
  const CONTINUATIONS = "p[data-split-from], li[data-split-from], .editorial[data-split-from], table[data-split-from]";

  /**
   * Paged.js splits a paragraph at a page break into two elements sharing `data-ref`, and marks the second
   * `data-split-from` (the first's `data-split-to` is commented out in 0.4.3). The first part's last line
   * is not the paragraph's last line, so base.css justifies it to the end when it carries
   * `data-continues`. Only the alignment of one line changes: no line moves to another page. An editorial's
   * box cut so is marked too: base.css leaves it open at the foot, where its border and padding took the room
   * of its last lines once what followed was cut off (Chromium carried them past the page).
   *
   * The part is marked as soon as Paged.js cuts the page's overflow off inside it, before anything reads
   * the finished page's geometry. Marked only once the next page was laid out (as it first was), the
   * change made Chrome lay the page before out again at the next read: 0.2 to 0.27 s of the 187-page
   * benchmark issue's layout (profiles of the renderer, two builds each way). The next page's layout
   * still marks any part a later handler left split elsewhere, and the layout's end removes the mark from
   * a part that no longer continues (a handler moved the break after the cut).
   */
  // @ts-ignore Paged is the global from paged.js, loaded just before this file.
  class MarkSplitParagraphs extends Paged.Handler {
    /** @param {any[]} args */
    constructor(...args) {
      // @ts-ignore
      super(...args);
      /** Parts marked when the overflow was cut, this layout's (Paged.js makes the handlers anew for each). @type {Element[]} */
      this.markedAtCut = [];
    }

    /**
     * The elements Paged.js cut in two are the first on each level of what it took off: the page keeps
     * their first parts, under the same data-ref.
     * @param {DocumentFragment} removed @param {Element} rendered
     */
    afterOverflowRemoved(removed, rendered) {
      for (let part = removed.firstElementChild; part; part = part.firstElementChild) {
        const ref = part.getAttribute("data-ref");
        if (!ref || !part.matches(PARTS)) continue;
        // The last element of that paragraph on the page: the part the cut left there.
        const onPage = rendered.querySelectorAll(`[data-ref="${CSS.escape(ref)}"]`);
        const left = onPage[onPage.length - 1];
        if (!left || !(left.textContent || "").trim() || left.hasAttribute("data-continues")) continue;
        left.setAttribute("data-continues", "");
        this.markedAtCut.push(left);
      }
    }

    /** @param {HTMLElement} pageElement */
    afterPageLayout(pageElement) {
      // A paragraph's parts are on pages next to each other (or on one page): the page before and this one.
      const before = pageElement.previousElementSibling;
      pageElement.querySelectorAll(CONTINUATIONS).forEach((part) => {
        const ref = part.getAttribute("data-ref");
        if (!ref) return;
        const selector = `[data-ref="${CSS.escape(ref)}"]`;
        for (const other of [...(before ? before.querySelectorAll(selector) : []), ...pageElement.querySelectorAll(selector)]) {
          if (other !== part && !other.hasAttribute("data-continues") && other.compareDocumentPosition(part) & Node.DOCUMENT_POSITION_FOLLOWING) {
            other.setAttribute("data-continues", "");
          }
        }
      });
    }

    /** @param {{ element: Element }[]} pages Paged.js's pages */
    afterRendered(pages) {
      if (this.markedAtCut.length === 0) return;
      /** @type {Map<string, Element>} the last part of each paragraph */
      const lastParts = new Map();
      for (const page of pages) for (const part of page.element.querySelectorAll(PARTS)) lastParts.set(part.getAttribute("data-ref") || "", part);
      for (const part of this.markedAtCut) {
        if (part.isConnected && lastParts.get(part.getAttribute("data-ref") || "") === part) part.removeAttribute("data-continues");
      }
    }
  }

  // @ts-ignore
  Paged.registerHandlers(MarkSplitParagraphs);
})();
