// @ts-check
// Runs inside Chromium before keep-lines.js: starts an article's columns under its head when Chromium moved them whole to the next page.

(() => {
  /** Fewer lines than this under a head at a page foot: the article may as well start on the next page. */
  const MIN_LINES = 4;
  /** Notes Paged.js moves to the page foot when it lays out their call. */
  const NOTES = "[data-note], .footnote";

  /**
   * True when a box lies beside `box`, in a column past its edge (left of it in a right-to-left body).
   * @param {DOMRect} rect @param {DOMRect} box
   */
  const isBeside = (rect, box) => rect.left >= box.right - 1 || rect.right <= box.left + 1;

  /**
   * The first character of `node` printed beside `box`, or -1: columns are filled in reading order, so the
   * characters beside the box are the last ones and a binary search finds the first. A character with no
   * box of its own (a soft hyphen not used) goes with the next one that has one.
   * @param {Text} node @param {DOMRect} box
   */
  const findFirstBeside = (node, box) => {
    const range = document.createRange();
    const rectAt = (/** @type {number} */ offset) => {
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getClientRects()[0];
    };
    const besideFrom = (/** @type {number} */ offset) => {
      for (let at = offset; at < node.length; at++) {
        const rect = rectAt(at);
        if (rect) return isBeside(rect, box);
      }
      return true;
    };
    let last = node.length - 1;
    while (last >= 0 && !rectAt(last)) last--;
    if (last < 0 || !besideFrom(last)) return -1;
    let low = 0;
    let high = last;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (besideFrom(middle)) high = middle;
      else low = middle + 1;
    }
    return low;
  };

  /**
   * Where the body's text leaves its box for the columns beside it: before the first block wholly beside,
   * or inside the first paragraph that runs on beside, at its first character there.
   * @param {Element} body @param {DOMRect} box
   * @returns {Range | undefined}
   */
  const findBreakBeside = (body, box) => {
    for (const block of Array.from(body.children)) {
      const rects = Array.from(block.getClientRects());
      if (!rects.length || !rects.some((rect) => isBeside(rect, box))) continue;
      const range = document.createRange();
      if (rects.every((rect) => isBeside(rect, box)) || !/^(P|LI)$/.test(block.tagName)) {
        range.setStartBefore(block);
        return range;
      }
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = /** @type {Text | null} */ (walker.nextNode()); node; node = /** @type {Text | null} */ (walker.nextNode())) {
        const offset = findFirstBeside(node, box);
        if (offset < 0) continue;
        range.setStart(node, offset);
        return range;
      }
      range.setStartBefore(block);
      return range;
    }
    return undefined;
  };

  /**
   * Chromium sometimes lays an article's columns out whole in the next page when the room left under the
   * article's head falls just so against the columns' lines and a picture or pull quote that may not be
   * split (found in the benchmark's issues): Paged.js then sees the body past the page and moves the head
   * with it, and the page keeps an empty foot, up to most of its height. Here such a body is given the
   * room's height: Chromium then fills its columns to the page foot and sets what does not fit in columns
   * beside them, and the page breaks at the first of those, inside the body, as at any page foot. Returns
   * that break, or undefined to keep Paged.js's (the body's height taken back): no body moved so, the
   * layout asks bodies to stay whole, too little room, nothing to carry over, or nothing to keep (a note
   * called in the first paragraph). Only the page's copy of the body gets the height: the rest of the
   * article is laid out from the source.
   * @param {Range} overflow Paged.js's break @param {Element} rendered the page's content
   * @returns {Range | undefined}
   */
  const splitPushedBody = (overflow, rendered) => {
    const area = rendered.getBoundingClientRect();
    const body = Array.from(rendered.querySelectorAll(".story-body")).find((candidate) => {
      const head = candidate.previousElementSibling;
      return head && head.classList.contains("story-head") && isBeside(candidate.getBoundingClientRect(), area) && !isBeside(head.getBoundingClientRect(), area);
    });
    if (!body || !overflow.intersectsNode(body) || getComputedStyle(body).breakInside === "avoid") return undefined;
    const head = /** @type {Element} */ (body.previousElementSibling);
    const room = Math.floor(area.bottom - head.getBoundingClientRect().bottom - parseFloat(getComputedStyle(head).marginBottom));
    const lineHeight = parseFloat(getComputedStyle(body.querySelector("p, li") || body).lineHeight) || 16;
    if (room < MIN_LINES * lineHeight) return undefined;
    const style = /** @type {HTMLElement} */ (body).style;
    style.height = `${room}px`;
    const box = body.getBoundingClientRect();
    const split = !isBeside(box, area) && box.bottom <= area.bottom + 1 ? findBreakBeside(body, box) : undefined;
    // Paged.js puts a note at the page foot as it lays out its call on the page, so the notes of a body laid
    // out past the page were left in the text: one called before the break would be printed nowhere. The
    // page then ends before the paragraph that calls the first note.
    const note = body.querySelector(NOTES);
    let block = /** @type {Element | null} */ (note);
    while (block && block.parentElement !== body) block = block.parentElement;
    if (split && note && block && split.comparePoint(note, 0) < 0) split.setStartBefore(block);
    const kept = document.createRange();
    kept.setStart(body, 0);
    if (split) kept.setEnd(split.startContainer, split.startOffset);
    if (!split || !kept.toString().trim()) {
      style.height = "";
      return undefined;
    }
    split.setEndAfter(/** @type {Node} */ (rendered.lastChild));
    return split;
  };

  Object.defineProperty(window, "pressroomSplitPushedBody", { value: splitPushedBody, writable: false });
})();
