// @ts-check
// Runs inside Chromium after layout: finds paragraphs left with one line at a column or page break, and headings last in a column, in articles' columns and parallel rows' sides.
/* Reads the laid-out pages only (line boxes through Range.getClientRects); changes nothing. */

(() => {
  /** Block elements of an article body whose lines are counted. */
  const TEXT_BLOCKS = "p, li, blockquote > p";
  /** Headings that must be followed, in the same column, by some of what they head. */
  const HEADINGS = "h3, h4, h5, h6";
  /**
   * A table's rows under its head: what a heading over a table heads. Not counted as paragraphs; left out, a
   * heading with a table right under it was warned as its column's last line (13 of 20 such warnings in a fuzz
   * of long tables).
   */
  const TABLE_ROWS = "tbody tr";
  /** A code block's lines, which a heading over one heads likewise (a fuzz issue's A5 page warned of such a heading). */
  const CODE_BLOCKS = "pre";
  /**
   * A picture in the text, which a heading right over it heads too: counted as one line, its box. Left out, a
   * subheading with a picture under it and the text after it in the next column was warned as apart from its text
   * (the same heading in all six editions of a generated sheet), though the mends after layout take it for followed.
   */
  const PICTURES = "figure";
  /**
   * The boxes whose lines are read: an article's body, and each side of a parallel article's rows of text, one column
   * each (its heads and notes left out). Left out, a parallel edition's lone lines and subheadings at a page's foot
   * were never warned: a corpus issue's printed both sides' subheadings at page 2's foot, their text overleaf.
   */
  const BODIES = ".story-body, article.story-parallel > .parallel-row:not(.parallel-head, .parallel-notes) > .parallel-cell";

  /**
   * @typedef {{ page: number, column: number, top: number, bottom: number }} LineBox
   * @typedef {{ kind: "orphan" | "widow" | "heading" | "headline", page: number, column: number, text: string }} BreakDefect
   */

  /**
   * The line boxes of an element's text, one per line, each with the page and column it is in: the rects of
   * its text nodes (an element's own rect can cover several lines), merged when they share a line.
   * @param {Element} element @param {number} page @param {HTMLElement} body
   * @returns {LineBox[]}
   */
  const readLines = (element, page, body) => {
    const style = getComputedStyle(body);
    const gap = Number.parseFloat(style.columnGap) || 0;
    const box = body.getBoundingClientRect();
    // A layout may give a column width rather than a count (the sheet's `columns: 56mm 5`).
    const count = /** @type {any} */ (window).pressroomCountColumns(style, body.clientWidth);
    const width = (box.width - gap * (count - 1)) / count;
    const rtl = style.direction === "rtl";
    /** @param {DOMRect} rect */
    const columnOf = (rect) => {
      const fromStart = rtl ? box.right - rect.right : rect.left - box.left;
      return Math.min(count - 1, Math.max(0, Math.floor((fromStart + gap / 2) / (width + gap))));
    };
    if (element.matches(PICTURES)) {
      const rect = element.getBoundingClientRect();
      return rect.height < 0.5 ? [] : [{ page, column: columnOf(rect), top: rect.top, bottom: rect.bottom }];
    }
    /** @type {LineBox[]} */
    const lines = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node.textContent || "").trim()) continue;
      range.selectNodeContents(node);
      for (const rect of Array.from(range.getClientRects())) {
        if (rect.width < 0.5 || rect.height < 0.5) continue;
        const column = columnOf(rect);
        // Text rects are taller than the leading, so consecutive lines overlap: a rect is on a line when its
        // middle is within half a line of the line's, and a line keeps its first rect's height.
        const middle = (rect.top + rect.bottom) / 2;
        const half = (rect.bottom - rect.top) / 2;
        const same = lines.find((line) => line.column === column && Math.abs(middle - (line.top + line.bottom) / 2) < Math.min(half, (line.bottom - line.top) / 2));
        if (!same) lines.push({ page, column, top: rect.top, bottom: rect.bottom });
      }
    }
    return lines;
  };

  /**
   * The article a body belongs to: its own, or for the rest of a jumped article, run after the last article, the one it
   * goes on from. (Read as no article, a jumped article's last subheading heading nothing was warned as apart from its
   * text: the same heading the build warns at its line, and at the page too, in 6 of 30 generated issues with jumps.)
   * @param {Element} body
   */
  const findArticleId = (body) => {
    const story = body.closest("[data-article-id], [data-continuation-of]");
    return (story && (story.getAttribute("data-article-id") || story.getAttribute("data-continuation-of"))) || "";
  };

  /**
   * The ref of the part a split paragraph began as, by any part's ref: split-parallel-rows.js gives each part it cuts
   * off a ref of its own (`data-split-from`, the part it was cut from), where Paged.js's parts share theirs.
   * @returns {(ref: string) => string}
   */
  const readFirstParts = () => {
    /** @type {Map<string, string>} */
    const from = new Map();
    for (const element of Array.from(document.querySelectorAll("[data-split-from]"))) {
      const ref = element.getAttribute("data-ref");
      const source = element.getAttribute("data-split-from");
      if (ref && source && ref !== source) from.set(ref, source);
    }
    return (ref) => {
      let first = ref;
      for (let steps = 0; from.has(first) && steps < 1000; steps++) first = /** @type {string} */ (from.get(first));
      return first;
    };
  };

  /** @param {LineBox} line */
  const place = (line) => line.page * 1000 + line.column;

  /** @param {LineBox} line */
  const middleOf = (line) => (line.top + line.bottom) / 2;

  /** @param {Element} element */
  const describe = (element) => (element.textContent || "").replace(/\u00AD/g, "").replace(/\s+/g, " ").trim().slice(0, 60);

  /**
   * Every break defect in the laid-out pages. A paragraph Paged.js split over pages is one paragraph: its
   * parts share `data-ref`. Its lines are taken in reading order (page, then column); the first part and
   * the last part of a paragraph that runs over more than one column must each hold two lines or more.
   * A heading inside an article body is a defect when the last of its lines ends its column and the article
   * goes on; an article's headline block is one when its body starts on a later page.
   * @returns {BreakDefect[]}
   */
  function findBreakDefects() {
    const pages = Array.from(document.querySelectorAll(".pagedjs_page"));
    /** @type {Map<string, { element: Element, lines: LineBox[], side: boolean }>} `side`: in a parallel row, named by its page alone */
    const paragraphs = new Map();
    /** @type {{ element: Element, lines: LineBox[], after: LineBox[], articleId: string, side: boolean }[]} */
    const headings = [];
    /** @type {BreakDefect[]} */
    const defects = [];
    /** @type {Map<string, number>} */
    const headPages = new Map();
    /** @type {Map<string, number>} */
    const bodyPages = new Map();
    /** The last page each article's body prints on. */
    /** @type {Map<string, number>} */
    const lastBodyPages = new Map();
    const findFirstPart = readFirstParts();
    pages.forEach((pageElement, page) => {
      pageElement.querySelectorAll(BODIES).forEach((bodyElement) => {
        const body = /** @type {HTMLElement} */ (bodyElement);
        // A parallel row's side is one column whichever side of the page it is on: a column number would mislead.
        const side = body.matches(".parallel-cell");
        const blocks = Array.from(body.querySelectorAll(`${TEXT_BLOCKS}, ${HEADINGS}, ${TABLE_ROWS}, ${CODE_BLOCKS}, ${PICTURES}`)).filter(
          (element) => !element.closest(".pullquote, .footnote") && (element.matches(PICTURES) || !element.closest("figure")),
        );
        const linesOf = blocks.map((element) => readLines(element, page, body));
        blocks.forEach((element, index) => {
          const lines = linesOf[index] || [];
          if (lines.length === 0) return;
          if (element.matches(HEADINGS)) {
            headings.push({ element, lines, after: linesOf.slice(index + 1).flat(), articleId: findArticleId(body), side });
            return;
          }
          // Nested blocks (a paragraph in a list item) are counted once, as the innermost; a table's rows, a code
          // block and a picture are not paragraphs.
          if (element.querySelector(TEXT_BLOCKS) || element.matches(`${TABLE_ROWS}, ${CODE_BLOCKS}, ${PICTURES}`)) return;
          const ref = element.getAttribute("data-ref");
          const key = ref ? findFirstPart(ref) : `${page}:${index}:${describe(element)}`;
          const entry = paragraphs.get(key) || { element, lines: [], side };
          entry.lines.push(...lines);
          paragraphs.set(key, entry);
        });
        const id = findArticleId(body);
        if (id && (body.textContent || "").trim() && !bodyPages.has(id)) bodyPages.set(id, page);
        if (id && (body.textContent || "").trim()) lastBodyPages.set(id, page);
      });
      pageElement.querySelectorAll("[data-article-id] > .story-head").forEach((head) => {
        const story = head.closest("[data-article-id]");
        const id = story && story.getAttribute("data-article-id");
        if (id && (head.textContent || "").trim() && !headPages.has(id)) headPages.set(id, page);
      });
    });
    for (const { element, lines, side } of paragraphs.values()) {
      const counts = new Map();
      for (const line of lines) counts.set(place(line), (counts.get(place(line)) || 0) + 1);
      const places = Array.from(counts.keys()).sort((a, b) => a - b);
      if (places.length < 2) continue;
      const first = places[0];
      const last = places[places.length - 1];
      const at = (/** @type {number} */ key) => ({ page: Math.floor(key / 1000) + 1, column: side ? 0 : (key % 1000) + 1 });
      if (counts.get(first) < 2) defects.push({ kind: "orphan", ...at(first), text: describe(element) });
      if (counts.get(last) < 2) defects.push({ kind: "widow", ...at(last), text: describe(element) });
    }
    for (const { element, lines, after, articleId, side } of headings) {
      const end = lines.reduce((a, b) => (place(b) > place(a) || (place(b) === place(a) && b.bottom > a.bottom) ? b : a));
      // Nothing after it in its article: it heads nothing wherever it falls, which the build says from the Markdown (heading-at-end).
      if (after.length === 0 && lastBodyPages.get(articleId) === end.page) continue;
      // Nothing after it on its page: the article goes on overleaf (one that ends it was passed over above).
      // A later line is one whose middle is lower: text rects are taller than the leading, so a line's top can
      // sit above the heading's bottom (1.3 px with a tight heading), and "top below bottom" warned of a heading
      // alone in its column with its text right under it.
      const followed = after.some((line) => place(line) === place(end) && middleOf(line) > middleOf(end) + 1);
      if (!followed) defects.push({ kind: "heading", page: end.page + 1, column: side ? 0 : end.column + 1, text: describe(element) });
    }
    for (const [id, headPage] of headPages) {
      const bodyPage = bodyPages.get(id);
      if (bodyPage !== undefined && bodyPage > headPage) defects.push({ kind: "headline", page: headPage + 1, column: 0, text: describe(document.querySelector(`[data-article-id="${id}"] .headline`) || document.body) });
    }
    return defects;
  }

  /** @type {any} */ (window).pressroomFindBreakDefects = findBreakDefects;
})();
