// @ts-check
// Runs inside Chromium with Paged.js: draws a picture shorter when, at its full height, a page break would take it (and an article's headline with its opening picture, or the row that picture opens with its text beside it) to the next page and leave this one largely empty; on the front page, sets an opening picture across the columns in a column instead when shorter is not enough; sets a parallel article's row of pictures under its next row of text when it would go overleaf (with the heads, when it opens the article) and leave the page largely empty.
/* global Paged */

(() => {
  /** A break that leaves at least this share of the page's text area empty is worth drawing a picture shorter for. */
  const MIN_EMPTY_SHARE = 0.2;
  /** A picture is drawn no shorter than this share of its height: smaller, it had better open the next page whole. */
  const MIN_HEIGHT_SHARE = 0.5;
  /** Lines of the article's text kept under the picture (keep-lines.js's room for an article's start). */
  const LINES_UNDER = 3;
  /**
   * A front page that the break would leave with at least this share of its text area empty (the masthead and the
   * contents box above, the lead story moved on) has its story's opening picture across the columns set in its
   * first column instead, when drawing it shorter would not keep it there.
   */
  const MIN_EMPTY_FRONT_SHARE = 1 / 3;

  /**
   * Lines of room for text a page needs under a parallel article's heads (or the row above) for its row of pictures
   * to wait under that text: the two each side keeps at a page's foot (split-parallel-rows.js).
   */
  const PARALLEL_LINES_UNDER = 2;

  /**
   * @typedef {{ moved: string, figure: string, height: number, column?: boolean, later?: boolean, row?: boolean, more?: { figure: string, height: number }[] }} ShorterPicture the
   *   refs (data-ref) of what the break takes to the next page (the article, or its head) and of the picture, the
   *   height (px) that would keep them here, and whether the picture is to be set in a column (then the height is the
   *   column's picture's); `more`, the pictures stacked under an opening picture, each with its height; or, for a
   *   parallel article's row of pictures (`figure` its ref, no height), that it is to be set after the row of text
   *   that follows it; `row`, that the picture opens its article in a row with the text beside it, set again
   */

  /** @type {WeakMap<Element, ShorterPicture>} What the page's last look for overflow asked for, by the page's content box (Paged.js's `rendered`). */
  const asked = new WeakMap();

  /** read-line-height.js's: an element's line height (px). @type {(element: Element) => number} */
  const readLineHeight = /** @type {any} */ (window).pressroomReadLineHeight;

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
   * The pictures across the columns stacked straight under an opening picture ({.top} twice: a photograph and a map),
   * in order; none when text, or anything else, comes between.
   * @param {HTMLElement} figure
   * @returns {HTMLElement[]}
   */
  const findStackedPictures = (figure) => {
    /** @type {HTMLElement[]} */
    const stacked = [];
    if (getComputedStyle(figure).columnSpan !== "all") return stacked;
    for (let next = figure.nextElementSibling; next && next.matches("figure") && next.querySelector("img"); next = next.nextElementSibling) {
      if (getComputedStyle(next).columnSpan !== "all") break;
      stacked.push(/** @type {HTMLElement} */ (next));
    }
    return stacked;
  };

  /** @param {Element} element @param {string} side a margin or padding property */
  const readMargin = (element, side) => Number.parseFloat(getComputedStyle(element).getPropertyValue(side)) || 0;

  /**
   * The room (px) between an article's head and the box of the picture opening its body: the larger of the margins
   * between head and body (they collapse), the body's padding, the picture's own top margin.
   * @param {Element} head @param {Element} body @param {Element} figure
   */
  const measureGapUnderHead = (head, body, figure) =>
    Math.max(readMargin(head, "margin-bottom"), readMargin(body, "margin-top")) + readMargin(body, "padding-top") + readMargin(figure, "margin-top");

  /**
   * The picture a break falls before, if the page could keep it drawn shorter: an article's opening picture, the
   * break before the article (or its head), with the head above it and three lines to keep under it; or a picture
   * further on in an article (in a column, or across the columns), the break before it, with the block before it
   * above it and nothing to keep under it. `gap` is the room between what stands above and the picture's box, and
   * `aboveBottom` the foot of what stands above: the block's, or across the columns, the lowest of the balanced
   * columns before the picture (a fuzz issue's A5 page ended at half its height, the article's closing picture
   * across its two columns a tenth too tall for the room under them, and printed overleaf at its full height).
   * An opening picture set in a row with the text beside it (compose-modules.js) comes with that row (`row`), the
   * box it is measured in, and no lines to keep under it: its text is beside it.
   * @param {Element} start what the next page would start with
   * @returns {{ figure: HTMLElement, above: Element, aboveBottom: number, gap: number, lines: number, text: Element, row?: Element } | undefined}
   */
  const findPictureAtBreak = (start) => {
    const head = start.matches("article[data-article-id]") ? start.querySelector(":scope > .story-head") : start.matches(".story-head") ? start : null;
    const body = head ? head.nextElementSibling : start.parentElement;
    if (!body || !body.matches(".story-body")) return undefined;
    if (head) {
      const figure = findOpeningPicture(body);
      if (figure) return { figure, above: head, aboveBottom: head.getBoundingClientRect().bottom, gap: measureGapUnderHead(head, body, figure), lines: LINES_UNDER, text: body };
      // A picture set across some columns with the text beside it (compose-modules.js's row): no lines under it.
      const module = body.matches("[data-module-part='row']") ? body.querySelector(":scope > .story-module-top") : null;
      const inRow = module && module.querySelector(":scope > figure");
      return module && inRow && inRow.querySelector("img")
        ? { figure: /** @type {HTMLElement} */ (inRow), above: head, aboveBottom: head.getBoundingClientRect().bottom, gap: measureGapUnderHead(head, body, module), lines: 0, text: body, row: module }
        : undefined;
    }
    const above = start.previousElementSibling;
    if (!start.matches("figure") || !start.querySelector("img") || !above || !(above.textContent || "").trim()) return undefined;
    const figure = /** @type {HTMLElement} */ (start);
    const blocks = Array.from(body.children);
    const before = getComputedStyle(figure).columnSpan === "all" ? blocks.slice(0, blocks.indexOf(figure)) : [above];
    const aboveBottom = Math.max(...before.flatMap((element) => Array.from(element.getClientRects(), (rect) => rect.bottom)));
    return { figure, above, aboveBottom, gap: Math.max(readMargin(above, "margin-bottom"), readMargin(figure, "margin-top")), lines: 0, text: body };
  };

  /** True when a parallel row's cell holds pictures only. @param {Element} cell */
  const holdsPicturesOnly = (cell) => !!cell.querySelector("figure img") && Array.from(cell.children).every((child) => child.matches("figure, .page-float-anchor"));

  /**
   * A parallel edition's row of pictures (every cell pictures only) that a break takes overleaf: the break before an
   * article (or its heads) that opens with one under its heads, or before such a row further on. `above` is what
   * stays on the page above the pictures (the heads, or the row before); undefined otherwise.
   * @param {Element} start what the next page would start with
   * @returns {{ above: Element, row: Element, opening: boolean } | undefined}
   */
  const findParallelPictureRow = (start) => {
    const article = start.matches("article.story-parallel") ? start : start.matches(".parallel-head") ? start.parentElement : null;
    const head = article && article.querySelector(":scope > .parallel-head");
    const row = head ? head.nextElementSibling : start.matches(".story-parallel > .parallel-row") ? start : null;
    const above = row && row.previousElementSibling;
    if (!above || !row || !row.matches(".parallel-row") || row.children.length < 2 || !Array.from(row.children).every(holdsPicturesOnly)) return undefined;
    return { above, row, opening: !!head };
  };

  /**
   * The row of text after a parallel row of pictures, in the source (on the page, the break left it unlaid): every
   * cell with text; undefined otherwise.
   * @param {Element} row
   */
  const findTextAfter = (row) => {
    const text = row.nextElementSibling;
    if (!text || !text.matches(".parallel-row:not(.parallel-notes)")) return undefined;
    return Array.from(text.children).every((cell) => (cell.textContent || "").trim() && !holdsPicturesOnly(cell)) ? text : undefined;
  };

  /**
   * A parallel article's row of pictures that does not fit under what the page holds goes overleaf whole (and with
   * it the article's heads, when the pictures open it: they are kept with its text, keep-lines.js), and the page is
   * left with the rest of its room empty: the sample issue's parallel edition on A5 printed its front page with the
   * masthead and contents box alone, 40% of the page. When the page would be left a third empty or more (a fifth,
   * further into the article) and has room for what stays above and two lines of text under it, the pictures are
   * asked to go under the next row of text instead (the page's layout, below, finds that row in the source), as a
   * page's pictures wait for the next page in an article's columns (wait-picture-rows.js).
   * @param {{ above: Element, row: Element, opening: boolean }} found @param {string} movedRef @param {Element} rendered
   * @param {Element} start what the next page would start with
   */
  const askPictureRowLater = ({ above, row, opening }, movedRef, rendered, start) => {
    const area = rendered.getBoundingClientRect();
    const rowRef = row.getAttribute("data-ref");
    // Where the page's part of what moves begins: the article's first box, or the foot of the row above the pictures
    // (the pictures themselves are laid out past the page, at the top of the column beside it).
    const aboveBoxes = above.getClientRects();
    const top = opening ? start.getClientRects()[0]?.top : aboveBoxes[aboveBoxes.length - 1]?.bottom;
    if (!rowRef || top === undefined || area.bottom - top < (opening ? MIN_EMPTY_FRONT_SHARE : MIN_EMPTY_SHARE) * area.height) return;
    // The text's lines are the cells' (a picture's cell has the text's line height).
    const lines = Math.max(...Array.from(row.children, readLineHeight));
    const heads = opening ? above.getBoundingClientRect().height + readMargin(above, "margin-bottom") : 0;
    if (top + heads + PARALLEL_LINES_UNDER * lines <= area.bottom) asked.set(rendered, { moved: movedRef, figure: rowRef, height: 0, later: true });
  };

  /**
   * Called by keep-lines.js with the break a page's look for overflow settled on: when it falls before a picture (an
   * article's opening picture, the break before the article's head; or a picture in an article's column) and would
   * leave the page at least a fifth empty under what stays, the height that picture would need to stay on the page
   * (with three lines under an opening picture) is noted for the page's layout (below), if it is at least half the
   * picture's. Measured now, while the picture is laid out (past the page's foot, or in the column Paged.js sets
   * beside the page): once the break is made it is gone from the page.
   * @param {Range} overflow @param {Element} rendered
   */
  const notePictureAtBreak = (overflow, rendered) => {
    asked.delete(rendered);
    const start = /** @type {Element | null} */ (/** @type {any} */ (window).pressroomFindElementAtBreak(overflow));
    const parallel = start ? findParallelPictureRow(start) : undefined;
    const startRef = start && start.getAttribute("data-ref");
    if (start && parallel && startRef) {
      askPictureRowLater(parallel, startRef, rendered, start);
      return;
    }
    // A break before a stack of pictures opening an article's body, its head on the page (alone there, at its top:
    // the break cannot take the head too), or before a picture of the stack, the first on the page: the pictures are
    // drawn shorter together, three lines of text under them.
    const body = start && start.matches("figure") && start.parentElement && start.parentElement.matches(".story-body") ? start.parentElement : null;
    const opening = body ? findOpeningPicture(body) : undefined;
    const stack = opening ? [opening, ...findStackedPictures(opening)] : [];
    if (body && opening && startRef && stack.length > 1 && stack.includes(/** @type {HTMLElement} */ (start))) {
      const area = rendered.getBoundingClientRect();
      const head = body.previousElementSibling;
      const headBox = head && head.matches(".story-head") ? head.getBoundingClientRect() : undefined;
      const top =
        start !== opening ? opening.getBoundingClientRect().top : head && headBox && headBox.top >= area.top - 1 && headBox.bottom <= area.bottom ? headBox.bottom + measureGapUnderHead(head, body, opening) : undefined;
      if (top !== undefined && top >= area.top - 1 && area.bottom - top >= MIN_EMPTY_SHARE * area.height) {
        askStackedShorter({ moved: startRef, first: opening, stacked: stack.slice(1), room: area.bottom - top - LINES_UNDER * readLineHeight(body) - 2 }, rendered);
      }
      return;
    }
    const found = start ? findPictureAtBreak(start) : undefined;
    if (!start || !found) return;
    const { figure, above, aboveBottom, gap, lines, text, row } = found;
    const img = figure.querySelector("img");
    const movedRef = start.getAttribute("data-ref");
    const figureRef = figure.getAttribute("data-ref");
    if (!img || !movedRef || !figureRef) return;
    const area = rendered.getBoundingClientRect();
    const aboveBox = above.getBoundingClientRect();
    const top = start === figure ? aboveBottom : start.getBoundingClientRect().top;
    const onPage = aboveBox.left >= area.left - 1 && aboveBox.right <= area.right + 1 && aboveBox.top >= area.top && aboveBox.bottom <= area.bottom;
    if (!onPage || area.bottom - top < MIN_EMPTY_SHARE * area.height) return;
    const picture = img.getBoundingClientRect();
    const box = figure.getBoundingClientRect();
    if (picture.height <= 0) return;
    // Where the picture would start on this page, under what stays above it: the picture itself is often laid out in
    // the column Paged.js sets beside the page, and its place there says nothing of this page's room. In a row, from
    // the row's top, the text beside it no taller than it.
    const frame = row || figure;
    const pictureTop = aboveBottom + gap + (picture.top - frame.getBoundingClientRect().top);
    const under = frame.getBoundingClientRect().bottom + readMargin(frame, "margin-bottom") - picture.bottom;
    // Pictures stacked under it are drawn shorter with it; when even half their heights do not fit, the front page's
    // mend below (the opening picture in the first column) may still keep the lead story's start there.
    const stacked = lines ? findStackedPictures(figure) : [];
    if (stacked.length && askStackedShorter({ moved: movedRef, first: figure, stacked, room: area.bottom - (aboveBottom + gap) - lines * readLineHeight(text) - 2 }, rendered)) return;
    const height = Math.floor(area.bottom - pictureTop - under - lines * readLineHeight(text)) - 2;
    if (height >= picture.height) return;
    if (height >= MIN_HEIGHT_SHARE * picture.height) {
      asked.set(rendered, { moved: movedRef, figure: figureRef, height, ...(row && { row: true }) });
      return;
    }
    const column = askColumn(found, rendered, area, top, pictureTop, under, picture);
    if (column) asked.set(rendered, { moved: movedRef, figure: figureRef, height: column, column: true });
  };

  /**
   * An opening picture with pictures stacked under it: each is drawn shorter by one share of its height, the share
   * that keeps the stack, its captions and margins, and three lines of text in the `room` under the head, when that
   * share is at least half. Measured for the first picture alone, an A5 bulletin's article opening with a
   * photograph and a drawing printed its head and the photograph on a page of their own, the rest of the page empty,
   * the drawing and the text overleaf.
   * @param {{ moved: string, first: HTMLElement, stacked: HTMLElement[], room: number }} stack @param {Element} rendered
   * @returns {boolean} whether the pictures are asked to be drawn shorter
   */
  const askStackedShorter = ({ moved, first, stacked, room }, rendered) => {
    const figures = [first, ...stacked];
    /** @type {{ figure: string, picture: number }[]} */
    const pictures = [];
    // What does not shrink: each figure's caption and padding, and the margins between them (collapsed: the larger).
    let fixed = readMargin(figures[figures.length - 1] ?? first, "margin-bottom");
    for (const [index, figure] of figures.entries()) {
      const img = figure.querySelector("img");
      const ref = figure.getAttribute("data-ref");
      const picture = img ? img.getBoundingClientRect().height : 0;
      if (!ref || picture <= 0) return false;
      pictures.push({ figure: ref, picture });
      fixed += figure.getBoundingClientRect().height - picture;
      const next = figures[index + 1];
      if (next) fixed += Math.max(readMargin(figure, "margin-bottom"), readMargin(next, "margin-top"));
    }
    const total = pictures.reduce((sum, { picture }) => sum + picture, 0);
    const share = (room - fixed) / total;
    if (share >= 1 || share < MIN_HEIGHT_SHARE) return false;
    const [head, ...more] = pictures.map(({ figure, picture }) => ({ figure, height: Math.floor(picture * share) }));
    if (head) asked.set(rendered, { moved, figure: head.figure, height: head.height, more });
    return !!head;
  };

  /**
   * The height (px) of the front page's opening picture set in the first column, under the head, drawn no shorter
   * than half its height there; undefined when the page is not the front page, the article is not its first story,
   * the picture does not span the columns,
   * the break would leave less than a third of the page empty, or the column has not that much room. The article's
   * lines go on beside it, in the next columns. (The sample issue as an A5 newspaper: the lead story's heads and its
   * picture across the two columns, drawn at half its height, needed about 120% of the room under the masthead and
   * the contents box, and the front page printed those alone.)
   * @param {{ figure: HTMLElement, lines: number, text: Element }} found @param {Element} rendered @param {DOMRect} area
   * @param {number} top where what the break moves starts @param {number} pictureTop where the picture would start on this page
   * @param {number} under the caption's and margins' height under the picture, across the columns
   * @param {DOMRect} picture the picture as laid out across the columns
   * @returns {number | undefined}
   */
  const askColumn = ({ figure, lines, text }, rendered, area, top, pictureTop, under, picture) => {
    const page = rendered.closest(".pagedjs_page");
    // An article's opening picture (lines of its text kept under it), not one further into its text.
    if (!lines || !page || !page.classList.contains("pagedjs_first_page") || area.bottom - top < MIN_EMPTY_FRONT_SHARE * area.height) return undefined;
    if (getComputedStyle(figure).columnSpan !== "all") return undefined;
    // The lead story: no article before it on the page (after another story, the page is not left without one).
    const article = figure.closest("article[data-article-id]");
    const first = rendered.querySelector("article[data-article-id]");
    if (!article || (first && first.getAttribute("data-article-id") !== article.getAttribute("data-article-id"))) return undefined;
    const style = getComputedStyle(text);
    const columns = /** @type {any} */ (window).pressroomCountColumns(style, text.clientWidth);
    if (columns < 2) return undefined;
    const gap = Number.parseFloat(style.columnGap) || 0;
    const width = (text.clientWidth - (columns - 1) * gap) / columns;
    const natural = (picture.height * width) / picture.width;
    // The caption wraps to more lines in the column: its text's length over the column's width (a tenth spared for
    // the words that do not fill a line).
    const caption = figure.querySelector("figcaption");
    let underColumn = under;
    if (caption) {
      const range = document.createRange();
      range.selectNodeContents(caption);
      const length = Array.from(range.getClientRects()).reduce((sum, rect) => sum + rect.width, 0);
      const captionLines = Math.max(1, Math.ceil(length / (0.9 * width)));
      underColumn = under - caption.getBoundingClientRect().height + captionLines * readLineHeight(caption);
    }
    const height = Math.min(natural, Math.floor(area.bottom - pictureTop - underColumn) - 2);
    return height >= MIN_HEIGHT_SHARE * natural ? height : undefined;
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

  /** True when the page shows some text of the element `ref` (its part there). @param {any} page @param {string} ref */
  const holdsText = (page, ref) => Array.from(page.wrapper.querySelectorAll(`[data-ref="${ref}"]`)).some((element) => (element.textContent || "").trim() !== "");

  /** Draws a picture as its article's Markdown placed it again: its own height, across the columns if it was. @param {HTMLElement} figure */
  const restore = (figure) => {
    figure.style.removeProperty("--picture-height");
    figure.style.removeProperty("column-span");
  };

  /**
   * An article that opens with a picture across its columns (or in its one column) is kept with its headline
   * (keep-lines.js): when the two do not fit under what a page already holds, both go to the next page, and this
   * one ends where the article would have begun. After a front page's masthead and contents box, or a short
   * article, that left half an A5 bulletin's front page, or of an A3 page, empty. A picture in a column that does
   * not fit under the text before it goes to the next page too, the page ending where it would have begun (a third
   * of a one-column US Letter page). The page is laid out again with the picture drawn shorter (its proportions
   * kept, narrower, as base.css draws a picture capped in height) to the height the break's look measured, down to
   * half its own; if the page still does not hold it whole, it is drawn at its height again and the page laid out
   * as before. An article that opens with a picture across some of its columns, its text beside it (a row,
   * compose-modules.js), has the row set again for the shorter picture, its text beside it cut anew (a generated A4
   * newspaper's page 2 ended 55% empty, the row 40 px too tall for it). On the front page, an opening picture across
   * the columns that half its height would not keep there is set in the first column instead (drawn shorter if need
   * be, to half its height there), the text beside it.
   */
  // @ts-ignore Paged is the global from paged.js, loaded just before this file.
  class FitPicturesAtBreaks extends Paged.Handler {
    /** @param {any} chunker @param {any} polisher @param {any} caller */
    constructor(chunker, polisher, caller) {
      super(chunker, polisher, caller);
      /** The rows this layout set again: each new element's ref is numbered by it. */
      this.refs = 0;
    }

    /** @param {any} page @param {DocumentFragment | undefined} contents */
    beforePageLayout(page, contents) {
      if (!contents) return;
      const layout = page.layout;
      /** @type {Map<string, HTMLElement>} The pictures this page drew shorter, by ref, as written in the source (what each layout copies). */
      const shortened = new Map();
      /** @type {Map<string, { row: Element, text: Element }>} The parallel rows of pictures this page set under the row of text after them, by that row's ref. */
      const later = new Map();
      /** @param {DocumentFragment} source @param {any} token @param {number} maxChars */
      const layOut = async (source, token, maxChars) => {
        const next = await layout.call(page, source, token, maxChars);
        const wanted = asked.get(page.wrapper);
        asked.delete(page.wrapper);
        return { next, wanted };
      };
      /** @param {DocumentFragment} source @param {any} token @param {number} maxChars */
      page.layout = async (source, token, maxChars) => {
        // Each layout after the first starts the page again from its top, its notes too (keep-notes.js).
        /** @type {() => Promise<{ next: any, wanted: any }>} */
        const layOutAgain = /** @type {any} */ (window).pressroomPrepareLayOutAgain(page, layOut, source, token, maxChars);
        const first = await layOut(source, token, maxChars);
        const wanted = first.wanted;
        let next = first.next;
        const row = wanted && wanted.later && startsAt(next, source, wanted.moved) ? source.querySelector(`[data-ref="${wanted.figure}"]`) : null;
        // The row as written, not as the page cut it: a cell's text after its picture, laid out past the page, is not
        // in the page's copy, and moving the row would print that text after the next row's (a corpus issue's Persian
        // paragraph set in the row of its side's opening picture printed out of its place, and the build stopped).
        const text = row && Array.from(row.children).every(holdsPicturesOnly) ? findTextAfter(row) : undefined;
        const textRef = text && text.getAttribute("data-ref");
        if (row && text && textRef) {
          text.after(row);
          later.set(textRef, { row, text });
          ({ next } = await layOutAgain());
          if (!holdsText(page, textRef)) {
            text.before(row);
            later.delete(textRef);
            ({ next } = await layOutAgain());
          }
        }
        const figure = wanted && !wanted.later && startsAt(next, source, wanted.moved) ? /** @type {HTMLElement | null} */ (source.querySelector(`[data-ref="${wanted.figure}"]`)) : null;
        if (wanted && figure && wanted.row) {
          // A row is set again for the picture's height (compose-modules.js), its text beside it cut anew; and back at
          // the picture's own height when the page still does not hold it.
          const modules = /** @type {any} */ (window).pressroomModules;
          const makeRef = () => `pressroom-fit-${(this.refs += 1)}`;
          if (!figure.style.getPropertyValue("--picture-height") && (await modules.setOpeningRow(figure, wanted.height, page.area, makeRef))) {
            ({ next } = await layOutAgain());
            if (!holdsWhole(page, wanted.figure)) {
              await modules.setOpeningRow(figure, undefined, page.area, makeRef);
              ({ next } = await layOutAgain());
            }
          }
        } else if (wanted && figure && !figure.style.getPropertyValue("--picture-height")) {
          /** @type {[HTMLElement, string, number][]} each picture drawn shorter: in the source, its ref, its height */
          const drawn = [[figure, wanted.figure, wanted.height]];
          for (const { figure: ref, height } of wanted.more || []) {
            const stacked = /** @type {HTMLElement | null} */ (source.querySelector(`[data-ref="${ref}"]`));
            if (stacked) drawn.push([stacked, ref, height]);
          }
          for (const [element, ref, height] of drawn) {
            element.style.setProperty("--picture-height", `${height}px`);
            shortened.set(ref, element);
          }
          // Set on the element: in its first column, the article's text beside it in the next.
          if (wanted.column) figure.style.setProperty("column-span", "none");
          ({ next } = await layOutAgain());
          if (!drawn.every(([, ref]) => holdsWhole(page, ref))) {
            for (const [element, ref] of drawn) {
              restore(element);
              shortened.delete(ref);
            }
            ({ next } = await layOutAgain());
          }
        }
        // A picture drawn shorter for this page that a later layout of it took overleaf all the same (page-floats.js
        // laying the page out again with a page picture placed) is drawn at its own height there.
        for (const [ref, shorter] of shortened) {
          if (holdsWhole(page, ref)) continue;
          restore(shorter);
          shortened.delete(ref);
        }
        // So is a parallel row of pictures set under a row of text that went overleaf all the same: back before it
        // (before its first part, when split-parallel-rows.js cut it, and so ahead of all that follows the page).
        for (const [ref, moved] of later) {
          if (holdsText(page, ref)) continue;
          moved.text.before(moved.row);
          later.delete(ref);
        }
        return next;
      };
    }
  }

  /** @type {any} */ (window).pressroomNotePictureAtBreak = notePictureAtBreak;

  // @ts-ignore
  Paged.registerHandlers(FitPicturesAtBreaks);
})();
