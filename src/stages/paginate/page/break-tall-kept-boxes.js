// @ts-check
// Runs inside Chromium before keep-lines.js: a box kept whole (break-inside: avoid) over half a page tall starts where the text before it ends rather than leave that page largely empty.

(() => {
  /** The break-inside values that keep a box on one page. */
  const KEEPS = new Set(["avoid", "avoid-page"]);
  /** A box kept whole no taller than this share of the page goes over whole, whatever it leaves. */
  const MIN_SHARE_OF_PAGE = 0.5;
  /** A taller box no taller than a page starts on the page when the page has at least this share of its height left for it. */
  const MIN_ROOM_SHARE = 1 / 3;
  /** The box's part on the page must fill at least this share of the room the page had for it. */
  const MIN_PART_OF_ROOM = 0.5;
  /** The mark on a box's copy on a page that this script let break: the room the page had for it, in pixels. */
  const LIFTED = "data-kept-box-room";

  /** @type {WeakMap<Element, DocumentFragment>} Each document's content as Paged.js parsed it, by the document's root (a kept browser page takes the next edition's document in place of its root). */
  const sources = new WeakMap();

  /**
   * The element with data-ref `ref` in the document's content as Paged.js parsed it, or null.
   * @param {string | null} ref
   * @returns {Element | null}
   */
  const findParsed = (ref) => {
    const parsed = sources.get(document.documentElement);
    return parsed && ref ? parsed.querySelector(`[data-ref="${CSS.escape(ref)}"]`) : null;
  };

  /**
   * The outermost box kept whole that the page breaks right before, nothing of it on the page, or undefined.
   * @param {Range} overflow @param {Element} rendered
   */
  const findKeptBoxAtBreak = (overflow, rendered) => {
    /** @type {HTMLElement | undefined} */
    let found;
    for (let box = /** @type {any} */ (window).pressroomFindElementAtBreak(overflow); box && box !== rendered && rendered.contains(box); box = box.parentElement) {
      // A box begun before the break is on the page already, and so are the boxes around it: looked at first, so a
      // break inside a paragraph (every look's, nearly) reads no style.
      if (overflow.comparePoint(box, 0) < 0) break;
      // A picture is never let break: only its caption could, cut from it (a generated A5 page kept a drawing and its
      // caption's first line, the rest set beside the page and printed nowhere); fit-pictures-at-breaks.js draws a
      // picture that leaves the page empty shorter instead.
      if (box instanceof HTMLElement && !box.matches("figure") && KEEPS.has(getComputedStyle(box).breakInside)) found = box;
    }
    return found;
  };

  /**
   * The height a box takes laid out whole, or at least `enough`. Paged.js looks for the page's break while it adds
   * the content, so the box on the page may hold only its first blocks: then its copy in the parsed content is laid
   * out beside it, off the page's flow and unseen, at its width, and taken away again (a layout of the page, so only
   * for a box not yet whole there).
   * @param {HTMLElement} box @param {number} enough
   */
  const measureWhole = (box, enough) => {
    const laidOut = Array.from(box.getClientRects()).reduce((sum, rect) => sum + rect.height, 0);
    if (laidOut > enough) return laidOut;
    const source = findParsed(box.getAttribute("data-ref"));
    if (!source || !box.parentElement || (source.textContent || "").length <= (box.textContent || "").length) return laidOut;
    // Its first part's width: the bounding box of a box running on into the next column spans both.
    const width = box.getClientRects()[0]?.width ?? box.getBoundingClientRect().width;
    const copy = /** @type {HTMLElement} */ (source.cloneNode(true));
    copy.style.setProperty("position", "absolute");
    copy.style.setProperty("visibility", "hidden");
    copy.style.setProperty("box-sizing", "border-box");
    copy.style.setProperty("width", `${width}px`);
    box.parentElement.insertBefore(copy, box.nextSibling);
    const height = copy.offsetHeight;
    copy.remove();
    return Math.max(laidOut, height);
  };

  /** The height of the box's part before the break. @param {HTMLElement} box @param {Range} at */
  const measurePart = (box, at) => {
    const part = document.createRange();
    part.setStartBefore(box);
    part.setEnd(at.startContainer, at.startOffset);
    return part.getBoundingClientRect().height;
  };

  /**
   * True when the break goes before a parallel editorial's last row whose lines fit in the `left` room under the
   * box's part on the page, only the box's foot (its border and padding) not: Chromium moves such a grid row over
   * whole, where split-parallel-rows.js then sends its last lines over with the foot.
   * @param {HTMLElement} box @param {Range} at @param {number} left
   */
  const pushesLastRow = (box, at, left) => {
    const row = /** @type {Element | null} */ (/** @type {any} */ (window).pressroomFindElementAtBreak(at));
    if (!row || row.parentElement !== box || !row.matches(".parallel-row") || row.nextElementSibling) return false;
    return row.getBoundingClientRect().height <= left;
  };

  /**
   * True when a break at `at` starts the box well on the page: its part there fills half the room the page had for it
   * or more (a contents box's list of entries, set in columns, went over whole and left its title alone at the foot),
   * or its lines would fill the room but for its foot. A parallel editorial's row cut in its first side is split on
   * both sides by split-parallel-rows.js, or the box sent overleaf when the other side cannot keep two lines there.
   * @param {HTMLElement} box @param {Range} at @param {number} room
   */
  const startsWell = (box, at, room) => {
    const part = measurePart(box, at);
    return part >= room * MIN_PART_OF_ROOM || pushesLastRow(box, at, room - part);
  };

  /** Keeps the page's copy of a box whole again. @param {HTMLElement} box */
  const restore = (box) => {
    box.style.removeProperty("break-inside");
    box.removeAttribute(LIFTED);
  };

  /**
   * Chromium keeps a box with break-inside: avoid (an editorial's) whole by starting it on the next page when it does
   * not fit under what the page holds. A box taller than a page breaks there all the same, and one nearly as tall
   * leaves as much of this page empty: a long editorial after a short lead story left the front page of an A5
   * bulletin, or three quarters of a parallel edition's page, empty. Such a box (taller than half a page; not a
   * picture, which is drawn shorter or goes over whole, findKeptBoxAtBreak) starts on the page when the page has a
   * third of its height or more left for it, or it is taller than a page anyway: its rule is lifted on this page's
   * copy of it and the page's break found again, inside it. A box of half a page or less still goes over whole, as
   * does a taller one the page has little room for, one whose part on the page would fill less than half that room
   * (the copy marked with its room, so that a later look at the page finding the break inside it judges that again).
   * Returns the new break; null when the page holds all it has been given so far once the box may break (Paged.js
   * then goes on adding to it); undefined when nothing changed.
   * @param {Range | undefined} overflow @param {Element} rendered @param {any} bounds @param {any} layout
   * @returns {Range | null | undefined}
   */
  function breakTallKeptBox(overflow, rendered, bounds, layout) {
    if (!overflow || !layout || typeof layout.findOverflow !== "function" || !bounds) return undefined;
    // A box let break at an earlier look of this page that the break now does not start well goes over whole after all.
    const at = /** @type {Element | null} */ (/** @type {any} */ (window).pressroomFindElementAtBreak(overflow));
    const lifted = at && at.closest(`[${LIFTED}]`);
    if (lifted instanceof HTMLElement && rendered.contains(lifted)) {
      if (startsWell(lifted, overflow, Number(lifted.getAttribute(LIFTED)))) return undefined;
      restore(lifted);
      return layout.findOverflow(rendered, bounds) || undefined;
    }
    const box = findKeptBoxAtBreak(overflow, rendered);
    if (!box) return undefined;
    const whole = measureWhole(box, bounds.height);
    if (whole <= bounds.height * MIN_SHARE_OF_PAGE) return undefined;
    box.style.setProperty("break-inside", "auto");
    // The room from the top of its first part (its bounding box spans the column it goes on in, beside the page).
    const first = box.getClientRects()[0];
    const room = first ? bounds.bottom - first.top : 0;
    box.setAttribute(LIFTED, String(room));
    const found = whole > bounds.height || room >= bounds.height * MIN_ROOM_SHARE ? layout.findOverflow(rendered, bounds) : overflow;
    if (!found) return null;
    // The break must fall later than before, inside the box, and start it well.
    if (box.contains(found.startContainer) && found.compareBoundaryPoints(Range.START_TO_START, overflow) > 0 && startsWell(box, found, room)) return found;
    restore(box);
    return undefined;
  }

  // @ts-ignore Paged is the global from paged.js, loaded just before this file.
  class KeepParsedContent extends Paged.Handler {
    /** @param {DocumentFragment} parsed */
    afterParsed(parsed) {
      sources.set(document.documentElement, parsed);
    }
  }

  Object.defineProperty(window, "pressroomBreakTallKeptBox", { value: breakTallKeptBox, writable: false });
  // keep-lines.js looks up what follows a paragraph the page breaks in.
  Object.defineProperty(window, "pressroomFindParsed", { value: findParsed, writable: false });
  // @ts-ignore
  Paged.registerHandlers(KeepParsedContent);
})();
