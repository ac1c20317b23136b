// @ts-check
// Runs inside Chromium with Paged.js: a picture's row that does not fit under a page's text waits for the next page while the text runs on, or is drawn shorter to fit when it cannot wait.
/* global Paged */

(() => {
  /** Less room than this many lines left under the page's text: the page is full enough as it is. */
  const MIN_LINES = 4;
  /** A row's picture is drawn no shorter than this share of its height to fit the room under a page's text. */
  const MIN_HEIGHT_SHARE = 0.5;
  const ROW = "[data-module-part='row']";

  /** What compose-modules.js defines for this script. */
  const modules = /** @type {any} */ (window).pressroomModules;

  /**
   * The row Paged.js broke the page before, if it did: the break is at the row's start (the row, its module
   * or its picture), and the row sets its picture above the text beside it.
   * @param {any} token
   * @returns {HTMLElement | undefined}
   */
  const findRowAtBreak = (token) => {
    const node = token && token.node;
    if (!node || node.nodeType !== Node.ELEMENT_NODE || token.offset) return undefined;
    const row = /** @type {Element} */ (node).closest(ROW);
    if (!row || !row.querySelector(":scope > .story-module-top")) return undefined;
    const atStart = node === row || node.parentElement === row || (node.tagName === "FIGURE" && node.parentElement && node.parentElement.parentElement === row);
    return atStart ? /** @type {HTMLElement} */ (row) : undefined;
  };

  /**
   * The page's copy of an element of Paged.js's source, if the page printed it (find-break-text.js's findTwin).
   * @param {any} page @param {Element} element
   * @returns {Element | null}
   */
  const findOnPage = (page, element) => /** @type {any} */ (window).pressroomFindTwin(element, page.wrapper);

  /**
   * The room under the text the page printed before the row, when it printed some: the body before the row
   * on this page, its bottom measured against the foot of the page's text area (which notes and page
   * pictures shorten).
   * @param {any} page @param {Element} before the body before the row, in the source
   * @returns {{ room: number, line: number } | undefined}
   */
  const measureRoomLeft = (page, before) => {
    const printed = findOnPage(page, before);
    if (!printed || !(printed.textContent || "").trim()) return undefined;
    const line = /** @type {any} */ (window).pressroomReadLineHeight(printed.querySelector("p, li") || printed);
    return { room: page.area.getBoundingClientRect().bottom - printed.getBoundingClientRect().bottom, line };
  };

  /**
   * Whether all that the page kept of a body lies inside its text area: what Chromium set in columns beside
   * the page must have gone on to the next page with the break. A trial that leaves anything there is not
   * kept, since that text would print nowhere: the row goes back where it was. (In a test issue, one trial
   * that went back anyway, its article ending on the page, had left blocks outside.)
   * @param {any} page @param {Element} body in the source
   */
  const isAllOnPage = (page, body) => {
    const printed = findOnPage(page, body);
    if (!printed) return false;
    const area = page.area.getBoundingClientRect();
    return Array.from(printed.children).every((block) => {
      const box = block.getBoundingClientRect();
      return box.left >= area.left - 1 && box.right <= area.right + 1 && box.bottom <= area.bottom + 1;
    });
  };

  /**
   * Takes a row apart in the source: its picture leaves the text, the text beside it (a cut paragraph
   * joined again) and the body after it go back into the body before it, which then runs on in all its
   * columns. Returns the picture and the block it stood before, or undefined for a row this does not take
   * apart (no body of the same article before it).
   * @param {HTMLElement} row
   */
  const takeRowApart = (row) => {
    const before = row.previousElementSibling;
    // The body before is the article's first part, or the part after an earlier row.
    const part = before && before.getAttribute("data-module-part");
    if (!before || !before.classList.contains("story-body") || (part && part !== "after")) return undefined;
    const apart = modules.takeRowApart(row, before);
    if (!apart) return undefined;
    const { figure, beside } = apart;
    return { figure, body: before, place: beside[0] || null };
  };

  /**
   * Where the picture goes so that the next page starts with its row: before the block the page broke at,
   * or inside the paragraph it broke in (cut there). Undefined when the page broke outside the body (the
   * article's text now ends on this page) or inside a block that is not a paragraph.
   * @param {Element} body @param {any} token
   * @returns {{ block: Element, at?: { text: number, offset: number } } | undefined}
   */
  const findPlaceAtBreak = (body, token) => {
    const node = token && token.node;
    if (!node || node === body || !body.contains(node)) return undefined;
    let block = /** @type {Element} */ (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
    while (block.parentElement !== body) block = /** @type {Element} */ (block.parentElement);
    // A picture, a row or a page picture's place there: the text beside the row would have to come from before the break.
    if (!modules.isBlockOfText(block)) return undefined;
    if (node === block) return { block };
    if (block.tagName !== "P") return undefined;
    /** @type {Text[]} */
    const texts = modules.listTextNodes(block);
    const text = node.nodeType === Node.TEXT_NODE ? texts.indexOf(node) : texts.findIndex((candidate) => node.contains(candidate) || node.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (text < 0) return undefined;
    const offset = node.nodeType === Node.TEXT_NODE ? token.offset || 0 : 0;
    return modules.startsBlock(block, { text, offset }) ? { block } : { block, at: { text, offset } };
  };

  /**
   * A picture set across some of an article's columns (compose-modules.js) is a row that cannot be split: when
   * it does not fit under the page's text, Paged.js breaks the page before it, and the page keeps an empty
   * foot as tall as the room left, up to most of the page (found in the benchmark's issues: pages a third
   * to half empty mid-article). As a newspaper does, the text runs on instead and the picture waits for the
   * next page: the row is taken apart, the page's layout goes on from where the row stood, and the picture
   * is set where the page now breaks, with the text that follows beside it, at the top of the next page. If
   * the article's text then ends on this page (or the page breaks inside a list or quote), the row goes back
   * where it was and the page is laid out again from its top.
   */
  // @ts-ignore Paged is the global from paged.js, loaded just before this file.
  class WaitPictureRows extends Paged.Handler {
    /** @param {any} chunker @param {any} polisher @param {any} caller */
    constructor(chunker, polisher, caller) {
      super(chunker, polisher, caller);
      this.refs = 0;
    }

    /**
     * Wraps the page's layout, as page-floats.js does. Whether the source has rows is not known yet on the first
     * page: Paged.js runs the handlers' hooks side by side, and compose-modules.js sets the rows in its own.
     * @param {any} page @param {DocumentFragment | undefined} contents
     */
    beforePageLayout(page, contents) {
      if (!contents) return;
      const layout = page.layout;
      /** @param {any} source @param {any} token @param {number} maxChars */
      page.layout = async (source, token, maxChars) => {
        const layOutAgain = /** @type {any} */ (window).pressroomPrepareLayOutAgain(page, layout, source, token, maxChars);
        const next = await layout.call(page, source, token, maxChars);
        const row = findRowAtBreak(next);
        const before = row && row.previousElementSibling;
        if (!row || !before || row.hasAttribute("data-row-waited")) return next;
        const left = measureRoomLeft(page, before);
        if (!left || left.room < MIN_LINES * left.line) return next;
        const apart = takeRowApart(row);
        if (!apart) return next;
        const makeRef = () => `pressroom-row-${(this.refs += 1)}`;
        // The page goes on from where the row stood, its text so far kept (Paged.js's own way to add to a page):
        // laying it out again from its top took about as long as the page it saved.
        next.node = apart.place;
        next.offset = 0;
        // Its first look for overflow once it has added about what the room holds, by this page's characters per pixel.
        const used = page.area.getBoundingClientRect().height - left.room;
        if (used > 0) page.layoutMethod.pressroomFirstLook = Math.max(200, ((page.wrapper.textContent || "").length * left.room * 1.25) / used);
        const moved = apart.place ? await page.append(source, next) : undefined;
        const place = moved && isAllOnPage(page, apart.body) ? findPlaceAtBreak(apart.body, moved) : undefined;
        const figure = apart.figure;
        if (!place) {
          // Back where it was, and the page laid out again from its top, as before.
          if (apart.place) apart.place.before(figure);
          else apart.body.append(figure);
          await modules.compose(figure, page.area, makeRef);
          this.markWaited(figure);
          const shorter = await this.fitRowShorter(figure, page, left, makeRef, layOutAgain);
          return shorter ? shorter.next : await layOutAgain();
        }
        if (place.at) place.block.after(modules.splitBlock(place.block, place.at.text, place.at.offset, makeRef));
        (place.at ? /** @type {Element} */ (place.block.nextElementSibling) : place.block).before(figure);
        await modules.compose(figure, page.area, makeRef);
        this.markWaited(figure);
        // The next page starts with the row (or with the picture, when no line fitted beside it and it spans all the columns).
        moved.node = figure.closest(ROW) || figure;
        moved.offset = 0;
        return moved;
      };
    }

    /**
     * A row that cannot wait (its article would end on the page) and does not fit in the room under the page's text
     * has its picture drawn shorter, down to half its height (narrower, as base.css draws a picture capped in height),
     * so that it does: set overleaf at its own height, it left the page that room empty (a generated Letter
     * bulletin's front page, half its height, its lead story's square picture 20 px too tall for it). The row is
     * set again for the picture's new height and the page laid out again; if the row still does not fit, it is
     * set at its own height again (undefined: the caller lays the page out as before). Returns the page's break
     * token (`next`, undefined when the text ends on the page) when the row fits.
     * @param {Element} figure in the source, set in its row @param {any} page @param {{ room: number, line: number }} left
     * @param {() => string} makeRef @param {() => Promise<any>} layOutAgain
     * @returns {Promise<{ next: any } | undefined>}
     */
    async fitRowShorter(figure, page, left, makeRef, layOutAgain) {
      const measured = await modules.measureRow(figure, page.area);
      // A line kept free: a caption narrower by a word.
      const height = Math.floor(measured.picture - (measured.row - (left.room - left.line)));
      // (A row that measures as fitting went overleaf for another reason: shorter, it would go all the same.)
      if (!(measured.picture > 0) || height >= measured.picture || height < MIN_HEIGHT_SHARE * measured.picture) return undefined;
      /** @param {string | undefined} value the picture's height, or undefined for its own */
      const setAgain = async (value) => {
        const row = figure.closest(ROW);
        const apart = row && takeRowApart(/** @type {HTMLElement} */ (row));
        if (!apart) return false;
        if (apart.place) apart.place.before(figure);
        else apart.body.append(figure);
        if (value) /** @type {HTMLElement} */ (figure).style.setProperty("--picture-height", value);
        else /** @type {HTMLElement} */ (figure).style.removeProperty("--picture-height");
        await modules.compose(figure, page.area, makeRef);
        this.markWaited(figure);
        return true;
      };
      if (!(await setAgain(`${height}px`))) return undefined;
      const next = await layOutAgain();
      const stillAtBreak = findRowAtBreak(next);
      if (!stillAtBreak || !stillAtBreak.contains(figure)) return { next };
      await setAgain(undefined);
      return undefined;
    }

    /** A row is moved once: set again, it is not taken apart a second time. @param {Element} figure */
    markWaited(figure) {
      const row = figure.closest(ROW);
      if (row) row.setAttribute("data-row-waited", "");
    }
  }

  // @ts-ignore
  Paged.registerHandlers(WaitPictureRows);
})();
