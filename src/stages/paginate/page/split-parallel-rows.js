// @ts-check
// Runs inside Chromium with Paged.js: when a page break cuts a parallel article's (or the editorial's) row of paragraphs, splits the row at that line on both sides, so that both languages fill the page's foot and go on together overleaf.
/* global Paged */

(() => {
  /** Lines a side's paragraph keeps on each side of the break, as base.css's orphans and widows ask. */
  const MIN_LINES = 2;
  /** Rows a break may split: a parallel article's (or the editorial's) rows of text and of notes, not its heads. */
  const ROWS = ":is(article.story-parallel, section.editorial-parallel) > .parallel-row:not(.parallel-head)";

  /**
   * @typedef {{ row: Element, rest: Element }} Split a row of the source split in two: `rest` holds what goes overleaf
   *   (its cells' parts marked `data-split-of` with the ref of the part they were cut from)
   */

  /** @param {Node} node @returns {number} the node's place among its parent's children */
  const indexOf = (node) => (node.parentNode ? Array.prototype.indexOf.call(node.parentNode.childNodes, node) : -1);

  /** The path of child indexes from `root` down to `node`. @param {Node} root @param {Node} node */
  const readPath = (root, node) => {
    /** @type {number[]} */
    const path = [];
    for (let at = node; at !== root && at.parentNode; at = at.parentNode) path.unshift(indexOf(at));
    return path;
  };

  /** The node at `path` under `root`. @param {Node} root @param {number[]} path */
  const followPath = (root, path) => path.reduce((/** @type {Node | undefined} */ at, index) => at && at.childNodes[index], root);

  /**
   * True when a box is drawn on the page: inside its area, not past its foot by more than `over` (px), nor in the
   * column Paged.js sets beside the page for what runs over (where a copy laid out beside a cut continues, at the
   * top again). A block's part on the page reaches the foot exactly; a line is given a pixel's margin (laid out again
   * as a row of its own, a line measured 0.4 px above the foot ended 0.8 px past it).
   * @param {DOMRect} rect @param {DOMRect} area @param {number} over
   */
  const isOnPage = (rect, area, over) => rect.bottom <= area.bottom + over && rect.left >= area.left - 1 && rect.right <= area.right + 1;

  /** True when every line of `row`'s copy on the page is inside its area. @param {Element} row @param {DOMRect} area */
  const staysOnPage = (row, area) => {
    const range = document.createRange();
    range.selectNodeContents(row);
    return Array.from(range.getClientRects()).every((rect) => rect.height < 0.5 || rect.bottom <= area.bottom + 0.5);
  };

  /**
   * Where the text of `block` (a paragraph laid out on the page) goes past the page: the start of the first line
   * that does not fit, moved up so that at least two lines stay and two go over, and back to the start of a word
   * hyphenated across the line's end; null when fewer than two lines would stay (the paragraph goes over whole).
   * @param {Element} block @param {DOMRect} area
   * @returns {{ node: Text, offset: number } | null}
   */
  const findLineBreak = (block, area) => {
    // Letters on one line have their boxes' middles within half a line of each other, whatever their face (Noto
    // Serif, Naskh and Nastaliq sit their boxes at different heights; Nastaliq's boxes overlap the next line's).
    const half = /** @type {any} */ (window).pressroomReadLineHeight(block) / 2;
    /** @type {{ node: Text, offset: number, middle: number, onPage: boolean }[]} The first character of each line. */
    const lines = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = /** @type {Text | null} */ (walker.nextNode()); node; node = /** @type {Text | null} */ (walker.nextNode())) {
      const text = node.data;
      for (let offset = 0; offset < text.length; offset += 1) {
        if (/\s|\u00AD/.test(text[offset] || "")) continue;
        const rect = /** @type {any} */ (window).pressroomMeasureLetter(node, offset);
        if (!rect || rect.height === 0) continue;
        const onPage = isOnPage(rect, area, -1);
        const middle = (rect.top + rect.bottom) / 2;
        const line = lines[lines.length - 1];
        // A new line when the letter is lower, or on the other side of the page's foot (past it, lines start at the
        // top of the next column again).
        if (!line || line.onPage !== onPage || Math.abs(middle - line.middle) >= half) lines.push({ node, offset, middle, onPage });
      }
    }
    let kept = lines.findIndex((line) => !line.onPage);
    if (kept < 0) kept = lines.length;
    kept = Math.min(kept, lines.length - MIN_LINES);
    for (; kept >= MIN_LINES; kept -= 1) {
      const start = lines[kept];
      const previous = lines[kept - 1];
      if (!start || !previous) return null;
      if (!/\u00AD\s*$/.test(start.node.data.slice(0, start.offset))) return { node: start.node, offset: start.offset };
      // Not inside a word hyphenated at the line's end, whose halves would be on two pages: the whole word goes
      // over, as keep-lines.js moves Paged.js's breaks, when it starts on the line before (or that line goes too).
      const word = /** @type {any} */ (window).pressroomStartWholeWord(block, start);
      const from = document.createRange();
      from.setStart(previous.node, previous.offset);
      if (word !== start && from.comparePoint(word.node, word.offset) > 0) return word;
    }
    return null;
  };

  /**
   * Where a cell laid out beside a cut goes past the page: a place in its text, or before one of its blocks, or
   * "end" when it fits whole; undefined when none of its text would stay.
   * @param {Element} cell @param {DOMRect} area
   * @returns {{ node: Node, offset: number } | "end" | undefined}
   */
  const findCellBreak = (cell, area) => {
    const blocks = Array.from(cell.children);
    for (const [index, block] of blocks.entries()) {
      const boxes = Array.from(block.getClientRects());
      if (boxes.every((box) => isOnPage(box, area, 0.5))) continue;
      // A paragraph begun on the page: cut by the foot into its part there and one in the column beside, or (a
      // foot drawn higher than the page's, planPushedCuts's) whole across it.
      const inside = boxes[0] && boxes[0].top < area.bottom && block.matches("p") ? findLineBreak(block, area) : null;
      if (inside) return inside;
      // The headings over it go too, with the pull quotes set under them, or the side's subheading was left at the
      // page's foot over nothing (keep-lines.js's findLeadingHeading).
      const heading = /** @type {any} */ (window).pressroomFindLeadingHeading(block);
      const lead = heading ? blocks.indexOf(heading) : index;
      return lead > 0 ? { node: cell, offset: indexOf(/** @type {Element} */ (blocks[lead])) } : undefined;
    }
    return "end";
  };

  /**
   * The place to cut a source cell at, as a Range start: out of a text's or an element's start up to the outermost
   * element it starts (a paragraph cut before its first letter goes over whole, as a paragraph, not a part).
   * @param {Element} cell @param {Node} node @param {number} offset
   */
  const placeCut = (cell, node, offset) => {
    let container = node;
    let at = offset;
    if (container.nodeType === Node.TEXT_NODE && at === 0) {
      at = indexOf(container);
      container = /** @type {Node} */ (container.parentNode);
    }
    while (container !== cell && at === 0 && container.parentNode) {
      at = indexOf(container);
      container = container.parentNode;
    }
    return { container, at };
  };

  /**
   * Splits `row` (in the source) at one place per cell: what follows each goes into a new row after it, each
   * element cut in two getting a copy with its own ref (`data-split-of` the original's, a paragraph's
   * `data-split-from` too, for base.css's indent). The new row starts a page (Paged.js's `data-break-before`).
   * @param {Element} row @param {({ node: Node, offset: number } | "end")[]} cuts one per cell @param {() => string} makeRef
   * @returns {Split}
   */
  const splitRow = (row, cuts, makeRef) => {
    const rest = /** @type {Element} */ (row.cloneNode(false));
    rest.setAttribute("data-split-of", row.getAttribute("data-ref") || "");
    rest.setAttribute("data-ref", makeRef());
    rest.setAttribute("data-break-before", "page");
    Array.from(row.children).forEach((cell, index) => {
      const restCell = /** @type {Element} */ (cell.cloneNode(false));
      restCell.setAttribute("data-split-of", cell.getAttribute("data-ref") || "");
      restCell.setAttribute("data-ref", makeRef());
      rest.append(restCell);
      const cut = cuts[index];
      if (!cut || cut === "end") return;
      const { container, at } = placeCut(cell, cut.node, cut.offset);
      const range = document.createRange();
      range.setStart(container, at);
      range.setEnd(cell, cell.childNodes.length);
      const moved = range.extractContents();
      // The elements the cut went through are copied into what was taken out, first on each level.
      let depth = 0;
      for (let node = container; node !== cell && node.parentNode; node = node.parentNode) depth += 1;
      let copy = moved.firstChild;
      for (let level = 0; level < depth && copy instanceof Element; level += 1, copy = copy.firstChild) {
        const ref = copy.getAttribute("data-ref") || "";
        copy.setAttribute("data-split-of", ref);
        copy.setAttribute("data-ref", makeRef());
        // An anchor stays where its element begins.
        copy.removeAttribute("id");
        if (copy.matches("p, li")) copy.setAttribute("data-split-from", ref);
      }
      restCell.append(moved);
    });
    row.after(rest);
    return { row, rest };
  };

  /**
   * Puts what a split took out back where it was: each copy's content at the end of the element it was cut from,
   * a text cut in two joined again (the same node as before the split, which break tokens may point into).
   * @param {Split} split
   */
  const joinRow = ({ row, rest }) => {
    /** @param {Element} target @param {Element} extra */
    const joinInto = (target, extra) => {
      const first = extra.firstChild;
      const last = target.lastChild;
      if (first instanceof Element && last instanceof Element && first.getAttribute("data-split-of") === last.getAttribute("data-ref")) {
        joinInto(last, first);
        first.remove();
      } else if (first instanceof Text && last instanceof Text) {
        last.appendData(first.data);
        first.remove();
      }
      target.append(...Array.from(extra.childNodes));
    };
    Array.from(rest.children).forEach((extra, index) => {
      const cell = row.children[index];
      if (cell) joinInto(cell, extra);
    });
    rest.remove();
  };

  /**
   * @typedef {{ row: Element, laidRow: Element, first: { node: Node, offset: number } }} Cut a row of the
   *   source cut in its first cell by a page's layout (`first` where, as Paged.js made it), with its copy on the page,
   *   which holds that cell's text alone
   */

  /**
   * The row a layout that ended at `next` cut with its first cell's text on the page and the others' all past it;
   * undefined otherwise.
   * @param {any} page Paged.js's page @param {DocumentFragment} source @param {any} next the break token
   * @returns {Cut | undefined}
   */
  const findCutRow = (page, source, next) => {
    const node = next && next.node;
    const element = node && (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
    const cell = element && element.closest(".parallel-cell");
    const row = cell && cell.parentElement;
    if (!cell || !row || !row.matches(ROWS) || row.children[0] !== cell || !source.contains(row)) return undefined;
    const ref = row.getAttribute("data-ref");
    const cellRef = cell.getAttribute("data-ref");
    const laidRows = ref ? page.wrapper.querySelectorAll(`[data-ref="${CSS.escape(ref)}"]`) : [];
    const laidRow = laidRows[laidRows.length - 1];
    const laidCell = laidRow && cellRef ? laidRow.querySelector(`:scope > [data-ref="${CSS.escape(cellRef)}"]`) : null;
    if (!laidRow || !laidCell || !(laidCell.textContent || "").trim() || laidRow.children.length !== 1) return undefined;
    // The first cell's cut, as Paged.js made it: a place in a text, or before an element.
    const first = node.nodeType === Node.TEXT_NODE ? { node, offset: next.offset || 0 } : { node: node.parentNode, offset: indexOf(node) };
    return cell.contains(first.node) ? { row, laidRow, first } : undefined;
  };

  /**
   * A cut found in a cell's copy, at the same place in the source cell: "end" as it is, a place in the text by its
   * path from the cell; undefined when there is none (or the source has no such node).
   * @param {Element} sourceCell @param {Element} copy @param {{ node: Node, offset: number } | "end" | undefined} cut
   * @returns {{ node: Node, offset: number } | "end" | undefined}
   */
  const placeInSource = (sourceCell, copy, cut) => {
    if (!cut || cut === "end") return cut;
    const placed = followPath(sourceCell, readPath(copy, cut.node));
    return placed ? { node: placed, offset: cut.offset } : undefined;
  };

  /**
   * Where each cell of a cut row should be cut: the first where Paged.js did, the others (laid out beside it on a
   * copy, since Paged.js took them off with what went over) at their last line before the page's foot, when they
   * have two lines or more there (or fit whole). Undefined when one has none.
   * @param {any} page Paged.js's page @param {Cut} cut
   * @returns {({ node: Node, offset: number } | "end")[] | undefined}
   */
  const planCuts = (page, { row, laidRow, first }) => {
    const area = page.area.getBoundingClientRect();
    /** @type {({ node: Node, offset: number } | "end")[]} */
    const cuts = [first];
    for (const sourceCell of Array.from(row.children).slice(1)) {
      const copy = /** @type {Element} */ (sourceCell.cloneNode(true));
      laidRow.append(copy);
      const placed = placeInSource(sourceCell, copy, findCellBreak(copy, area));
      copy.remove();
      if (!placed) return undefined;
      cuts.push(placed);
    }
    return cuts;
  };

  /**
   * The editorial's row that a layout took overleaf whole though its lines fit under what the page holds: the box's
   * border and padding under its last row did not, or the next row's first lines (Chromium moves such a grid row to
   * the next page rather than break inside it). The page's copy of the box, and the row in the source; undefined
   * otherwise.
   * @param {any} page @param {DocumentFragment} source @param {any} next the break token
   * @returns {{ row: Element, laidBox: Element } | undefined}
   */
  const findPushedRow = (page, source, next) => {
    const row = next && next.node;
    const box = row instanceof Element && row.matches(ROWS) ? row.parentElement : null;
    if (!box || !box.matches(".editorial") || !source.contains(row) || !row.previousElementSibling?.matches(ROWS)) return undefined;
    const ref = box.getAttribute("data-ref");
    const laidBoxes = ref ? page.wrapper.querySelectorAll(`[data-ref="${CSS.escape(ref)}"]`) : [];
    const laidBox = laidBoxes[laidBoxes.length - 1];
    return laidBox && laidBox.lastElementChild?.matches(".parallel-row") ? { row, laidBox } : undefined;
  };

  /**
   * Where each cell of a row pushed overleaf should be cut for its lines to end above the box's foot (its border and
   * padding), which then goes overleaf with the lines under the cut: each cell laid out on a copy under the box's
   * last row on the page. Undefined when a side cannot keep two lines there, or every side fits whole (above the
   * foot).
   * @param {any} page @param {{ row: Element, laidBox: Element }} pushed
   * @returns {({ node: Node, offset: number } | "end")[] | undefined}
   */
  const planPushedCuts = (page, { row, laidBox }) => {
    // The foot as drawn under a box's last part: the page's copy is open there already (mark-split-paragraphs.js
    // marked it when Paged.js took the row off).
    const open = laidBox.hasAttribute("data-continues");
    laidBox.removeAttribute("data-continues");
    const style = getComputedStyle(laidBox);
    const foot = Number.parseFloat(style.paddingBottom) + Number.parseFloat(style.borderBottomWidth) + 1;
    const whole = page.area.getBoundingClientRect();
    const area = new DOMRect(whole.x, whole.y, whole.width, whole.height - foot);
    const copy = /** @type {Element} */ (row.cloneNode(true));
    // Laid out with the box open at the foot, as it will be, or Chromium moves the copy past the page too.
    laidBox.setAttribute("data-continues", "");
    laidBox.append(copy);
    const found = Array.from(copy.children, (cell) => findCellBreak(cell, area));
    if (!open) laidBox.removeAttribute("data-continues");
    const cuts = Array.from(row.children, (sourceCell, index) => placeInSource(sourceCell, /** @type {Element} */ (copy.children[index]), found[index]));
    copy.remove();
    if (cuts.every((cut) => cut === "end")) return undefined;
    return cuts.every((cut) => cut !== undefined) ? /** @type {({ node: Node, offset: number } | "end")[]} */ (cuts) : undefined;
  };

  /**
   * The article (or editorial) to move overleaf when its first row under the heads could not be split: its other
   * side's head would stand over none of its text. An article only when begun in the page's last two fifths
   * (keep-lines.js's rule for a break that leaves both sides without text); the editorial, a box kept whole unless
   * break-tall-kept-boxes.js let it start on a page, whenever something is above it there. Undefined otherwise.
   * @param {any} page @param {Cut} cut
   */
  const findArticleToMove = (page, { row }) => {
    const article = row.parentElement;
    const ref = article && article.getAttribute("data-ref");
    if (!article || !ref || !row.previousElementSibling?.matches(".parallel-head") || article.hasAttribute("data-break-before")) return undefined;
    const laid = /** @type {any} */ (window).pressroomFindTwin(article, page.wrapper);
    const top = laid && laid.getClientRects()[0];
    const area = page.area.getBoundingClientRect();
    if (!top) return undefined;
    if (article.matches("section.editorial")) return top.top > area.top + 1 ? article : undefined;
    return /** @type {any} */ (window).pressroomMayMoveParallelHeads(top.top, area) ? article : undefined;
  };

  /**
   * Paged.js 0.4.3 breaks a page at one place: in a parallel edition's row cut by the page's foot, the first cell's
   * text went on to the page's foot and the second's all went overleaf, leaving its side of the page's foot empty
   * beside the first's lines (every such break in every parallel edition). After a page's layout ends inside a
   * row's first cell, the other cell is laid out beside it on a copy to find its last line before the page's foot;
   * the row is split in the source at both places (the rest a row of its own, starting the next page) and the
   * page laid out again. If that layout does not end where the rest begins (a handler took more off the page), the
   * row is joined again and the page laid out as before. An editorial's row that Chromium moved overleaf whole
   * though its lines fit (the box's foot did not) is split so too, its lines ending above the foot. A row not split
   * so that is an article's first under its heads would leave the other side's headline over none of its text: the
   * article goes overleaf when it begins in the page's last two fifths (keep-lines.js leaves such a row to this),
   * the editorial whenever something is above it. A page laid out again later (a page picture placed) first undoes
   * what its last layout did.
   */
  // @ts-ignore Paged is the global from paged.js, loaded just before this file.
  class SplitParallelRows extends Paged.Handler {
    /** @param {any[]} args */
    constructor(...args) {
      // @ts-ignore
      super(...args);
      /** How many elements this layout's splits made: each copy's ref is numbered by it. */
      this.made = 0;
      /** @type {boolean | undefined} Whether the document has parallel rows (looked for once, not on every page). */
      this.hasRows = undefined;
    }

    /** @param {any} page @param {DocumentFragment | undefined} contents */
    beforePageLayout(page, contents) {
      if (!contents) return;
      if (this.hasRows === undefined) this.hasRows = !!contents.querySelector(ROWS);
      if (!this.hasRows) return;
      const layout = page.layout;
      const makeRef = () => `pressroom-split-${(this.made += 1)}`;
      /** @type {Split | undefined} The row this page split, as its last layout left it. */
      let kept;
      /** @type {Element | undefined} The article this page's last layout sent overleaf (its `data-break-before`). */
      let moved;
      /** @param {DocumentFragment} source @param {any} token @param {number} maxChars */
      page.layout = async (source, token, maxChars) => {
        if (kept) joinRow(kept);
        if (moved) moved.removeAttribute("data-break-before");
        kept = undefined;
        moved = undefined;
        // Each layout after the first starts the page again from its top, its notes too (keep-notes.js).
        const layOutAgain = /** @type {any} */ (window).pressroomPrepareLayOutAgain(page, layout, source, token, maxChars);
        let next = await layout.call(page, source, token, maxChars);
        const cut = findCutRow(page, source, next);
        const pushed = cut ? undefined : findPushedRow(page, source, next);
        if (!cut && !pushed) return next;
        const row = cut ? cut.row : /** @type {Element} */ (pushed && pushed.row);
        const cuts = cut ? planCuts(page, cut) : pushed && planPushedCuts(page, pushed);
        if (cuts) {
          const split = splitRow(row, cuts, makeRef);
          // The editorial's box is open at the page's foot (base.css), as mark-split-paragraphs.js leaves it once the
          // next page is laid out, already for this layout: with its border and padding under the row's first part,
          // cut to reach the foot, Chromium took that part overleaf whole. Only this page's copy keeps the mark.
          const box = row.parentElement && row.parentElement.matches(".editorial") ? row.parentElement : undefined;
          box?.setAttribute("data-continues", "");
          next = await layOutAgain();
          box?.removeAttribute("data-continues");
          const laid = /** @type {any} */ (window).pressroomFindTwin(row, page.wrapper);
          if (next && next.node === split.rest && laid && staysOnPage(laid, page.area.getBoundingClientRect())) {
            kept = split;
            return next;
          }
          joinRow(split);
          next = await layOutAgain();
        }
        // Not split: under the heads, the other side's headline would stand over none of its text.
        const article = cut && findArticleToMove(page, cut);
        if (!article) return next;
        article.setAttribute("data-break-before", "page");
        moved = article;
        return layOutAgain();
      };
    }
  }

  // @ts-ignore
  Paged.registerHandlers(SplitParallelRows);
})();
