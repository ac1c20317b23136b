// @ts-check
// Runs inside Chromium before keep-lines.js: starts an article's columns under its head (or a picture's row, or a table or picture across them) when Chromium moved them whole to the next page.

(() => {
  /** Fewer lines than this under a head at a page foot: the article may as well start on the next page. */
  const MIN_LINES = 4;
  /** A note still in the text, where Paged.js puts the page-foot notes of a source before it lays out their calls (a call copies its note's class, not this). */
  const NOTE_IN_TEXT = "[data-note='footnote']";
  /** Notes placed at the page foot before the break is found again; a bound on the loop, not a limit any page reaches. */
  const MAX_NOTES_PLACED = 50;

  /**
   * True when a box lies beside `box`, in a column past its edge (left of it in a right-to-left body).
   * @param {DOMRect} rect @param {DOMRect} box
   */
  const isBeside = (rect, box) => rect.left >= box.right - 1 || rect.right <= box.left + 1;

  /**
   * The box the page's text is laid out in: the page's content, not Paged.js's wrapper `rendered` in it. The
   * wrapper inherits its height as `calc(100% - the notes' height)` and resolves it against the content's height,
   * already shortened by the notes, so on a page with notes its foot lies that height again above where the text's
   * columns end (a body given the room under its head to the wrapper's foot left 66 px empty over a generated Urdu
   * page's notes, three lines in each column).
   * @param {Element} rendered
   */
  const readPageBox = (rendered) => (rendered.closest(".pagedjs_page_content") ?? rendered).getBoundingClientRect();

  /**
   * The first character of `node` printed beside `box`, or -1: columns are filled in reading order, so the
   * characters beside the box are the last ones and a binary search finds the first. A character with no
   * box of its own (a soft hyphen not used) goes with the next one that has one.
   * @param {Text} node @param {DOMRect} box
   */
  const findFirstBeside = (node, box) => {
    /** @type {(offset: number) => DOMRect | undefined} */
    const rectAt = (offset) => /** @type {any} */ (window).pressroomMeasureLetter(node, offset);
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
   * or inside the first paragraph that runs on beside, at its first character there. A picture, which
   * Chromium cannot split, leaves the box also by reaching below it, and a heading by being split over
   * columns: the break goes before it.
   * @param {Element} body @param {DOMRect} box
   * @returns {Range | undefined}
   */
  const findBreakBeside = (body, box) => {
    for (const block of Array.from(body.children)) {
      const rects = Array.from(block.getClientRects());
      const isText = /^(P|LI)$/.test(block.tagName);
      // A heading cut over columns: the last row of the room (under a table across the columns) was too short for
      // it, and Chromium split it, one word in each column, rather than leave the row empty. Nothing of it went
      // beside or below, so the break is before it, and it goes on with its text.
      if (/^H[1-6]$/.test(block.tagName) && rects.length > 1) {
        const range = document.createRange();
        range.setStartBefore(block);
        return range;
      }
      if (!rects.length || !rects.some((rect) => isBeside(rect, box) || (!isText && rect.bottom > box.bottom + 1))) continue;
      const range = document.createRange();
      if (rects.every((rect) => isBeside(rect, box)) || !isText) {
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
   * True when `body` (given a height) lies on the page's content `rendered`, every block of it inside its box: none
   * set beside it, none past its foot.
   * @param {Element} body @param {Element} rendered
   */
  const holdsAll = (body, rendered) => {
    const box = body.getBoundingClientRect();
    const page = readPageBox(rendered);
    if (isBeside(box, page) || box.bottom > page.bottom + 1) return false;
    return Array.from(body.children).every((block) => Array.from(block.getClientRects()).every((rect) => !isBeside(rect, box) && rect.bottom <= box.bottom + 1));
  };

  /**
   * The body on the page whose columns Chromium moved whole past it, and the box above them there (the "head"
   * below): the article's head, a picture's row (compose-modules.js), which Chromium pushes the same way, or a
   * table or picture set across the body's columns, under which the columns start a new row that Chromium moved
   * whole likewise (a fuzz issue: an Arabic page ended under such a table at 38% of its height, its article going
   * on overleaf in three full columns). Only a body the break `overflow` reaches into is looked at, and in it only
   * the tables, pictures and headings that may span (this runs at every look for overflow: reading the style and
   * boxes of every block of every body on the page made a 172-page issue's layout half a second slower).
   * @param {Element} rendered @param {DOMRect} area @param {Range} overflow
   * @param {ReadonlySet<Element>} pushed bodies that lay beside the page with their notes' text inline (keep-lines.js)
   * @returns {{ body: Element, head: Element } | undefined}
   */
  const findPushedBody = (rendered, area, overflow, pushed) => {
    for (const body of Array.from(rendered.querySelectorAll(".story-body"))) {
      if (!overflow.intersectsNode(body)) continue;
      const head = body.previousElementSibling;
      const beside = pushed.has(body) || isBeside(body.getBoundingClientRect(), area);
      if (head && (head.classList.contains("story-head") || head.getAttribute("data-module-part") === "row") && beside && !isBeside(head.getBoundingClientRect(), area)) return { body, head };
      const spanner = Array.from(body.querySelectorAll(":scope > :is(table, figure, [data-over-spanner])")).find((child) => {
        const next = child.nextElementSibling;
        if (!next || getComputedStyle(child).columnSpan !== "all") return false;
        const rects = Array.from(next.getClientRects());
        return rects.length > 0 && !isBeside(child.getBoundingClientRect(), area) && rects.every((rect) => isBeside(rect, area));
      });
      if (spanner) return { body, head: spanner };
    }
    return undefined;
  };

  /**
   * Chromium sometimes lays an article's columns out whole in the next page when the room left under the
   * article's head falls just so against the columns' lines and a picture or pull quote that may not be
   * split (found in the benchmark's issues): Paged.js then sees the body past the page and moves the head
   * with it, and the page keeps an empty foot, up to most of its height. The body after a picture's row is
   * pushed the same way, under the row (the 40-page benchmark issue: a page ending under a row, 40% empty,
   * its article going on overleaf), and so are the columns under a table across them (findPushedBody). Here
   * such a body is given the room's height: Chromium then fills its columns to the page foot and sets what does
   * not fit in columns beside them, and the page breaks at the first of those, inside the body, as at any page
   * foot. Returns that break, or undefined to keep Paged.js's (the body's height taken back): no body moved so,
   * the layout asks bodies to stay whole, too little room, nothing to carry over, or nothing to keep (a note
   * called in the first paragraph that could not be put at the page foot); or, when the body holds all its text in
   * the room, the break `findAgain` finds after it, the body kept there. Only the page's copy of the body
   * gets the height: the rest of the article is laid out from the source.
   * @param {Range} overflow Paged.js's break @param {Element} rendered the page's content
   * @param {() => Range | undefined} [findAgain] Paged.js's look for overflow on the page as it stands
   * @param {ReadonlySet<Element>} [besideWithNotes] bodies that lay beside the page with their notes' text inline
   * @returns {Range | null | undefined} null: no break (the body kept at its room, the page's break as made)
   */
  const splitPushedBody = (overflow, rendered, findAgain, besideWithNotes = new Set()) => {
    const area = readPageBox(rendered);
    const pushed = findPushedBody(rendered, area, overflow, besideWithNotes);
    if (!pushed || getComputedStyle(pushed.body).breakInside === "avoid") return undefined;
    const { body, head } = pushed;
    /** The room under the head, to the foot of the page's content `page` (which notes at the foot make shorter). */
    const measureRoom = (/** @type {DOMRect} */ page) => Math.floor(page.bottom - head.getBoundingClientRect().bottom - parseFloat(getComputedStyle(head).marginBottom));
    const lineHeight = /** @type {any} */ (window).pressroomReadLineHeight(body.querySelector("p, li") || body);
    if (measureRoom(area) < MIN_LINES * lineHeight) return undefined;
    const style = /** @type {HTMLElement} */ (body).style;
    /** Gives the body the room under its head and finds where its text leaves it. */
    const findSplit = () => {
      // The page's content keeps its height whatever the body's; notes at the foot shorten it.
      const page = readPageBox(rendered);
      // A body around its head (a table or picture across its columns) takes the room from its own top: the top of
      // its part on the page, its first box. Its whole box also holds its part set beside the page, at the top of the
      // column there: measured so, an article's body under its opening picture on an A5 page was given the page's
      // whole height, and its first paragraphs went on beside the page, printed nowhere (the build stopped).
      const top = (body.getClientRects()[0] ?? body.getBoundingClientRect()).top;
      style.height = `${head.parentElement === body ? Math.floor(page.bottom - top) : measureRoom(page)}px`;
      const box = body.getBoundingClientRect();
      return !isBeside(box, page) && box.bottom <= page.bottom + 1 ? findBreakBeside(body, box) : undefined;
    };
    let split = findSplit();
    // Paged.js puts a note at the page foot as it lays out its call on the page, so the notes of a body laid
    // out past the page were left in the text: one called before the break would be printed nowhere. Each such
    // note is put at the foot now, as Paged.js would have (keep-notes.js), and the break found again in the room
    // left. Ending the page before the paragraph that calls the note instead, as this did before, left pages of
    // the benchmark's issues up to a third empty while their article went on overleaf. A note that cannot be put
    // at the foot (no page scripts to do it, or no room even for the notes' area) still ends the page there.
    const pageArea = body.closest(".pagedjs_area");
    /** @type {((note: HTMLElement, pageArea: Element) => (() => void) | undefined) | undefined} */
    const placeNote = /** @type {any} */ (window).pressroomPlaceNote;
    /** What takes back each note put at the foot here, in the order they were put. */
    /** @type {(() => void)[]} */
    const placed = [];
    while (placed.length < MAX_NOTES_PLACED) {
      const note = /** @type {HTMLElement | null} */ (body.querySelector(NOTE_IN_TEXT));
      // A note past the break waits for its page. With no break, the body holds all its text in the room only
      // without its notes' text (hidden while the break is mended, keep-lines.js): every note in it is called on
      // this page, and goes to its foot.
      if (!note || (split ? split.comparePoint(note, 0) >= 0 : !holdsAll(body, rendered))) break;
      // Found first: a note Paged.js could not place may have left the text (it lays such a note out again with its paragraph).
      let block = /** @type {Element | null} */ (note);
      while (block && block.parentElement !== body) block = block.parentElement;
      const takeBack = pageArea && placeNote ? placeNote(note, pageArea) : undefined;
      if (takeBack) {
        placed.push(takeBack);
        split = findSplit();
        continue;
      }
      if (block && split) split.setStartBefore(block);
      break;
    }
    // Given the room, the body holds all its text there (nothing beside its box, nothing below it): Chromium moved it
    // whole for nothing (an A5 front page printed its masthead alone, the article's three paragraphs and closing
    // picture across the columns a few pixels short of its foot once set under the head). When what follows it
    // runs over, the body is whole on the page (Paged.js adds the source in order), and the page keeps it at that
    // height and breaks there. Not when nothing after it does: Paged.js would go on adding the body's next
    // paragraphs into a box of fixed height, set beside it and lost (sheets stopped with text missing).
    if (!split && placed.length === 0 && findAgain && holdsAll(body, rendered)) {
      const again = findAgain();
      const after = document.createRange();
      after.setStartAfter(body);
      if (again && again.compareBoundaryPoints(Range.START_TO_START, after) >= 0) return again;
      // Nothing runs over once the page's break is made and what went over taken out (break-again.js looks once
      // more): the body set beside the page then, and given the room, is whole on the page, and the page keeps the
      // break it has. Paged.js's break before the head instead left an A5 page with the headline alone, its article
      // overleaf whole (a generated newspaper's English page 10; the body, two paragraphs over a picture across its
      // columns, had been set beside the page once the paragraph after the picture was taken out).
      if (!again && /** @type {any} */ (window).pressroomIsLookingAgain?.(rendered)) return null;
    }
    const kept = document.createRange();
    kept.setStart(body, 0);
    if (split) kept.setEnd(split.startContainer, split.startOffset);
    // The notes put at the foot took room from the page: too little left under the head, and it goes on with its
    // article, its notes with it (taken back from this page's foot, newest first).
    if (!split || !kept.toString().trim() || parseFloat(style.height) < MIN_LINES * lineHeight) {
      style.height = "";
      placed.reverse().forEach((takeBack) => takeBack());
      return undefined;
    }
    split.setEndAfter(/** @type {Node} */ (rendered.lastChild));
    return split;
  };

  Object.defineProperty(window, "pressroomSplitPushedBody", { value: splitPushedBody, writable: false });
  // break-again.js asks whether a body went past the page too (at layout time, after every script has loaded).
  Object.defineProperty(window, "pressroomIsBeside", { value: isBeside, writable: false });
})();
