// @ts-check
// Runs inside Chromium before keep-lines.js: stops a break that "break-after: avoid" moves back from printing an article begun on an earlier page again from its start, or from leaving the page empty.

(() => {
  /** The marks Paged.js puts on an element that must not be parted from the one before it. */
  const AVOID_MARKS = ["data-previous-break-after", "data-break-before"];

  /**
   * Paged.js honours break-after: avoid by breaking before the element in front of the first one past the page
   * (findOverflow's nodeBefore). When that element was begun on an earlier page (a rebuilt ancestor, marked
   * data-split-from), the break token is its source element from the start: the page comes out blank and the
   * next one prints the whole article again (an article ending in a subheading, whose break-after: avoid Paged.js
   * puts on the box after the article, printed its first page's text twice). Likewise when the avoids carry the
   * break back to where the page began (an article ending in a subheading, the next article's head kept with its
   * picture): Paged.js takes that for a loop, goes on after the page's first box and leaves everything else on
   * the page unseen below it, printed again overleaf. Then the overflow is found again as if nothing asked to be
   * kept together: the break falls before the first thing past the page, as it would with no avoid. Returns the
   * mended overflow, or undefined when Paged.js's own neither restarts anything nor empties the page.
   * @param {Range | undefined} overflow @param {Element} rendered @param {any} bounds @param {any} layout
   * @returns {Range | undefined}
   */
  function keepBegunElements(overflow, rendered, bounds, layout) {
    if (!overflow || !layout || typeof layout.findOverflow !== "function") return undefined;
    const wasted = (/** @type {Range} */ range) => restartsBegunElement(range) || leavesPageEmpty(range, rendered);
    if (!wasted(overflow)) return undefined;
    /** @type {[Element, string][]} */
    const removed = [];
    for (const name of AVOID_MARKS) {
      rendered.querySelectorAll(`[${name}="avoid"]`).forEach((element) => {
        removed.push([element, name]);
        element.removeAttribute(name);
      });
    }
    try {
      const found = layout.findOverflow(rendered, bounds);
      return found && !wasted(found) ? found : undefined;
    } finally {
      for (const [element, name] of removed) element.setAttribute(name, "avoid");
    }
  }

  /**
   * True when the overflow starts with a whole element that was begun on an earlier page.
   * @param {Range} overflow
   */
  const restartsBegunElement = (overflow) => {
    const container = overflow.startContainer;
    if (container.nodeType !== Node.ELEMENT_NODE) return false;
    const first = container.childNodes[overflow.startOffset];
    return !!first && first.nodeType === Node.ELEMENT_NODE && /** @type {Element} */ (first).hasAttribute("data-split-from");
  };

  /**
   * True when nothing that prints is laid out on the page before the overflow: no text, no picture. Not on a page
   * holding page pictures ({.page-top}, {.page-bottom}): page-floats.js lays that page out again without them, so
   * the head stays with its picture and text (found again here, the break left the head alone above them).
   * @param {Range} overflow @param {Element} rendered
   */
  const leavesPageEmpty = (overflow, rendered) => {
    const page = rendered.closest(".pagedjs_page");
    if (page && page.querySelector(".page-floats > *")) return false;
    const before = document.createRange();
    before.setStart(rendered, 0);
    before.setEnd(overflow.startContainer, overflow.startOffset);
    return before.toString().trim() === "" && !before.cloneContents().querySelector("img, svg");
  };

  Object.defineProperty(window, "pressroomKeepBegunElements", { value: keepBegunElements, writable: false });
})();
