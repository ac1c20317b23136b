// @ts-check
// Runs inside Chromium with Paged.js: when the front page would print the masthead and the contents box but none of the lead story's text, sets the contents box at the top of page 2 instead, so the story starts on the front page.
/* global Paged */

(() => {
  /**
   * A contents box taller than this share of the page's text area stays on the front page: on page 2 it would leave
   * its text little room, and unlike a picture there it is never taken off again.
   */
  const MAX_BOX_SHARE = 0.5;
  /** What prints an article's text (not its heads): a column article's body, a parallel article's rows under its heads. */
  const TEXT = ".story-body, .parallel-row:not(.parallel-head)";

  /** The page's copy of a source element, or null (find-break-text.js's findTwin). @param {any} page @param {Element} element */
  const findLaid = (page, element) => /** @type {Element | null} */ (/** @type {any} */ (window).pressroomFindTwin(element, page.wrapper));

  /** True when the page holds some of the lead story's text, not only its heads (or nothing of it). @param {any} page @param {Element} lead */
  const holdsLeadText = (page, lead) => {
    const laid = findLaid(page, lead);
    return !!laid && Array.from(laid.querySelectorAll(TEXT)).some((part) => (part.textContent || "").trim());
  };

  /**
   * True when the contents box is printed whole on the page: one that runs on overleaf (a long list, let start there
   * by break-tall-kept-boxes.js) fills the front page itself.
   * @param {any} page @param {Element} contents in the source
   */
  const holdsWhole = (page, contents) => {
    // Letters only: Paged.js leaves out the source's white space between elements.
    const letters = (/** @type {Node} */ node) => (node.textContent || "").replace(/\s+/g, "");
    const laid = findLaid(page, contents);
    return !!laid && letters(laid) === letters(contents);
  };

  /** True when the page's copy of the box is no taller than MAX_BOX_SHARE of its text area. @param {any} page @param {Element} box */
  const isShort = (page, box) => {
    const laid = findLaid(page, box);
    const area = /** @type {HTMLElement} */ (page.area).getBoundingClientRect();
    return !!laid && laid.getBoundingClientRect().height <= area.height * MAX_BOX_SHARE;
  };

  /**
   * A newspaper's front page starts its lead story. Under a tall masthead and the contents box, the lead story's
   * heads and first lines may not fit what is left: the story went overleaf whole and the front page printed the
   * masthead and the contents alone, half of it empty (the Persian sample's parallel edition as an A5 newspaper, the
   * Urdu sample's as an A5 or Half Letter bulletin and a Letter newspaper). The contents box is then taken out of the
   * text and the front page laid out again; when the story starts there, the box is set at the top of page 2 (as
   * page-floats.js sets a page's pictures, the text area shortened under it), where a reader turning the page finds
   * it; otherwise (or when the text then ends on the front page) it goes back. A contents box not printed whole on
   * the front page, or taller than half of it, stays.
   */
  // @ts-ignore Paged is the global from paged.js, loaded just before this file.
  class StartLeadOnFrontPage extends Paged.Handler {
    /** @param {any[]} args */
    constructor(...args) {
      // @ts-ignore
      super(...args);
      /** @type {HTMLElement | undefined} The contents box taken off the front page, for page 2. */
      this.held = undefined;
    }

    /** @param {any} page @param {DocumentFragment | undefined} contents */
    beforePageLayout(page, contents) {
      if (!contents) return;
      if (page.position === 1 && this.held) {
        const wrapper = document.createElement("div");
        wrapper.className = "page-float page-float-top page-float-contents";
        wrapper.append(this.held);
        /** @type {any} */ (window).pressroomPlaceAtTop(page, wrapper);
        this.held = undefined;
      }
      if (page.position !== 0) return;
      const box = /** @type {HTMLElement | null} */ (contents.querySelector("nav.contents"));
      const lead = box && contents.querySelector("article[data-article-id]");
      if (!box || !lead || !(box.compareDocumentPosition(lead) & Node.DOCUMENT_POSITION_FOLLOWING)) return;
      const layout = page.layout;
      /** @param {DocumentFragment} source @param {any} token @param {number} maxChars */
      page.layout = async (source, token, maxChars) => {
        // Each layout after the first starts the page again from its top, its notes too (keep-notes.js).
        const layOutAgain = /** @type {any} */ (window).pressroomPrepareLayOutAgain(page, layout, source, token, maxChars);
        const next = await layout.call(page, source, token, maxChars);
        if (!box.parentNode || holdsLeadText(page, lead) || !holdsWhole(page, box) || !isShort(page, box)) return next;
        const place = { parent: box.parentNode, before: box.nextSibling };
        box.remove();
        const again = await layOutAgain();
        // Only with a page 2 to take the box: text ending on the front page leaves none.
        if (again && holdsLeadText(page, lead)) {
          this.held = box;
          return again;
        }
        place.parent.insertBefore(box, place.before);
        return layOutAgain();
      };
    }
  }

  // @ts-ignore
  Paged.registerHandlers(StartLeadOnFrontPage);
})();
