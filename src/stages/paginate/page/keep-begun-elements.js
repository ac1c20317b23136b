// @ts-check
// Runs inside Chromium before keep-lines.js: stops a break that "break-after: avoid" moves back from printing an article begun on an earlier page again from its start.

(() => {
  /** The marks Paged.js puts on an element that must not be parted from the one before it. */
  const AVOID_MARKS = ["data-previous-break-after", "data-break-before"];

  /**
   * Paged.js honours break-after: avoid by breaking before the element in front of the first one past the page
   * (findOverflow's nodeBefore). When that element was begun on an earlier page (a rebuilt ancestor, marked
   * data-split-from), the break token is its source element from the start: the page comes out blank and the
   * next one prints the whole article again (an article ending in a subheading, whose break-after: avoid Paged.js
   * puts on the box after the article, printed its first page's text twice). Then the overflow is found again as
   * if nothing asked to be kept together: the break falls before the first thing past the page, as it would with
   * no avoid. Returns the mended overflow, or undefined when Paged.js's own does not restart anything.
   * @param {Range | undefined} overflow @param {Element} rendered @param {any} bounds @param {any} layout
   * @returns {Range | undefined}
   */
  function keepBegunElements(overflow, rendered, bounds, layout) {
    if (!overflow || !layout || typeof layout.findOverflow !== "function") return undefined;
    if (!restartsBegunElement(overflow)) return undefined;
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
      return found && !restartsBegunElement(found) ? found : undefined;
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

  Object.defineProperty(window, "pressroomKeepBegunElements", { value: keepBegunElements, writable: false });
})();
