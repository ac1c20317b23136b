// @ts-check
// Runs inside Chromium with Paged.js: sets a picture across some of an article's columns, with its text beside it.
/* global Paged */

(() => {
  /** What wait-for-pictures.js defines for this script. */
  const scripts = /** @type {any} */ (window);

  const SPAN = /^span-(\d+)$/;
  /** How far past the room beside a picture the copied text must reach (px): a few lines, so the line the cut starts from is read. */
  const COLUMN_MARGIN = 60;
  /** The most layouts tried per picture while moving the split a line at a time (each is one re-measure). */
  const MAX_TRIES = 8;
  /** Elements Paged.js moves out of the text (footnotes): they take no room beside the picture. */
  const OUT_OF_FLOW = "[data-note], .footnote";
  const HEADING = /^H[1-6]$/;
  /**
   * Paged.js's break marks (from CSS break-before/break-after, set before the first page): those about what
   * comes before the body belong to its first part only, those about what follows to its last part only.
   */
  const MARKS_AT_START = ["data-previous-break-after", "data-break-before", "data-after-page"];
  const MARKS_AT_END = ["data-break-after", "data-next-break-before"];

  /** @param {Element} figure */
  const readSpan = (figure) => {
    for (const name of Array.from(figure.classList)) {
      const match = SPAN.exec(name);
      if (match) return Number(match[1]);
    }
    return 0;
  };

  /**
   * The text nodes of a block in document order, leaving out footnotes.
   * @param {Element} block
   */
  const listTextNodes = (block) => {
    /** @type {Text[]} */
    const nodes = [];
    const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && parent.closest(OUT_OF_FLOW)) continue;
      nodes.push(/** @type {Text} */ (node));
    }
    return nodes;
  };

  /**
   * Where each printed line starts, in a column laid out in the page (a measuring copy): the block, the
   * text node (by its place among the block's text nodes), the offset, and the line's top and bottom.
   * Only the lines near the cut are wanted, and measuring every word of a long article was most of the
   * layout's time: blocks ending above `from` are not measured, and measuring stops at the first line
   * starting below `until` (both in the page's coordinates).
   * @param {Element[]} blocks @param {{ from: number, until: number }} window
   */
  const findLineStarts = (blocks, window) => {
    /** @type {{ block: number, text: number, offset: number, top: number, bottom: number, first: boolean }[]} */
    const lines = [];
    /** @type {(node: Text, offset: number) => DOMRect | undefined} */
    const measureCharacter = (node, offset) => scripts.pressroomMeasureLetter(node, offset);
    for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
      const block = blocks[blockIndex];
      if (block.getBoundingClientRect().bottom < window.from) continue;
      const nodes = listTextNodes(block);
      for (let textIndex = 0; textIndex < nodes.length; textIndex++) {
        const node = nodes[textIndex];
        const words = /\S+/g;
        for (let match = words.exec(node.data); match; match = words.exec(node.data)) {
          const rect = measureCharacter(node, match.index);
          if (!rect) continue;
          if (rect.top > window.until) return lines;
          const last = lines[lines.length - 1];
          // One column: a word whose top is lower than the line's is on the next line (glyph boxes of
          // successive lines can overlap, so their bottoms are no guide).
          if (last && last.block === blockIndex && rect.top < last.top + 2) last.bottom = Math.max(last.bottom, rect.bottom);
          else lines.push({ block: blockIndex, text: textIndex, offset: match.index, top: rect.top, bottom: rect.bottom, first: !last || last.block !== blockIndex });
          // A word hyphenated at the line's end: the next line starts inside it, and a cut there would leave
          // half a word on each side, so that line is taken to start with the whole word.
          const end = measureCharacter(node, match.index + match[0].length - 1);
          if (end && end.top > rect.top + 2) lines.push({ block: blockIndex, text: textIndex, offset: match.index, top: end.top, bottom: end.bottom, first: false });
        }
      }
    }
    return lines;
  };

  /**
   * Cuts a block in two at a text position, keeping the inline elements open across the cut. The second
   * part gets fresh data-ref values: Paged.js finds elements by them, and each must name one element.
   * @param {Element} block @param {number} textIndex @param {number} offset @param {() => string} makeRef
   */
  const splitBlock = (block, textIndex, offset, makeRef) => {
    const node = listTextNodes(block)[textIndex];
    const range = block.ownerDocument.createRange();
    range.setStart(node, offset);
    range.setEnd(block, block.childNodes.length);
    const second = /** @type {Element} */ (block.cloneNode(false));
    second.removeAttribute("id");
    second.appendChild(range.extractContents());
    [second, ...Array.from(second.querySelectorAll("[data-ref]"))].forEach((element) => element.setAttribute("data-ref", makeRef()));
    // The first part's last line is not the paragraph's last: base.css justifies it, and the second part
    // starts without an indent.
    block.setAttribute("data-continues", "");
    second.setAttribute("data-module-rest", "");
    return second;
  };

  /**
   * Where to cut, given the first line left out (picture at the top) or taken (at the bottom): `whole`
   * counts the blocks that go beside the picture whole (at the top) or stay above it (at the bottom),
   * and `cut` is the paragraph cut in two, if any. Only paragraphs are cut; a list, quote or heading
   * moves whole (below the picture at the top, above it at the bottom).
   * @param {Element[]} blocks @param {{ block: number, text: number, offset: number, first: boolean } | undefined} line
   * @param {"top" | "bottom"} side
   */
  const planCut = (blocks, line, side) => {
    if (line && !line.first && blocks[line.block].tagName === "P" && !startsBlock(blocks[line.block], line)) return { whole: line.block, cut: line };
    let whole = !line ? (side === "top" ? blocks.length : 0) : line.first || side === "top" ? line.block : line.block + 1;
    // A heading stays with the text it heads: not last beside the picture, nor last above it.
    const before = blocks[whole - 1];
    if (before && HEADING.test(before.tagName) && (side === "bottom" || whole < blocks.length)) whole -= 1;
    return { whole, cut: null };
  };

  /**
   * True for a block of an article's body that is text (a paragraph, list, heading, quote), not a picture, a
   * row or a marker that holds a place.
   * @param {Element} element
   */
  const isBlockOfText = (element) =>
    element.tagName !== "FIGURE" && !element.classList.contains("story-module") && !element.classList.contains("page-line") && !element.classList.contains("page-float-anchor");

  /**
   * True when nothing but spaces comes before a text position in its block (a long first word hyphenated
   * over the first two lines gives the second line that position).
   * @param {Element} block @param {{ text: number, offset: number }} line
   */
  const startsBlock = (block, line) => {
    const nodes = listTextNodes(block);
    return nodes.slice(0, line.text).every((node) => !node.data.trim()) && !nodes[line.text].data.slice(0, line.offset).trim();
  };

  /**
   * The blocks that go beside the picture, cutting the planned paragraph: at the top its first part goes
   * beside and the rest follows it where it stands; at the bottom its second part goes beside.
   * @param {Element[]} blocks @param {{ whole: number, cut: any }} plan @param {"top" | "bottom"} side
   * @param {() => string} makeRef
   */
  const takeBeside = (blocks, plan, side, makeRef) => {
    if (side === "top") {
      const beside = blocks.slice(0, plan.whole);
      if (plan.cut) {
        const block = blocks[plan.whole];
        block.after(splitBlock(block, plan.cut.text, plan.cut.offset, makeRef));
        beside.push(block);
      }
      return beside;
    }
    const beside = blocks.slice(plan.cut ? plan.whole + 1 : plan.whole);
    if (plan.cut) beside.unshift(splitBlock(blocks[plan.whole], plan.cut.text, plan.cut.offset, makeRef));
    return beside;
  };

  /**
   * Builds the row: the picture across `span` columns and a box of `columns - span` columns with the text.
   * @param {Element} figure @param {Element[]} beside @param {"top" | "bottom"} side
   * @param {{ figureWidth: number, textWidth: number, gap: number, columns: number }} grid
   */
  const buildModule = (figure, beside, side, grid) => {
    const doc = figure.ownerDocument;
    const module = doc.createElement("div");
    module.className = `story-module story-module-${side}`;
    module.style.setProperty("--module-gap", `${grid.gap}px`);
    const text = doc.createElement("div");
    text.className = "story-module-text";
    text.style.columnCount = String(grid.columns);
    text.style.columnGap = `${grid.gap}px`;
    // The text's own width, which the picture's leaves beside it anyway: where Paged.js carries the row's last lines
    // to the next page (with the colophon), they keep their column's measure there, rather than run across the
    // page's width, two lines printed as one, a line alone at the top of the last page.
    text.style.flex = `0 1 ${grid.textWidth}px`;
    beside.forEach((block) => text.appendChild(block));
    /** @type {HTMLElement} */ (figure).style.width = `${grid.figureWidth}px`;
    if (side === "top") module.append(figure, text);
    else module.append(text, figure);
    return module;
  };

  /**
   * Sets one picture's row in Paged.js's source, or marks the picture to span all the columns when no line fits beside it.
   * @param {Element} figure @param {HTMLElement} host where the measuring copies go @param {() => string} makeRef
   */
  async function composeModule(figure, host, makeRef) {
    const body = /** @type {Element} */ (figure.parentElement);
    const context = copyContext(body, host);
    try {
      const style = getComputedStyle(context.body);
      const columns = /** @type {any} */ (window).pressroomCountColumns(style, context.body.clientWidth);
      const span = readSpan(figure);
      if (span >= columns) {
        figure.classList.add("span-all");
        return;
      }
      const gap = parseFloat(style.columnGap) || 0;
      const width = context.body.getBoundingClientRect().width;
      // From here the copy measures as the row's holder does: one column (see applyCut).
      context.body.style.columns = "auto";
      const columnWidth = (width - (columns - 1) * gap) / columns;
      const figureWidth = span * columnWidth + (span - 1) * gap;
      // The text's width is what the picture and the gap beside it leave.
      const grid = { figureWidth, textWidth: width - figureWidth - gap, gap, columns: columns - span };

      const siblings = Array.from(body.children);
      const at = siblings.indexOf(figure);
      const after = [];
      for (const element of siblings.slice(at + 1)) {
        if (!isBlockOfText(element)) break;
        after.push(element);
      }
      const before = [];
      for (const element of siblings.slice(0, at).reverse()) {
        if (!isBlockOfText(element)) break;
        before.unshift(element);
      }
      const side = figure.classList.contains("bottom") || !after.length ? "bottom" : "top";
      let blocks = side === "top" ? after : before;
      if (!blocks.length) {
        figure.classList.add("span-all");
        return;
      }

      // The picture's height at its printed width, then every line of the candidate text in one column.
      const figureCopy = /** @type {HTMLElement} */ (figure.cloneNode(true));
      figureCopy.style.width = `${grid.figureWidth}px`;
      context.body.appendChild(figureCopy);
      await scripts.pressroomWaitForPictures(figureCopy);
      const pictureHeight = figureCopy.getBoundingClientRect().height;
      figureCopy.remove();

      const column = document.createElement("div");
      column.style.width = `${columnWidth}px`;
      context.body.appendChild(column);
      // The room beside the picture, as a length of one column; then a line at a time until the text fits.
      const room = grid.columns * pictureHeight;
      /** @type {Element[]} */
      const columnBlocks = [];
      const copyIntoColumn = (/** @type {Element[]} */ more) => {
        const copies = more.map((block) => /** @type {Element} */ (block.cloneNode(true)));
        column.append(...copies);
        columnBlocks.push(...copies);
      };
      if (side === "top") {
        // Only the blocks that reach past the room are copied and measured: a long article's whole rest, laid
        // out in one column, was most of a row's time (and a row set again on a later page, wait-picture-rows.js,
        // has the rest of its article after it). Read block by block, each a small layout of the copy's end.
        for (const block of blocks) {
          copyIntoColumn([block]);
          if (column.getBoundingClientRect().height > room + COLUMN_MARGIN) break;
        }
      } else copyIntoColumn(blocks);
      // Read with the text in: the first block's top margin collapses through the column's top.
      const columnTop = column.getBoundingClientRect().top;
      const textHeight = column.getBoundingClientRect().height;
      // At the top the cut is near the room's foot and moves up a line per try; at the bottom, near the
      // text's foot less the room, moving down: the lines beyond are never read.
      let lines = findLineStarts(columnBlocks, side === "top"
        ? { from: -Infinity, until: columnTop + room + 0.5 }
        : { from: columnTop + textHeight - room - 0.5, until: Infinity });
      if (side === "top" && columnBlocks.length < blocks.length && !lines.some((line) => line.bottom - columnTop > room + 0.5)) {
        // No line read past the room (a block without text at the end of those copied): all of them, as before.
        copyIntoColumn(blocks.slice(columnBlocks.length));
        lines = findLineStarts(columnBlocks, { from: -Infinity, until: columnTop + room + 0.5 });
      }
      // The blocks the cut is planned among: at the top, those copied (the cut falls among them).
      blocks = blocks.slice(0, columnBlocks.length);
      column.remove();
      if (!lines.length) {
        figure.classList.add("span-all");
        return;
      }

      let index = side === "top"
        ? lines.findIndex((line) => line.bottom - columnTop > room + 0.5)
        : lines.findIndex((line) => line.top - columnTop >= textHeight - room - 0.5);
      if (index < 0) index = side === "top" ? lines.length : lines.length - 1;
      for (let tries = 0; tries < MAX_TRIES; tries += 1) {
        const plan = planCut(blocks, lines[index], side);
        // Copies for measuring: detached, so the rest of a cut paragraph goes nowhere.
        const copies = blocks.map((block) => /** @type {Element} */ (block.cloneNode(true)));
        const beside = takeBeside(copies, plan, side, () => "measure");
        if (!beside.length) break;
        const module = buildModule(/** @type {Element} */ (figure.cloneNode(true)), beside, side, grid);
        context.body.appendChild(module);
        await scripts.pressroomWaitForPictures(module);
        const besideHeight = /** @type {Element} */ (module.querySelector(".story-module-text")).getBoundingClientRect().height;
        module.remove();
        if (besideHeight <= pictureHeight + 1) {
          applyCut(figure, blocks, plan, side, grid, makeRef);
          return;
        }
        index += side === "top" ? -1 : 1;
        if (index < 0 || index >= lines.length) break;
      }
      // Not one line fits beside the picture (a very short picture, or a list that cannot be cut).
      figure.classList.add("span-all");
    } finally {
      context.root.remove();
    }
  }

  /**
   * Rewrites the article in Paged.js's source. The body is cut in three, each a copy of the body element
   * (its classes, language and styles): the blocks before the row, a one-column body holding the row,
   * and the blocks after it. The row is not a column-spanning block inside the article's columns:
   * Chromium then moved the whole article to the next page when the row did not fit under its first
   * lines (the front page of the sample issue lost its lead story). Between bodies, a page can break
   * before the row like before any block.
   * @param {Element} figure @param {Element[]} blocks @param {{ whole: number, cut: any }} plan
   * @param {"top" | "bottom"} side @param {{ figureWidth: number, textWidth: number, gap: number, columns: number }} grid
   * @param {() => string} makeRef
   */
  function applyCut(figure, blocks, plan, side, grid, makeRef) {
    const body = /** @type {HTMLElement} */ (figure.parentElement);
    const beside = takeBeside(blocks, plan, side, makeRef);
    // What stays below the row: after the beside text at the top (the rest of a cut paragraph first), after the picture at the bottom.
    /** @type {ChildNode | null} */
    let rest = side === "top" ? beside[beside.length - 1].nextSibling : figure.nextSibling;
    const module = buildModule(figure, beside, side, grid);
    module.setAttribute("data-ref", makeRef());
    /** @type {Element} */ (module.querySelector(".story-module-text")).setAttribute("data-ref", makeRef());

    const makeBody = (/** @type {string} */ part) => {
      const copy = /** @type {HTMLElement} */ (body.cloneNode(false));
      copy.setAttribute("data-ref", makeRef());
      copy.setAttribute("data-module-part", part);
      return copy;
    };
    const holder = makeBody("row");
    holder.style.columns = "auto";
    holder.appendChild(module);
    const after = makeBody("after");
    while (rest) {
      const next = rest.nextSibling;
      after.appendChild(rest);
      rest = next;
    }
    body.after(holder);
    if (after.children.length) holder.after(after);
    if (!body.children.length) body.remove();
    // Each part is a copy of the body, marks included. Left on the row, the mark "the block before me must
    // not end a page" (the article's head asks it of the body) made Paged.js break before the first part
    // when the row did not fit, leaving the head alone at the foot of the page, the rest of it empty.
    const parts = [body, holder, after].filter((part) => part.parentNode);
    parts.slice(1).forEach((part) => MARKS_AT_START.forEach((name) => part.removeAttribute(name)));
    parts.slice(0, -1).forEach((part) => MARKS_AT_END.forEach((name) => part.removeAttribute(name)));
  }

  /**
   * Measures in a hidden box in a page's text area, so the layout's styles and widths apply, then takes the box away.
   * @template T @param {HTMLElement} area @param {(host: HTMLElement) => Promise<T>} work @returns {Promise<T>}
   */
  async function measureInArea(area, work) {
    const host = document.createElement("div");
    host.style.cssText = `position: absolute; left: 0; top: 0; visibility: hidden; contain: layout; width: ${area.getBoundingClientRect().width}px;`;
    host.className = "module-measure";
    area.appendChild(host);
    try {
      return await work(host);
    } finally {
      host.remove();
    }
  }

  /**
   * Lays a picture marked {.span-N} across N of its article's columns. The text that follows it (or, for a
   * picture at the article's end, the text before it) runs beside it in the other columns, down to the
   * picture's foot; the article goes on across all its columns below. Chromium's columns span one column or
   * all, so the row is its own box, and the paragraph running past the picture's foot is cut in two at the
   * line where it leaves the picture's side: measured in the page, before Paged.js lays the page out.
   */
  // @ts-ignore Paged is the global from paged.js, loaded just before this file.
  class ComposeModules extends Paged.Handler {
    /** @param {any} chunker @param {any} polisher @param {any} caller */
    constructor(chunker, polisher, caller) {
      super(chunker, polisher, caller);
      this.composed = false;
      this.refs = 0;
    }

    /** @param {any} page @param {DocumentFragment | undefined} contents */
    async beforePageLayout(page, contents) {
      if (this.composed || !contents) return;
      this.composed = true;
      const figures = Array.from(contents.querySelectorAll(".story-body > figure")).filter((figure) => readSpan(figure) > 1);
      if (!figures.length) return;
      // The measuring copies live in the first page's text area.
      const makeRef = () => `pressroom-module-${(this.refs += 1)}`;
      await measureInArea(page.area, async (host) => {
        for (const figure of figures) await composeModule(figure, host, makeRef);
      });
    }
  }

  /**
   * A measuring copy of the article around a body: the edition's <main>, the article and the body itself,
   * empty, with their classes, direction and language, so the layout's rules apply as in the page.
   * @param {Element} body @param {HTMLElement} host
   */
  function copyContext(body, host) {
    /** @type {Element[]} */
    const chain = [];
    for (let element = body.parentElement; element; element = element.parentElement) chain.unshift(element);
    const copies = chain.map((element) => {
      const copy = /** @type {Element} */ (element.cloneNode(false));
      copy.removeAttribute("id");
      return copy;
    });
    const bodyCopy = /** @type {HTMLElement} */ (body.cloneNode(false));
    copies.reduce((parent, copy) => (parent.appendChild(copy), copy), /** @type {Element} */ (host));
    (copies[copies.length - 1] || host).appendChild(bodyCopy);
    const root = copies[0] || bodyCopy;
    const style = document.createElement("style");
    style.textContent = `.module-measure :is(${OUT_OF_FLOW}) { display: none !important; }`;
    root.appendChild(style);
    return { root, body: bodyCopy };
  }

  /**
   * The height (px) of a picture's row (the body holding it), margins included, and of its picture: measured on a
   * copy in the article's context, in `host`.
   * @param {Element} figure set in its row @param {HTMLElement} host
   * @returns {Promise<{ row: number, picture: number }>}
   */
  async function measureRow(figure, host) {
    const body = figure.closest(".story-body") || /** @type {Element} */ (figure.parentElement);
    const context = copyContext(body, host);
    try {
      for (const child of Array.from(body.children)) context.body.appendChild(child.cloneNode(true));
      await scripts.pressroomWaitForPictures(context.body);
      const img = context.body.querySelector("figure img");
      const style = getComputedStyle(context.body);
      const margins = (Number.parseFloat(style.marginTop) || 0) + (Number.parseFloat(style.marginBottom) || 0);
      return { row: context.body.getBoundingClientRect().height + margins, picture: img ? img.getBoundingClientRect().height : 0 };
    } finally {
      context.root.remove();
    }
  }

  // @ts-ignore
  Paged.registerHandlers(ComposeModules);
  /**
   * Takes a row (its picture at the top) apart into `body`: the text beside the picture (a paragraph the picture's
   * foot cut joined again) and the body after the row go on at its end, with that body's marks about what follows
   * the article; the row goes, unless it is `body` itself (its module goes then). Returns the picture, taken out
   * (its width as the row set it undone), and the text that stood beside it; undefined, changing nothing, for a row
   * without a picture and text beside it.
   * @param {Element} row @param {Element} body the body before the row, or the row itself
   * @returns {{ figure: HTMLElement, beside: Element[] } | undefined}
   */
  function takeRowApart(row, body) {
    const module = row.querySelector(":scope > .story-module-top");
    const figure = /** @type {HTMLElement | null} */ (module && module.querySelector(":scope > figure"));
    const text = module && module.querySelector(":scope > .story-module-text");
    if (!module || !figure || !text) return undefined;
    const beside = Array.from(text.children);
    const next = row.nextElementSibling;
    const after = next && next.getAttribute("data-module-part") === "after" ? next : null;
    const last = beside[beside.length - 1];
    const rest = after && after.firstElementChild;
    if (last && last.hasAttribute("data-continues") && rest && rest.hasAttribute("data-module-rest")) {
      while (rest.firstChild) last.appendChild(rest.firstChild);
      rest.remove();
      last.removeAttribute("data-continues");
    }
    // The marks about what follows the article's body belong to its last part: now `body`.
    const end = after || row;
    for (const name of MARKS_AT_END) {
      const value = end.getAttribute(name);
      if (value !== null) body.setAttribute(name, value);
    }
    module.remove();
    body.append(...beside);
    if (after) {
      body.append(...Array.from(after.childNodes));
      after.remove();
    }
    if (row !== body) row.remove();
    figure.style.width = "";
    return { figure, beside };
  }

  /**
   * Sets an article's opening row (its picture at the top, the text beside it) again with its picture at `height`
   * (px; undefined: its own height): the row's box becomes the article's body again, the picture first, then the text
   * that stood beside it and the body after the row, and the picture is composed anew. Returns false, changing
   * nothing, when the row is not its article's first part (wait-picture-rows.js takes those apart into the body
   * before them). For fit-pictures-at-breaks.js, which draws such a picture shorter to keep the article under its head.
   * @param {Element} figure in the source @param {number | undefined} height @param {HTMLElement} area @param {() => string} makeRef
   */
  async function setOpeningRow(figure, height, area, makeRef) {
    const row = /** @type {HTMLElement | null} */ (figure.closest("[data-module-part='row']"));
    const previous = row && row.previousElementSibling;
    const module = row && row.querySelector(":scope > .story-module-top");
    if (!row || !module || !module.contains(figure) || (previous && !previous.matches(".story-head"))) return false;
    if (!takeRowApart(row, row)) return false;
    row.removeAttribute("data-module-part");
    row.style.removeProperty("columns");
    row.prepend(figure);
    if (height === undefined) /** @type {HTMLElement} */ (figure).style.removeProperty("--picture-height");
    else /** @type {HTMLElement} */ (figure).style.setProperty("--picture-height", `${height}px`);
    await measureInArea(area, (host) => composeModule(figure, host, makeRef));
    return true;
  }

  // For wait-picture-rows.js, which sets a row again where its picture moved to in the source (or drawn shorter), and
  // fit-pictures-at-breaks.js, which sets an article's opening row again with its picture drawn shorter.
  Object.defineProperty(window, "pressroomModules", {
    value: Object.freeze({
      /** @param {Element} figure @param {HTMLElement} area a page's text area @param {() => string} makeRef */
      compose: (figure, area, makeRef) => measureInArea(area, (host) => composeModule(figure, host, makeRef)),
      /** @param {Element} figure @param {HTMLElement} area a page's text area */
      measureRow: (figure, area) => measureInArea(area, (host) => measureRow(figure, host)),
      setOpeningRow,
      takeRowApart,
      splitBlock,
      listTextNodes,
      startsBlock,
      isBlockOfText,
      marksAtEnd: MARKS_AT_END,
    }),
    writable: false,
  });
})();
