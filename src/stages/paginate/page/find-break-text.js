// @ts-check
// Runs inside Chromium during Paged.js: makes a break inside a run of text point at that run in the source, not at an earlier one holding the same words.

(() => {
  /**
   * Paged.js turns a break inside a text into a place in the source by looking, among its paragraph's texts, for
   * the first that holds the words laid out (indexOfTextNode): a paragraph whose words between two emphases or
   * links repeat (or an Arabic one whose Latin runs leave short texts between them, "و") broke at the first such
   * text, so the next page printed again what the page before had (the build stopped: "printed twice or out of
   * order"). The text is found instead from what is beside it: the element just before it (each has a data-ref
   * in both copies), or, first in a paragraph carried over from the page before, the text the page started in.
   */
  /** @type {any} */ (window).pressroomPatchLayout("pressroomFindsBreakText", (/** @type {any} */ prototype) => {
    const renderTo = prototype.renderTo;
    const createBreakToken = prototype.createBreakToken;
    /** @param {Element} wrapper @param {Element} source @param {any} breakToken @param {any[]} rest */
    prototype.renderTo = function (wrapper, source, breakToken, ...rest) {
      this.pressroomStart = breakToken;
      return renderTo.call(this, wrapper, source, breakToken, ...rest);
    };
    /** @param {Range} overflow @param {Element} rendered @param {Element} source */
    prototype.createBreakToken = function (overflow, rendered, source) {
      const token = createBreakToken.call(this, overflow, rendered, source);
      if (!token || !token.node) return token;
      const container = overflow.startContainer;
      const text = container.nodeType === Node.TEXT_NODE ? container : container.childNodes[overflow.startOffset];
      if (!text || text.nodeType !== Node.TEXT_NODE) return token;
      const found = findSourceText(/** @type {Text} */ (text), source, this.pressroomStart);
      if (!found || found === token.node || !(found.textContent || "").includes(text.textContent || "")) return token;
      // A break before the text (its container an element) keeps Paged.js's way with a paragraph's first text.
      if (container !== text) return found === found.parentNode?.firstChild ? token : new token.constructor(found, 0);
      const whole = found.textContent || "";
      const laid = text.textContent || "";
      const start = whole.endsWith(laid) ? whole.length - laid.length : Math.max(0, whole.indexOf(laid));
      return new token.constructor(found, start + overflow.startOffset);
    };
  });

  /**
   * The copy of `element` inside `root`, by the data-ref Paged.js gives an element of its source and its copy on a
   * page: a laid-out element's source, or a source element's copy on a page.
   * @param {Element} element @param {ParentNode} root
   * @returns {Element | null}
   */
  const findTwin = (element, root) => {
    const ref = element.getAttribute("data-ref");
    return ref ? root.querySelector(`[data-ref="${CSS.escape(ref)}"]`) : null;
  };

  /**
   * The source text a laid-out text is part of: the text after the source copy of the element before it, or,
   * with none before it in a paragraph the page began inside, the text the page started in.
   * @param {Text} text @param {Element} source @param {any} start the page's starting break token
   * @returns {Node | null}
   */
  const findSourceText = (text, source, start) => {
    let before = text.previousSibling;
    while (before && before.nodeType !== Node.ELEMENT_NODE) before = before.previousSibling;
    if (before) {
      const copy = findTwin(/** @type {Element} */ (before), source);
      const next = copy ? copy.nextSibling : null;
      return next && next.nodeType === Node.TEXT_NODE ? next : null;
    }
    const parent = text.parentElement;
    const parentCopy = parent ? findTwin(parent, source) : null;
    if (!parentCopy) return null;
    if (start && start.node && start.node.nodeType === Node.TEXT_NODE && start.node.parentNode === parentCopy) return start.node;
    const first = parentCopy.firstChild;
    return first && first.nodeType === Node.TEXT_NODE ? first : null;
  };

  // break-again.js and wait-picture-rows.js find copies the same way (at layout time, after every script has loaded).
  Object.defineProperty(window, "pressroomFindTwin", { value: findTwin, writable: false });
})();
