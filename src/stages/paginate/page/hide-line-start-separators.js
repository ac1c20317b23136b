// @ts-check
// Runs inside Chromium with Paged.js: hides the separator of a masthead item that a wrapped issue line starts with, and keeps that line centred.
/* global Paged */

(() => {
  /** An item of a line that may wrap, each (but the first) opening with its separator: the newspaper's issue line. */
  const ITEM = ".masthead-item";
  const SEPARATOR = ".masthead-separator";

  /** Two items whose tops are closer than this many pixels share a line (the issue line's leading is 11 pt, 14.7 px). */
  const SAME_LINE = 4;

  /**
   * The share of a hidden separator's width the line's items move towards its start, so the line keeps its alignment:
   * half on a centred line, all of it on a line set to its start, none on one set to its end.
   * @param {Element} line the items' parent
   */
  const readShiftShare = (line) => {
    const { textAlign, direction } = getComputedStyle(line);
    if (textAlign === "center" || textAlign === "-webkit-center") return 0.5;
    const startSide = direction === "rtl" ? "right" : "left";
    return textAlign === "start" || textAlign === "justify" || textAlign === startSide ? 1 : 0;
  };

  /**
   * How far (px, positive to the right) the items of a line that opens with `item` move once its separator is hidden:
   * the separator's width with its margins (what lies between the item's start edge and the rest of its content),
   * times the line's share.
   * @param {Element} item @param {Element} separator @param {number} share
   */
  const measureShift = (item, separator, share) => {
    const box = item.getBoundingClientRect();
    const rest = Array.from(item.children).filter((child) => child !== separator).map((child) => child.getBoundingClientRect());
    if (rest.length === 0) return 0;
    const mark = separator.getBoundingClientRect();
    // The separator comes first in the item's own direction: on its left in a left-to-right line, its right otherwise.
    const onRight = mark.left - box.left > box.right - mark.right;
    const hidden = onRight ? box.right - Math.max(...rest.map((rect) => rect.right)) : Math.min(...rest.map((rect) => rect.left)) - box.left;
    return (onRight ? 1 : -1) * Math.max(0, hidden) * share;
  };

  /**
   * The newspaper's issue line (number, date, contacts) is centred and wraps between items, each carrying the
   * separator before it (one box, so a contact is never split: masthead.hbs). A wrapped line then opened with a
   * separator ("· Free — ..."), which no printed masthead does. Once the pages are laid out, an item that starts a line
   * gets its separator hidden (kept in place, so no item moves to another line, and the masthead keeps its height),
   * and the items of that line move by half the separator's width, so the line is centred on what it prints.
   * Positions only: no text changes, and Chromium moves nothing to another line or page. A hidden separator is left
   * out of the text layer's twins too (shadow-text.js skips what is hidden), as printed.
   */
  // @ts-ignore Paged is the global from paged.js, loaded just before this file.
  class HideLineStartSeparators extends Paged.Handler {
    /** @param {{ element: Element }[]} pages Paged.js's pages */
    afterRendered(pages) {
      for (const { element } of pages) {
        const items = Array.from(element.querySelectorAll(ITEM));
        if (items.length < 2) continue;
        const tops = items.map((item) => item.getBoundingClientRect().top);
        /** @type {Element[]} */
        const hidden = [];
        /** @type {{ item: Element, shift: number }[]} */
        const moves = [];
        let shift = 0;
        items.forEach((item, index) => {
          const previous = items[index - 1];
          // An issue line's first item (the number) has no separator, and nothing moves its line.
          if (!previous || previous.parentElement !== item.parentElement || !item.parentElement) return void (shift = 0);
          if ((tops[index] ?? 0) - (tops[index - 1] ?? 0) > SAME_LINE) {
            const separator = item.querySelector(`:scope > ${SEPARATOR}`);
            shift = separator ? measureShift(item, separator, readShiftShare(item.parentElement)) : 0;
            if (separator) hidden.push(separator);
          }
          if (shift !== 0) moves.push({ item, shift });
        });
        // Every box read before any is changed: a change between two reads has Chromium lay the page out again.
        for (const separator of hidden) /** @type {HTMLElement} */ (separator).style.visibility = "hidden";
        for (const move of moves) {
          const style = /** @type {HTMLElement} */ (move.item).style;
          style.position = "relative";
          style.left = `${move.shift}px`;
        }
      }
    }
  }

  // @ts-ignore
  Paged.registerHandlers(HideLineStartSeparators);
})();
