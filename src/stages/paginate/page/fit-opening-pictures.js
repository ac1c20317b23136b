// @ts-check
// Runs inside Chromium with Paged.js: draws an article's opening picture shorter when, at its full height, it would take its headline to the next page and leave this one largely empty.
/* global Paged */

(() => {
  /** A break that leaves at least this share of the page's text area empty is worth drawing a picture shorter for. */
  const MIN_EMPTY_SHARE = 0.2;
  /** A picture is drawn no shorter than this share of its height: smaller, it had better open the next page whole. */
  const MIN_HEIGHT_SHARE = 0.5;
  /** Lines of the article's text kept under the picture (keep-lines.js's room for an article's start). */
  const LINES_UNDER = 3;

  /**
   * @typedef {{ moved: string, figure: string, height: number }} ShorterPicture the refs (data-ref) of what the break
   *   takes to the next page (the article, or its head) and of the picture, and the height (px) that would keep them here
   */

  /** @type {WeakMap<Element, ShorterPicture>} What the page's last look for overflow asked for, by the page's content box (Paged.js's `rendered`). */
  const asked = new WeakMap();

  /** @param {Element} element */
  const readLineHeight = (element) => {
    const style = getComputedStyle(element);
    const line = Number.parseFloat(style.lineHeight);
    return Number.isFinite(line) ? line : Number.parseFloat(style.fontSize) * 1.3;
  };

  /**
   * The picture that opens `body`: its first element, or the first after page pictures' empty markers; undefined
   * when text, or anything else, comes first.
   * @param {Element} body
   * @returns {HTMLElement | undefined}
   */
  const findOpeningPicture = (body) => {
    for (const child of Array.from(body.children)) {
      if (child.matches(".page-float-anchor")) continue;
      return child.matches("figure") && child.querySelector("img") ? /** @type {HTMLElement} */ (child) : undefined;
    }
    return undefined;
  };

  /**
   * Called by keep-lines.js with the break a page's look for overflow settled on: when it falls before an article's
   * head (or the article) whose body opens with a picture, and would leave the page at least a fifth empty, the height
   * that picture would need to stay on the page with its headline and three lines under it is noted for the page's
   * layout (below), if it is at least half the picture's. Measured now, while the head and picture are laid out on
   * the page (past its foot): once the break is made they are gone from it.
   * @param {Range} overflow @param {Element} rendered
   */
  const noteOpeningAtBreak = (overflow, rendered) => {
    asked.delete(rendered);
    const start = /** @type {any} */ (window).pressroomFindElementAtBreak(overflow);
    if (!start) return;
    const head = start.matches("article[data-article-id]") ? start.querySelector(":scope > .story-head") : start.matches(".story-head") ? start : null;
    const body = head && head.nextElementSibling;
    if (!head || !body || !body.matches(".story-body")) return;
    const figure = findOpeningPicture(body);
    const img = figure && figure.querySelector("img");
    const movedRef = start.getAttribute("data-ref");
    const figureRef = figure && figure.getAttribute("data-ref");
    if (!figure || !img || !movedRef || !figureRef) return;
    const area = rendered.getBoundingClientRect();
    const headBox = head.getBoundingClientRect();
    const top = start.getBoundingClientRect().top;
    const onPage = headBox.left >= area.left - 1 && headBox.right <= area.right + 1 && top >= area.top && headBox.bottom <= area.bottom;
    if (!onPage || area.bottom - top < MIN_EMPTY_SHARE * area.height) return;
    const picture = img.getBoundingClientRect();
    const box = figure.getBoundingClientRect();
    if (picture.height <= 0) return;
    // Where the picture would start on this page, under its head: the picture itself is often laid out in the column
    // Paged.js sets beside the page, and its place there says nothing of this page's room.
    const readMargin = (/** @type {Element} */ element, /** @type {string} */ side) => Number.parseFloat(getComputedStyle(element).getPropertyValue(side)) || 0;
    const gap = Math.max(readMargin(head, "margin-bottom"), readMargin(body, "margin-top")) + readMargin(body, "padding-top") + readMargin(figure, "margin-top");
    const pictureTop = headBox.bottom + gap + (picture.top - box.top);
    const under = box.bottom + readMargin(figure, "margin-bottom") - picture.bottom;
    const height = Math.floor(area.bottom - pictureTop - under - LINES_UNDER * readLineHeight(body)) - 2;
    if (height >= picture.height || height < MIN_HEIGHT_SHARE * picture.height) return;
    asked.set(rendered, { moved: movedRef, figure: figureRef, height });
  };

  /** True when the page's layout went on to its next page at `ref` (the break token's node is it or inside it). @param {any} token @param {DocumentFragment} source @param {string} ref */
  const startsAt = (token, source, ref) => {
    const node = token && /** @type {Node | undefined} */ (token.node);
    const element = source.querySelector(`[data-ref="${ref}"]`);
    return !!node && !!element && (element === node || element.contains(node));
  };

  /** True when the page holds the picture `ref` whole, inside its area. @param {any} page @param {string} ref */
  const holdsWhole = (page, ref) => {
    const figure = page.wrapper.querySelector(`[data-ref="${ref}"]`);
    if (!figure) return false;
    const area = page.wrapper.getBoundingClientRect();
    const box = figure.getBoundingClientRect();
    return box.height > 0 && box.top >= area.top - 1 && box.bottom <= area.bottom + 1 && box.left >= area.left - 1 && box.right <= area.right + 1;
  };

  /**
   * An article that opens with a picture across its columns (or in its one column) is kept with its headline
   * (keep-lines.js): when the two do not fit under what a page already holds, both go to the next page, and this
   * one ends where the article would have begun. After a front page's masthead and contents box, or a short
   * article, that left half an A5 bulletin's front page, or of an A3 page, empty. The page is laid out again with
   * the picture drawn shorter (its proportions kept, narrower and centred, as base.css draws a picture capped in
   * height) to the height the break's look measured, down to half its own; if its article still does not start
   * on the page with it whole, the picture is drawn at its height again and the page laid out as before.
   */
  // @ts-ignore Paged is the global from paged.js, loaded just before this file.
  class FitOpeningPictures extends Paged.Handler {
    /** @param {any} page @param {DocumentFragment | undefined} contents */
    beforePageLayout(page, contents) {
      if (!contents) return;
      const layout = page.layout;
      /** @type {Map<string, HTMLElement>} The pictures this page drew shorter, by ref, as written in the source (what each layout copies). */
      const shortened = new Map();
      /** @param {DocumentFragment} source @param {any} token @param {number} maxChars */
      const layOut = async (source, token, maxChars) => {
        const next = await layout.call(page, source, token, maxChars);
        const wanted = asked.get(page.wrapper);
        asked.delete(page.wrapper);
        return { next, wanted };
      };
      /** @param {DocumentFragment} source @param {any} token @param {number} maxChars */
      page.layout = async (source, token, maxChars) => {
        const resetNotes = /** @type {any} */ (window).pressroomSnapshotNotes(page.area.parentElement);
        const first = await layOut(source, token, maxChars);
        const wanted = first.wanted;
        let next = first.next;
        const figure = wanted && startsAt(next, source, wanted.moved) ? /** @type {HTMLElement | null} */ (source.querySelector(`[data-ref="${wanted.figure}"]`)) : null;
        if (wanted && figure && !figure.style.getPropertyValue("--picture-height")) {
          figure.style.setProperty("--picture-height", `${wanted.height}px`);
          shortened.set(wanted.figure, figure);
          resetNotes();
          ({ next } = await layOut(source, token, maxChars));
          if (!holdsWhole(page, wanted.figure)) {
            figure.style.removeProperty("--picture-height");
            shortened.delete(wanted.figure);
            resetNotes();
            ({ next } = await layOut(source, token, maxChars));
          }
        }
        // A picture drawn shorter for this page that a later layout of it took overleaf all the same (page-floats.js
        // laying the page out again with a page picture placed) is drawn at its own height there.
        for (const [ref, shorter] of shortened) {
          if (holdsWhole(page, ref)) continue;
          shorter.style.removeProperty("--picture-height");
          shortened.delete(ref);
        }
        return next;
      };
    }
  }

  /** @type {any} */ (window).pressroomNoteOpeningAtBreak = noteOpeningAtBreak;

  // @ts-ignore
  Paged.registerHandlers(FitOpeningPictures);
})();
