// @ts-check
// Runs inside Chromium with Paged.js: prints pictures marked {.page-top} or {.page-bottom} at the top or foot of a page.
/* global Paged */

(() => {
  /** What wait-for-pictures.js defines for this script. */
  const scripts = /** @type {any} */ (window);

  /** Page pictures together take at most this share of a page's text area; more wait for the next page. */
  const MAX_SHARE = 0.6;
  /** The share on a page added after the text for pictures only. */
  const MAX_SHARE_ALONE = 0.95;
  /** One picture alone is drawn no taller than this share of the text area. */
  const MAX_PICTURE_SHARE = 0.55;
  /** Pictures put on the text's last page are drawn no shorter than this share of their height there... */
  const MIN_END_SCALE = 0.5;
  /** ...and only in room of at least this share of the text area. */
  const MIN_END_ROOM = 0.15;
  /** Room (px) left between the text and pictures put on the text's last page. */
  const END_MARGIN = 16;

  /**
   * @typedef {{ index: number, wrapper: HTMLElement, side: "top" | "bottom", state: "waiting" | "queued" | "placed" }} PageFloat
   */

  /**
   * Paged.js 0.4.3 has no page floats (CSS `float: top`), so this does their work. Before parsing, each
   * such picture leaves the text and an empty marker takes its place. A page is laid out as usual; if a
   * marker landed on it, the picture goes into the page's area above (or below) the text, the text area
   * is shortened by the picture's height, and the page is laid out again. If that pushes the marker to
   * the next page, or leaves its article's headline on the page with none of its text, the picture goes to
   * the next page instead, so it never prints before the text it belongs with runs out; so do the
   * pictures of a page whose text they leave no room to start. A page whose notes are already placed is
   * not laid out again (Paged.js's footnote state would be laid out twice): its pictures go to the next
   * page. Pictures still waiting when the text ends go on its last page when they fit there, drawn no shorter
   * than half (placeAtEnd), else get pages of their own, the colophon moved under the last (moveColophon): nothing
   * an editor wrote is dropped.
   */
  // @ts-ignore Paged is the global from paged.js, loaded just before this file.
  class PageFloats extends Paged.Handler {
    /** @param {any} chunker @param {any} polisher @param {any} caller */
    constructor(chunker, polisher, caller) {
      super(chunker, polisher, caller);
      /** @type {PageFloat[]} */
      this.floats = [];
    }

    /** @param {DocumentFragment} content */
    beforeParsed(content) {
      content.querySelectorAll("figure.page-top, figure.page-bottom").forEach((figure) => {
        const index = this.floats.length;
        const side = figure.classList.contains("page-top") ? "top" : "bottom";
        const anchor = document.createElement("div");
        anchor.className = "page-float-anchor";
        anchor.setAttribute("data-page-float", String(index));
        const wrapper = document.createElement("div");
        wrapper.className = `page-float page-float-${side}`;
        wrapper.setAttribute("data-page-float-for", String(index));
        // The picture leaves its article: it keeps the article's language and direction for its caption.
        const lang = figure.closest("[lang]");
        const dir = figure.closest("[dir]");
        const article = figure.closest("[data-article-id]");
        if (lang) wrapper.setAttribute("lang", lang.getAttribute("lang") || "");
        if (dir) wrapper.setAttribute("dir", dir.getAttribute("dir") || "");
        if (article) wrapper.setAttribute("data-float-article", article.getAttribute("data-article-id") || "");
        figure.replaceWith(anchor);
        wrapper.appendChild(figure);
        this.floats.push({ index, wrapper, side, state: "waiting" });
      });
    }

    /** @param {any} page @param {DocumentFragment | undefined} contents @param {any} breakToken @param {any} chunker */
    async beforePageLayout(page, contents, breakToken, chunker) {
      if (!this.floats.length) return;
      // A page without contents is one added after the text (below), for pictures only.
      await this.place(page, this.floats.filter((entry) => entry.state === "queued"), contents ? MAX_SHARE : MAX_SHARE_ALONE);
      if (!contents) {
        await this.packAlone(page);
        return;
      }
      const layout = page.layout;
      /** @param {any} source @param {any} token @param {number} maxChars */
      page.layout = async (source, token, maxChars) => {
        // Each layout after the first starts the page again from its top, its notes too (keep-notes.js).
        const layOutAgain = scripts.pressroomPrepareLayOutAgain(page, layout, source, token, maxChars);
        let next = await layout.call(page, source, token, maxChars);
        const fresh = this.floats.filter((entry) => entry.state === "waiting" && findAnchor(page, entry));
        if (fresh.length) {
          const placed = holdsNotes(page) ? [] : await this.place(page, fresh, MAX_SHARE);
          fresh.forEach((entry) => {
            if (entry.state === "waiting") entry.state = "queued";
          });
          if (placed.length) {
            next = await layOutAgain();
            const moved = placed.filter((entry) => !findAnchor(page, entry) || strandsHeadline(page, entry));
            if (moved.length) {
              this.unplace(page, moved);
              next = await layOutAgain();
            }
          }
        }
        // Pictures that leave the page's text no room for what must start it (an article's head kept with the
        // picture that opens its body, a row of pictures): Paged.js then breaks where the page began, takes that
        // for a loop, and goes on after the first box it laid out without taking the rest off the page. A
        // headline printed alone above the pictures, its article overleaf, and the rest stayed on the page unseen
        // below them. The pictures wait for the next page instead, and the page is laid out without them.
        // So do pictures that leave the page no text at all: the room left under them could not take the article
        // that starts the page with the picture opening it (keep-lines.js moved both on), and the page printed
        // only the pictures, blank above them. On a page holding notes too: layOutAgain puts its notes back as they
        // were first (keep-notes.js), and left there, a Tabloid page's picture kept an article's head and the row
        // opening its body off the page, printed nowhere (the build stopped).
        const here = this.floats.filter((entry) => entry.state === "placed" && page.element.contains(entry.wrapper));
        if (here.length && (runsOver(page) || !holdsText(page))) {
          this.unplace(page, here);
          next = await layOutAgain();
        }
        // A layout again, with pictures taken off, can bring another picture's place onto the page: it waits for the
        // next page, as one that did not fit does (left waiting, it was never placed: an Arabic fuzz issue's page 3).
        this.floats.filter((entry) => entry.state === "waiting" && findAnchor(page, entry)).forEach((entry) => (entry.state = "queued"));
        // The text ends on this page: pictures still waiting go under (or over) it when they fit drawn shorter.
        if (next === undefined) next = await this.placeAtEnd(page, layOutAgain);
        return next;
      };
    }

    /**
     * Pictures still waiting when the text ends got pages of their own (afterPageLayout, below): a picture left
     * alone on a last page, its text area blank above it, where the page before ended half empty (an A3 issue's
     * last article, an A5 bulletin's). They are put on the text's last page instead, in their order, as many as fit
     * in the room its text leaves, each drawn shorter if need be, down to half its height (narrower, proportions
     * kept); the page is laid out again, and if its text then no longer ends there, they wait as before. The room
     * is under the text, in an area already shortened for the page's own pictures: only what is added here must
     * fit in it, and the share of the page that pictures take on a page of text does not apply (counted with the
     * page's own, an A5 page's picture at its top kept the last two off a page ending half empty, each then
     * printed on a page of its own).
     * @param {any} page @param {() => Promise<any>} layOutAgain
     * @returns {Promise<any>} the page's break token: undefined, the text ending on it
     */
    async placeAtEnd(page, layOutAgain) {
      const queued = this.floats.filter((entry) => entry.state === "queued" && !(entry.side === "top" && page.position === 0));
      if (!queued.length) return undefined;
      // A line's worth kept free: the text laid out again in the area shortened to the pixel ran over by a line.
      const room = measureRoomUnderText(page) - END_MARGIN;
      const areaHeight = measureArea(page);
      if (room < MIN_END_ROOM * areaHeight) return undefined;
      const before = measureFloats(page);
      /** @type {PageFloat[]} */
      const placed = [];
      for (const entry of queued) {
        findBox(page, entry.side).appendChild(entry.wrapper);
        await fitPicture(entry.wrapper, MAX_PICTURE_SHARE * areaHeight);
        if (!shortenToFit(Array.from(entry.wrapper.querySelectorAll("img")), () => measureFloats(page) - before - room)) {
          entry.wrapper.remove();
          break;
        }
        entry.state = "placed";
        placed.push(entry);
      }
      shortenText(page);
      if (!placed.length) return undefined;
      const next = await layOutAgain();
      if (next === undefined && !runsOver(page) && measureFloats(page) - before <= room + 1) return next;
      this.unplace(page, placed);
      placed.forEach((entry) => entry.wrapper.querySelectorAll("img").forEach((img) => img.style.removeProperty("width")));
      return await layOutAgain();
    }

    /**
     * The text has ended with pictures still waiting: each new page takes at least one (a picture alone on
     * a page is always placed), added the way Paged.js adds a page for notes that overflow the last: nothing
     * is laid out on it, but every page hook runs (folios, running heads). Done after the last page's own
     * hooks, so the added pages carry on its running strings; a page added here (no break token, never
     * laid out by this handler) adds no more.
     * @param {HTMLElement} pageElement @param {any} page @param {any} breakToken @param {any} chunker
     */
    async afterPageLayout(pageElement, page, breakToken, chunker) {
      if (breakToken !== undefined || !page.layoutMethod) return;
      const countWaiting = () => this.floats.filter((entry) => entry.state === "queued").length;
      for (let waiting = countWaiting(); waiting; ) {
        await chunker.clonePage(page);
        chunker.total = chunker.pages.length;
        // Paged.js copies the last page's classes; an added page is never the front page (no folio there).
        chunker.pages[chunker.pages.length - 1].element.classList.remove("pagedjs_first_page");
        const left = countWaiting();
        if (left === waiting) break; // never expected; findUnplacedPictures (below) reports a picture left out
        waiting = left;
      }
      const last = chunker.pages[chunker.pages.length - 1];
      if (last !== page) moveColophon(page, last);
    }

    /**
     * On a page added for pictures only, those that did not fit at their size join them, in their order, all drawn
     * shorter together, down to half the height each had, up to the page's share of those left (countPicturesPerPage):
     * two tall pictures left when the text ended had a page each, the second's text area blank above it (a parallel
     * edition's picture in each language).
     * @param {any} page
     */
    async packAlone(page) {
      const areaHeight = measureArea(page);
      /** Draws `entries`' pictures at their own size, then shorter together until they fit: false if they cannot. @param {PageFloat[]} entries */
      const fitTogether = async (entries) => {
        for (const entry of entries) {
          entry.wrapper.querySelectorAll("img").forEach((img) => img.style.removeProperty("width"));
          await fitPicture(entry.wrapper, MAX_PICTURE_SHARE * areaHeight);
        }
        const images = entries.flatMap((entry) => Array.from(entry.wrapper.querySelectorAll("img")));
        return shortenToFit(images, () => measureFloats(page) - MAX_SHARE_ALONE * areaHeight);
      };
      const here = this.floats.filter((entry) => entry.state === "placed" && page.element.contains(entry.wrapper));
      const waiting = this.floats.filter((entry) => entry.state === "queued");
      // Shared out evenly over the pages they need drawn at half (an A5 page took three of four at half and left the
      // fourth a page of its own at its full size): so many to a page, each drawn as large as that leaves room for.
      const most = await countPicturesPerPage([...here, ...waiting], page, areaHeight);
      for (const entry of waiting) {
        if (here.length >= most) break;
        findBox(page, entry.side).appendChild(entry.wrapper);
        if (!(await fitTogether([...here, entry]))) {
          entry.wrapper.remove();
          entry.wrapper.querySelectorAll("img").forEach((img) => img.style.removeProperty("width"));
          await fitTogether(here);
          break;
        }
        entry.state = "placed";
        here.push(entry);
      }
      shortenText(page);
    }

    /**
     * Puts pictures on a page, as many as fit in its share; the others wait for the next page (entries left
   * "waiting" are made "queued" by the caller).
     * @param {any} page @param {PageFloat[]} entries @param {number} share @returns {Promise<PageFloat[]>}
     */
    async place(page, entries, share) {
      if (!entries.length) return [];
      const areaHeight = measureArea(page);
      /** @type {PageFloat[]} */
      const placed = [];
      for (const entry of entries) {
        // The front page's masthead stays at the top: its pictures at the top wait for page 2.
        if (entry.side === "top" && page.position === 0) continue;
        const box = findBox(page, entry.side);
        box.appendChild(entry.wrapper);
        await fitPicture(entry.wrapper, MAX_PICTURE_SHARE * areaHeight);
        const used = measureFloats(page);
        const alone = page.element.querySelectorAll(".page-float").length === 1;
        if (used > share * areaHeight && !alone) {
          entry.wrapper.remove();
          continue;
        }
        entry.state = "placed";
        placed.push(entry);
      }
      shortenText(page);
      return placed;
    }

    /** @param {any} page @param {PageFloat[]} entries */
    unplace(page, entries) {
      entries.forEach((entry) => {
        entry.wrapper.remove();
        entry.state = "queued";
      });
      shortenText(page);
    }
  }

  /** True when notes are placed at the page's foot: it is not laid out again for a picture. @param {any} page */
  const holdsNotes = (page) => !!page.element.querySelector(".pagedjs_footnote_area [data-note='footnote']");

  /**
   * True when the page's text runs out of its area (its content's scroll size beyond its box, a cheap read): what
   * Paged.js lays out but cannot take off the page. Sideways, only text carried into the column beside the page
   * counts (keep-lines.js): a list's numbers hanging a few pixels past the edge had a page's pictures wait.
   * @param {any} page
   */
  const runsOver = (page) => {
    const content = /** @type {HTMLElement} */ (page.area);
    return content.scrollHeight > content.clientHeight + 2 || /** @type {any} */ (window).pressroomRunsIntoNextColumn(content);
  };

  /**
   * How far the page's text area reaches below what is printed in it (px): the room pictures could take there. Read
   * from its lines and pictures, not its boxes: an article's box reaches down its columns whatever they hold.
   * @param {any} page
   */
  const measureRoomUnderText = (page) => {
    const content = /** @type {HTMLElement} */ (page.area);
    const area = content.getBoundingClientRect();
    let bottom = area.top;
    /** @param {DOMRect | DOMRectList} rects */
    const reach = (rects) => {
      for (const rect of Array.from("length" in rects ? rects : [rects])) if (rect.height > 0 && rect.left < area.right) bottom = Math.max(bottom, rect.bottom);
    };
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node.textContent || "").trim()) continue;
      range.selectNodeContents(node);
      reach(range.getClientRects());
    }
    content.querySelectorAll("img, svg, hr, table").forEach((element) => reach(element.getBoundingClientRect()));
    return Math.max(0, area.bottom - bottom);
  };

  /** True when some of the text was laid out on the page. @param {any} page */
  const holdsText = (page) => !!(/** @type {HTMLElement} */ (page.area).textContent || "").trim();

  /**
   * True when the picture's own article, headed on this page, has none of its text on it: the picture took the
   * room of what opens the article (a picture in the text, its first lines), leaving the headline alone above it.
   * @param {any} page @param {PageFloat} entry
   */
  const strandsHeadline = (page, entry) => {
    const anchor = findAnchor(page, entry);
    const article = anchor && anchor.closest("[data-article-id]");
    const head = article && article.querySelector(":scope > .story-head");
    const body = article && article.querySelector(":scope > .story-body");
    return !!head && !!body && !(body.textContent || "").trim();
  };

  /** @param {any} page @param {PageFloat} entry */
  const findAnchor = (page, entry) => page.wrapper && page.wrapper.querySelector(`[data-page-float="${entry.index}"]`);

  /**
   * The box above or below the page's text area that holds its pictures.
   * @param {any} page @param {"top" | "bottom"} side
   */
  const findBox = (page, side) => {
    const content = /** @type {HTMLElement} */ (page.area);
    const area = /** @type {HTMLElement} */ (content.parentElement);
    let box = area.querySelector(`:scope > .page-floats-${side}`);
    if (!box) {
      box = document.createElement("div");
      box.className = `page-floats page-floats-${side}`;
      if (side === "top") area.insertBefore(box, content);
      else content.after(box);
    }
    return /** @type {HTMLElement} */ (box);
  };

  /**
   * Draws a picture no taller than `limit`, narrowing it so its proportions stay.
   * @param {HTMLElement} wrapper @param {number} limit
   */
  const fitPicture = async (wrapper, limit) => {
    const images = Array.from(wrapper.querySelectorAll("img"));
    await Promise.all(images.map(scripts.pressroomWaitForPicture));
    images.forEach((img) => {
      const box = img.getBoundingClientRect();
      if (box.height > limit && box.height > 0) img.style.width = `${(limit * box.width) / box.height}px`;
    });
  };

  /**
   * How many of `entries`, the pictures left for pages of their own, go on each: their number over the pages they
   * need drawn at half their height (at the page's width, no taller than a picture alone is drawn; captions not
   * counted).
   * @param {PageFloat[]} entries @param {any} page @param {number} areaHeight
   */
  const countPicturesPerPage = async (entries, page, areaHeight) => {
    const width = /** @type {HTMLElement} */ (page.area).getBoundingClientRect().width;
    let half = 0;
    for (const entry of entries) {
      for (const img of Array.from(entry.wrapper.querySelectorAll("img"))) {
        await scripts.pressroomWaitForPicture(img);
        const ratio = img.naturalWidth > 0 ? img.naturalHeight / img.naturalWidth : 1;
        half += MIN_END_SCALE * Math.min(width * ratio, MAX_PICTURE_SHARE * areaHeight);
      }
    }
    const pages = Math.max(1, Math.ceil(half / (MAX_SHARE_ALONE * areaHeight)));
    return Math.ceil(entries.length / pages);
  };

  /**
   * Draws `images` shorter, narrower in proportion, until `measureOver` (how far what they are in reaches past its
   * room, px) is none: true when that takes them to no less than half their height, else false, left as they are.
   * (Measured again after each try: a narrower caption can take another line.)
   * @param {HTMLImageElement[]} images @param {() => number} measureOver
   */
  const shortenToFit = (images, measureOver) => {
    const widths = images.map((img) => img.style.width);
    const full = images.reduce((sum, img) => sum + img.getBoundingClientRect().height, 0);
    for (let tries = 0; tries < 3; tries++) {
      const over = measureOver();
      if (over <= 0) return true;
      const drawn = images.reduce((sum, img) => sum + img.getBoundingClientRect().height, 0);
      if (!(full > 0) || drawn - over < MIN_END_SCALE * full) break;
      const scale = (drawn - over) / drawn;
      images.forEach((img) => (img.style.width = `${img.getBoundingClientRect().width * scale}px`));
    }
    if (measureOver() <= 0) return true;
    images.forEach((img, index) => (img.style.width = widths[index] || ""));
    return false;
  };

  /** The height (px) of the page's area: its text area and the boxes of pictures above and below it. @param {any} page */
  const measureArea = (page) => /** @type {HTMLElement} */ (page.area.parentElement).getBoundingClientRect().height;

  /** The height the page's pictures take, margins included. @param {any} page */
  const measureFloats = (page) => {
    let total = 0;
    page.element.querySelectorAll(".page-floats").forEach((/** @type {HTMLElement} */ box) => {
      const style = getComputedStyle(box);
      if (box.childElementCount) total += box.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
    });
    return total;
  };

  /**
   * Shortens the page's text area by its pictures' height, the way Paged.js shortens it for notes, so
   * its layout (which measures the area when it starts) stops the text above them.
   * @param {any} page
   */
  const shortenText = (page) => {
    const content = /** @type {HTMLElement} */ (page.area);
    page.element.querySelectorAll(".page-floats:empty").forEach((/** @type {Element} */ box) => box.remove());
    const used = measureFloats(page);
    if (used) content.style.height = `calc(100% - var(--pagedjs-footnotes-height) - ${used}px)`;
    else content.style.removeProperty("height");
  };

  /**
   * Moves the colophon from the text's last page to `last`, a page added after it for pictures only, under its
   * pictures: the colophon closes the issue, on its back page (where pressroom's padding to a multiple of four keeps
   * it), and a picture alone on a page after it read as a stray (six generated editions in 340 ended so). The
   * pictures are drawn shorter for it if need be, to no less than half; with less room than that it stays where it is.
   * @param {any} page the text's last page @param {any} last
   */
  const moveColophon = (page, last) => {
    const colophon = page.wrapper && page.wrapper.querySelector(".colophon");
    const host = colophon && colophon.parentElement;
    // Not from a page it would leave blank (the colophon alone there, warned as such).
    if (!colophon || !host || (page.wrapper.textContent || "").trim() === (colophon.textContent || "").trim()) return;
    // The colophon keeps the edition's <main> (its language, direction and class) around it, as on the text's page.
    const main = /** @type {HTMLElement} */ (host.cloneNode(false));
    for (const name of main.getAttributeNames()) if (name.startsWith("data-split")) main.removeAttribute(name);
    // After every picture: under those at the foot of the page, or else under those at its top. (In their box, not in
    // the page's text area, whose columns would carry what does not fit beside the page, out of sight of a measure.)
    const box = last.element.querySelector(".page-floats-bottom") || last.element.querySelector(".page-floats-top");
    if (!box) return;
    main.appendChild(colophon);
    box.appendChild(main);
    // The page's text area is empty: its pictures and the colophon may take all of the page's area.
    const images = /** @type {HTMLImageElement[]} */ (Array.from(last.element.querySelectorAll(".page-floats img")));
    const fits = shortenToFit(images, () => measureFloats(last) - measureArea(last));
    shortenText(last);
    if (fits) return;
    host.appendChild(colophon);
    main.remove();
    shortenText(last);
  };

  /**
   * Pictures placed at the top or foot of a page (page-floats.js) whose marker is printed but which are on
   * no page: never expected, but a picture must not go missing without a word.
   * @param {Element[]} pages
   */
  const findUnplacedPictures = (pages) => {
    /** @type {string[]} */
    const messages = [];
    const placed = new Set(pages.flatMap((pageElement) => Array.from(pageElement.querySelectorAll("[data-page-float-for]"), (box) => box.getAttribute("data-page-float-for"))));
    pages.forEach((pageElement, index) => {
      pageElement.querySelectorAll("[data-page-float]").forEach((anchor) => {
        if (placed.has(anchor.getAttribute("data-page-float"))) return;
        const article = anchor.closest("[data-article-id]");
        messages.push(
          `A picture marked {.page-top} or {.page-bottom}${article ? ` in "${article.getAttribute("data-article-id")}"` : ""} (its place in the text is on page ${index + 1}) ` +
            "could not be placed on any page. Please report this with the issue folder; meanwhile, print it in the text without the page placement.",
        );
      });
    });
    return messages;
  };

  /**
   * Puts a box of the page's own (not a picture of the text: start-lead-on-front-page.js's contents box) first in the
   * room above the page's text, before any pictures placed there, and shortens the text area for it.
   * @param {any} page @param {HTMLElement} element
   */
  const placeAtTop = (page, element) => {
    findBox(page, "top").prepend(element);
    shortenText(page);
  };

  // @ts-ignore
  Paged.registerHandlers(PageFloats);
  Object.defineProperty(window, "pressroomFindUnplacedPictures", { value: findUnplacedPictures, writable: false });
  Object.defineProperty(window, "pressroomPlaceAtTop", { value: placeAtTop, writable: false });
})();
