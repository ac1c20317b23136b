// @ts-check
// Runs inside Chromium with Paged.js: moves a page break so no paragraph leaves one line at a page foot or top, no word is hyphenated over it, no heading ends a page, no table cut there leaves fewer than two rows under its head, no article's columns leave its head behind or begin at a page foot with less than three lines' room, and the colophon is not left alone on the last page; keeps short paragraphs whole and no line alone at column breaks, unless the lines that takes would carry the edition's end to a page of its own.
/* global Paged */

(() => {
  const BLOCKS = "p, li";
  /** Pictures base.css sets across an article's columns ({.span-all}, {.top}, {.bottom}). */
  const SPANNING_PICTURES = "figure.span-all, figure.top, figure.bottom";
  const HEADINGS = /^H[3-6]$/;
  const HEADING_TAGS = "h3, h4, h5, h6";
  /** Body rows a table cut at a page's foot keeps there, in its head's column; with fewer it goes on whole. */
  const TABLE_ROWS_KEPT = 2;
  /** Lines of room an article's columns need under its head at a page's foot: any paragraph splits over columns this deep with two lines or more in each. */
  const MIN_START_LINES = 3;
  /** A parallel article's last row that goes over with the colophon, rather than leave it alone, is at most this share of the page. */
  const MAX_COLOPHON_ROW_SHARE = 1 / 3;
  /** A parallel article whose first row would leave one language's head alone moves overleaf only from this share of the page's foot. */
  const MAX_HEAD_MOVE_SHARE = 0.4;
  /**
   * Rects this far apart (px) horizontally are on different lines: less than a column gap (4.5 mm, 17 px, in the
   * layouts), more than the space Chromium leaves between the runs of a line mixing directions (3.2 px: at 3, a
   * right-to-left line holding "(see page 13)" was read as two lines, and a line alone started the next page).
   */
  const SAME_LINE_GAP = 8;
  /** Marks what the column mends made taller on a page (lengthened columns, a short paragraph kept whole), for fitEditionsEnd. */
  const GAINED = "data-gained-lines";
  /** The properties those mends set. */
  const GAINED_STYLES = ["height", "column-fill", "break-inside"];
  /** A picture that ends the articles is drawn no shorter than this share of its height to keep the colophon on its page. */
  const MIN_PICTURE_SHARE = 0.5;

  /**
   * @typedef {{ top: number, bottom: number, left: number, right: number }} Box
   */

  /**
   * Whether `rect` is on `line`: its middle within half a line of the line's, and touching it sideways. (Text
   * rects are taller than the leading, so those of consecutive lines overlap: overlap alone does not tell.)
   * @param {Box} line @param {Box} rect
   */
  const onLine = (line, rect) =>
    Math.abs((rect.top + rect.bottom) / 2 - (line.top + line.bottom) / 2) < Math.min(rect.bottom - rect.top, line.bottom - line.top) / 2 &&
    rect.left <= line.right + SAME_LINE_GAP &&
    rect.right >= line.left - SAME_LINE_GAP;

  /**
   * The line boxes a range's text occupies, from its text nodes' rects only (an element's own rect can span
   * several lines). Rects that overlap vertically and touch horizontally are one line.
   * @param {Range} range
   * @returns {Box[]}
   */
  const readLines = (range) => {
    /** @type {Box[]} */
    const lines = [];
    const root = range.commonAncestorContainer;
    const walker = document.createTreeWalker(root.nodeType === Node.TEXT_NODE ? /** @type {Node} */ (root.parentNode) : root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!range.intersectsNode(node)) continue;
      const part = document.createRange();
      part.selectNodeContents(node);
      if (node === range.startContainer) part.setStart(node, range.startOffset);
      if (node === range.endContainer) part.setEnd(node, range.endOffset);
      if (!part.toString().trim()) continue;
      for (const rect of Array.from(part.getClientRects())) {
        if (rect.width < 0.5 || rect.height < 0.5) continue;
        const line = lines.find((box) => onLine(box, rect));
        // A line keeps the height of its first rect, so that it never grows into the next line.
        if (line) {
          line.left = Math.min(line.left, rect.left);
          line.right = Math.max(line.right, rect.right);
        } else lines.push({ top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right });
      }
    }
    // The runs of a line mixing directions come out of order: a run read before the one that joins it to the rest
    // started a line of its own (a Persian line's "farsi" before its ".school", read as two lines: a break taken
    // back for three lines where two went over). Lines that touch, once grown, are one.
    for (let merged = true; merged; ) {
      merged = false;
      for (let i = 0; i < lines.length && !merged; i++) {
        const line = /** @type {Box} */ (lines[i]);
        const other = lines.findIndex((box, j) => j > i && onLine(line, box));
        if (other < 0) continue;
        const [box] = lines.splice(other, 1);
        line.left = Math.min(line.left, /** @type {Box} */ (box).left);
        line.right = Math.max(line.right, /** @type {Box} */ (box).right);
        merged = true;
      }
    }
    return lines;
  };

  /** The text nodes of `block` that start before a break, in document order. @param {Element} block @param {Range} breakPoint */
  const listTextBefore = (block, breakPoint) => {
    /** @type {Text[]} */
    const texts = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (breakPoint.comparePoint(node, 0) < 0) texts.push(/** @type {Text} */ (node));
    }
    return texts;
  };

  /**
   * Where the line `count` lines before the break starts: the break moves there, taking those lines along.
   * Walks back one character at a time from the break (a line is a few dozen), and stops after the first
   * character of a line whose box is not the line it started on. Undefined when the block has too few lines.
   * @param {Element} block @param {Range} breakPoint collapsed at the break @param {number} count
   * @returns {{ node: Node, offset: number } | undefined}
   */
  const findLineStart = (block, breakPoint, count) => {
    const texts = listTextBefore(block, breakPoint);
    /** @type {Box | undefined} */
    let line;
    /** @type {{ node: Node, offset: number } | undefined} */
    let lineStart;
    let moved = 0;
    for (let t = texts.length - 1; t >= 0; t--) {
      const node = /** @type {Text} */ (texts[t]);
      const end = node === breakPoint.startContainer ? breakPoint.startOffset : node.length;
      for (let index = end - 1; index >= 0; index--) {
        if (/\s/.test(node.data[index] || "")) continue;
        const rect = /** @type {DOMRect | undefined} */ (/** @type {any} */ (window).pressroomMeasureLetter(node, index));
        if (!rect || (rect.width < 0.1 && rect.height < 0.1)) continue;
        if (!line) line = { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
        // Same line: level with it and within a column's width on either side (right-to-left lines run leftwards).
        else if (!onLine({ ...line, left: line.left - block.clientWidth, right: line.right + block.clientWidth }, rect)) {
          moved++;
          if (moved === count) return lineStart;
          line = { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
        }
        lineStart = { node, offset: index };
      }
    }
    return undefined;
  };

  /** The text of `block` before a break. @param {Element} block @param {Range} breakPoint */
  const rangeToBreak = (block, breakPoint) => {
    const range = document.createRange();
    range.selectNodeContents(block);
    range.setEnd(breakPoint.startContainer, breakPoint.startOffset);
    return range;
  };

  /**
   * Where the word the break falls in starts: after the last space before the break. Undefined when the break
   * falls between words, or the word starts the block (then the block moves whole).
   * @param {Element} block @param {Range} breakPoint @returns {{ node: Node, offset: number } | undefined}
   */
  const findWordStart = (block, breakPoint) => {
    if (!/\S$/.test(rangeToBreak(block, breakPoint).toString())) return undefined;
    const texts = listTextBefore(block, breakPoint);
    for (let t = texts.length - 1; t >= 0; t--) {
      const node = /** @type {Text} */ (texts[t]);
      const end = node === breakPoint.startContainer ? breakPoint.startOffset : node.length;
      for (let index = end - 1; index >= 0; index--) {
        if (!/\s/.test(node.data[index] || "")) continue;
        if (index + 1 < node.length) return { node, offset: index + 1 };
        const next = texts[t + 1];
        return next ? { node: next, offset: 0 } : undefined;
      }
    }
    return undefined;
  };

  /**
   * Where a break moved back to a line's start goes: the line's start, or, when the line goes on a word
   * hyphenated at the end of the line before, that word's start, so no word is divided over the page turn
   * ("accumu-" at the foot, "late" overleaf).
   * @param {Element} block @param {{ node: Node, offset: number }} start
   */
  const startWholeWord = (block, start) => {
    const point = document.createRange();
    point.setStart(start.node, start.offset);
    return findWordStart(block, point) || start;
  };

  /**
   * What must go to the next page with `block`: the headings that lead it too, if there are any (findLeadingHeading),
   * and when it or they start its article's body, the article's head (headline, standfirst, byline), or the whole article
   * when the head is its first box (an empty article left at the page foot could still print its top rule).
   * A list item first in its list, or a paragraph first in its quotation, starts what holds it.
   * @param {Element} block
   */
  const withHeading = (block) => {
    let start = block;
    while (!start.previousElementSibling && start.parentElement && !start.parentElement.matches(".story-body") && start.parentElement.closest(".story-body")) {
      start = start.parentElement;
    }
    const lead = findLeadingHeading(start) || start;
    const body = lead.parentElement;
    // A heading that opens a parallel row's cell takes its row along, the other side's part beside it too: broken
    // before the heading alone, the page kept the row's empty box.
    if (lead !== start && !lead.previousElementSibling && body && body.matches(".parallel-cell") && body.parentElement) return body.parentElement;
    return (!lead.previousElementSibling && body && body.matches(".story-body") && findHeadToTake(body)) || (lead === start ? block : lead);
  };

  /**
   * The first of the headings that lead `start`: the subheading right before it, or right before the pull quotes set
   * under that subheading (a quote repeats words of the article: what the subheading heads is the text after it),
   * and each heading straight over that one (a section's heading over its first subheading). Null when none does.
   * Taking only the heading next to `start` left the one over it alone at the page's foot.
   * @param {Element} start
   * @returns {Element | null}
   */
  const findLeadingHeading = (start) => {
    let previous = start.previousElementSibling;
    while (previous && previous.matches(".pullquote")) previous = previous.previousElementSibling;
    /** @type {Element | null} */
    let lead = null;
    while (previous && HEADINGS.test(previous.tagName)) {
      lead = previous;
      previous = previous.previousElementSibling;
    }
    return lead;
  };

  /**
   * A page that breaks at the start of a subheading's text when a pull quote stands between the two: Paged.js keeps
   * what follows a heading with it (the heading's break-after: avoid), not what follows the quote, so the subheading
   * and its quote ended the page, their text overleaf (fuzz issues: a Persian bulletin's page foot, a Persian
   * newspaper's with a section heading over the subheading). Likewise a page Paged.js breaks before a subheading
   * with a section's heading over it: that heading ended the page; and one it breaks right after a subheading (a
   * jump's first part ending with a subheading and a paragraph in balanced columns), or a parallel row's cell (a
   * corpus issue's A5 parallel edition: both sides' subheadings at page 2's foot, their text overleaf). The break
   * goes before the first of the headings, when something stays on the page. Undefined when the break is not at such
   * a block's start.
   * @param {Range} overflow @param {Element} rendered
   * @returns {Range | undefined}
   */
  const keepQuotedHeadingWithText = (overflow, rendered) => {
    const start = findElementAtBreak(overflow);
    const body = start && start.closest(".story-body, .parallel-cell");
    if (!start || !body || start === body || !rendered.contains(body)) return undefined;
    /** @type {Element} */
    let child = start;
    while (child.parentElement && child.parentElement !== body) child = child.parentElement;
    // Paged.js itself breaks before a subheading over what does not fit, not before the heading over that one; and
    // not always before the subheading itself (test/fixtures/heading-before-jump).
    const previous = child.previousElementSibling;
    if (!previous || !(previous.matches(".pullquote") || HEADINGS.test(previous.tagName))) return undefined;
    // Some of the block stays on the page: the break is inside it, moveBreak's to mend.
    if (hasTextBeforeBreak(child, overflow)) return undefined;
    return findLeadingHeading(child) ? breakBefore(overflow, rendered, withHeading(child)) : undefined;
  };

  /**
   * What goes to the next page with an article's body when none of it stays: its head, or the whole article when
   * the head is its first box (an empty article left at the page foot could still print its top rule). Undefined
   * when the body has no head before it on this page (it goes on from the page before).
   * @param {Element} body
   */
  const findHeadToTake = (body) => {
    const head = body.previousElementSibling;
    if (!head || !head.matches(".story-head")) return undefined;
    const article = head.parentElement;
    return article && article.firstElementChild === head && article.matches("[data-article-id]") ? article : head;
  };

  /**
   * The block a picture stands for in its article's body: its row (compose-modules.js), when it is set beside text in
   * one, else the picture itself. A {.top .span-2} picture opens its article in a row: taken for a picture inside the
   * body, it went to the next page without the headline, left alone at the page's foot (a generated Tabloid
   * newspaper).
   * @param {Element} figure
   */
  const holdPicture = (figure) => (figure.parentElement && figure.parentElement.matches(".story-module") ? figure.parentElement : figure);

  /**
   * True when nothing of its article is printed before `element` in `body`, which is the article's first part of its
   * body: a part after a picture's row (compose-modules.js) follows the row's text, not the headline.
   * @param {Element} body @param {Element} element
   */
  const opensArticle = (body, element) => !body.previousElementSibling?.matches(".story-body") && !hasTextBefore(body, element);

  /**
   * A picture set across an article's columns ({.span-all}, {.top}) that the break would leave under its headline
   * at the page's foot with none of its article's text after it there, or cut by the foot: Chromium cannot carry a box spanning
   * columns into the next column, and Paged.js breaks only at what starts past the page. Such a picture under a
   * headline at the foot of a page (an article's {.top} picture) fitted there as laid out, but once the text after
   * it was taken off the page Chromium set it past the page: it was in no page of the PDF. The break goes before
   * the picture (and before the article's head when the picture opens the body), when something stays on the page
   * and the picture fits on a page of its own. Undefined when no picture is so placed.
   * @param {Range} overflow @param {Element} rendered
   * @returns {Range | undefined}
   */
  const keepPicturesWhole = (overflow, rendered) => {
    /** @type {DOMRect | undefined} */
    let bounds;
    // Matched by class, not by computed style: most pages have no such picture, and a page read here after the
    // mends before it had changed styles would be laid out again (half a second over 187 pages).
    for (const figure of Array.from(rendered.querySelectorAll(SPANNING_PICTURES))) {
      if (overflow.comparePoint(figure, 0) >= 0) break;
      // A picture in one column is carried to the next column by Chromium itself, however it looks mid-layout.
      if (getComputedStyle(figure).columnSpan !== "all") continue;
      bounds ??= rendered.getBoundingClientRect();
      const box = figure.getBoundingClientRect();
      const body = figure.closest(".story-body");
      const cut = box.bottom > bounds.bottom + 1 && box.top < bounds.bottom;
      const opensBody = !!body && holdPicture(figure).parentElement === body && opensArticle(body, figure);
      const after = document.createRange();
      after.setStartAfter(figure);
      after.setEnd(overflow.startContainer, overflow.startOffset);
      // Under its headline with none of its text after it (a picture further into an article, its text going on
      // overleaf, stays where Paged.js leaves it: it prints there).
      const alone = opensBody && !!body && body.contains(overflow.startContainer) && !after.toString().trim();
      if (!(cut || alone) || box.height > bounds.height) continue;
      return breakBefore(overflow, rendered, (opensBody && body && findHeadToTake(body)) || figure);
    }
    return undefined;
  };

  /**
   * The element that starts what goes over: the one the break falls before, or the one whose text it cuts.
   * @param {Range} overflow
   * @returns {Element | null}
   */
  const findElementAtBreak = (overflow) => {
    const container = overflow.startContainer;
    const first = container.nodeType === Node.ELEMENT_NODE ? container.childNodes[overflow.startOffset] : container;
    return first && first.nodeType === Node.ELEMENT_NODE ? /** @type {Element} */ (first) : container.parentElement;
  };

  /**
   * A picture in the text that opens its article's body (nothing printed before it there, a page picture's empty
   * marker aside) and does not fit under the headline: Paged.js breaks before it and leaves the headline alone at
   * the page's foot (in a one-column article, where Chromium has no next column to carry the picture to). The
   * same for any block the page breaks before with nothing of the body before it: a subheading after the marker
   * of the article's {.page-top} picture, which waits for the next page (a bulletin whose other page picture
   * took the page's foot). The break goes before the article's head, when something stays on the page. A picture
   * across the columns too: keepPicturesWhole mends one laid out on the page (cut, or left with none of its text),
   * not one wholly past it, which had left its headline alone over the waiting {.page-top} picture's marker.
   * Undefined when no such block starts what goes over.
   * @param {Range} overflow @param {Element} rendered
   * @returns {Range | undefined}
   */
  const keepHeadWithOpeningBlock = (overflow, rendered) => {
    const container = overflow.startContainer;
    const start = findElementAtBreak(overflow);
    const atBodyBlock = container.nodeType === Node.ELEMENT_NODE && /** @type {Element} */ (container).matches(".story-body");
    const figure = start && start.closest("figure");
    const opening = (figure && holdPicture(figure)) || (atBodyBlock ? start : null);
    const body = opening && opening.parentElement;
    if (!opening || !body || !body.matches(".story-body")) return undefined;
    for (let previous = opening.previousElementSibling; previous; previous = previous.previousElementSibling) {
      if ((previous.textContent || "").trim() || previous.querySelector("img, svg")) return undefined;
    }
    const whole = findHeadToTake(body);
    return whole && breakBefore(overflow, rendered, whole);
  };

  /** The columns Chromium lays an article's body out in (count-columns.js). @param {Element} body @returns {number} */
  const countBodyColumns = (body) => /** @type {any} */ (window).pressroomCountColumns(getComputedStyle(body), body.clientWidth);

  /**
   * An article whose columns begin at a page's foot with room for fewer than three lines each under its head: in
   * columns two lines deep no paragraph of an odd number of lines splits without a line alone, and in one line deep
   * none at all (a generated A3 sheet's article opened with a five-line paragraph set two, two and one in three
   * columns, the last line alone; Chromium fills what room there is). The break goes before the article's head, so
   * the article starts on the next page, when something stays on this one. Undefined when the break is not in the
   * columns of an article begun on this page, or they have that room.
   * @param {Range} overflow @param {Element} rendered
   * @returns {Range | undefined}
   */
  const keepShallowStartOff = (overflow, rendered) => {
    const start = findElementAtBreak(overflow);
    const body = start && start.closest(".story-body");
    const head = body && rendered.contains(body) ? findHeadToTake(body) : undefined;
    if (!body || !head) return undefined;
    if (countBodyColumns(body) < 2) return undefined;
    const first = body.querySelector(BLOCKS);
    const lineHeight = first ? Number.parseFloat(getComputedStyle(first).lineHeight) : Number.NaN;
    // The body's first box: the one on this page (its bounding box reaches up the next page's column, where it runs on).
    // One reaching past the page's foot is not cut there as laid out now: a picture waiting for the next page still
    // held the page's top, and the article, moved on for a room of one line, left the page 40% empty once the
    // picture had gone.
    const box = body.getClientRects()[0];
    const foot = rendered.getBoundingClientRect().bottom;
    if (!box || !(lineHeight > 0) || !(box.top < foot) || box.bottom > foot + 1 || foot - box.top >= MIN_START_LINES * lineHeight) return undefined;
    return breakBefore(overflow, rendered, head);
  };

  /**
   * The row of an article's columns under a table or picture across them, begun at a page's foot with room for fewer
   * than three lines each, as an article's start is (keepShallowStartOff), when it sets a line or a subheading
   * alone there: a quote of three lines in a row two lines
   * deep under a picture across the columns was set two and one, its last line alone atop the second column, the
   * next paragraph starting in the third (a generated bulletin's page 2; Chromium fills what room there is). The
   * break goes after the table or picture, which ends the page, the row's text going on overleaf (a picture that
   * opens its article is then drawn shorter to make the room, or goes over with its head: keepPicturesWhole and
   * fit-pictures-at-breaks.js; a generated Urdu front page's lead kept its picture, a little shorter, and three lines
   * under it in each column, where it had one). Undefined when the break is not in such a row, or the row has that room.
   * @param {Range} overflow @param {Element} rendered
   * @returns {Range | undefined}
   */
  const keepShallowRowOff = (overflow, rendered) => {
    const start = findElementAtBreak(overflow);
    const body = start && start.closest(".story-body");
    if (!body || !rendered.contains(body) || countBodyColumns(body) < 2) return undefined;
    // The blocks that start before the break; the last of them across the columns, and the row under it on the page.
    const before = Array.from(body.children).filter((child) => overflow.comparePoint(child, 0) < 0);
    const at = before.findLastIndex((child) => getComputedStyle(child).columnSpan === "all");
    const row = at < 0 ? [] : before.slice(at + 1);
    const next = row[0];
    if (!next) return undefined;
    const first = next.matches(BLOCKS) ? next : next.querySelector(BLOCKS);
    const lineHeight = Number.parseFloat(getComputedStyle(first || body).lineHeight);
    const box = next.getClientRects()[0];
    const foot = rendered.getBoundingClientRect().bottom;
    if (!box || !(lineHeight > 0) || !(box.top < foot) || foot - box.top >= MIN_START_LINES * lineHeight) return undefined;
    // Only a row set badly so: two lines' room sets many paragraphs well, and sending every such row over made five
    // of 343 generated editions a page longer for nothing. Bad: a paragraph with a line alone at a column's foot or
    // top (the one the page break cuts is the break's to mend at its end), or a subheading apart from its text.
    const cut = start.closest(BLOCKS);
    const setsBadly = row.some((child) => {
      if (child.matches(HEADING_TAGS)) return standsApart(child);
      return (child.matches(BLOCKS) ? [child] : Array.from(child.querySelectorAll(BLOCKS))).some((block) => {
        const alone = findLoneLines(block);
        return alone.first || (block !== cut && alone.last);
      });
    });
    return setsBadly ? breakBefore(overflow, rendered, next) : undefined;
  };

  /**
   * A table in an article's columns the page breaks inside with fewer than two of its rows left under its head
   * (in the head's column; a table without one, its first row's). With a line's room left at a page's foot,
   * Chromium spreads a table's first rows over the article's columns, a row to each: an Arabic fuzz issue's table
   * opening its article had its head under the headline and one row in each of the next two columns, a table
   * nobody could read across. The break goes before the table, and before the subheading or the article's head
   * that leads it (withHeading), when something stays on the page. Undefined when the table keeps its rows or
   * the break is not in one.
   * @param {Range} overflow @param {Element} rendered
   * @returns {Range | undefined}
   */
  const keepTableRows = (overflow, rendered) => {
    const start = findElementAtBreak(overflow);
    const row = start && start.closest("tr");
    const table = row && row.closest("table");
    if (!row || !table || !rendered.contains(table) || !table.closest(".story-body")) return undefined;
    const rows = Array.from(table.rows);
    const column = rows[0] ? rows[0].getBoundingClientRect().left : 0;
    const kept = rows.filter(
      (before) =>
        before.parentElement?.nodeName !== "THEAD" &&
        before.compareDocumentPosition(row) & Node.DOCUMENT_POSITION_FOLLOWING &&
        Math.abs(before.getBoundingClientRect().left - column) < 2,
    );
    return kept.length >= TABLE_ROWS_KEPT ? undefined : breakBefore(overflow, rendered, withHeading(table));
  };

  /** A parallel article's rows of the two languages' text, its heads' row left out. */
  const PARALLEL_ROWS = "article.story-parallel > .parallel-row:not(.parallel-head)";

  /** True when `element` holds text other than its pictures' captions and credits. @param {Element} element */
  const hasTextOutsidePictures = (element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node.textContent || "").trim() && !node.parentElement?.closest("figure")) return true;
    return false;
  };

  /** True when `range` holds text or a picture. @param {Range} range */
  const printsIn = (range) => !!range.toString().trim() || !!range.cloneContents().querySelector("img, svg");

  /**
   * True when text or a picture is laid out between `element` and the break.
   * @param {Element} element @param {Range} overflow
   */
  const printsBetween = (element, overflow) => {
    const after = document.createRange();
    after.setStartAfter(element);
    after.setEnd(overflow.startContainer, overflow.startOffset);
    return printsIn(after);
  };

  /** The elements matching `selector` on the page that start before the break, in order. @param {Element} rendered @param {string} selector @param {Range} overflow */
  const listBeforeBreak = (rendered, selector, overflow) => Array.from(rendered.querySelectorAll(selector)).filter((element) => overflow.comparePoint(element, 0) < 0);

  /**
   * A break that sends the colophon (the last box) over alone: the articles ended a line or two short of
   * room for it, and the last page would print nothing else. The break moves back into the last paragraph (or code
   * block) before it, taking a line from each of its article's columns (so they still end level) and two at least
   * (the widows), as long as two stay; a paragraph too short for that goes whole, with the heading or head that
   * leads it, and an article of one paragraph begun on the page goes whole with its head. A picture or table that
   * ends an article goes over whole, with its heading (or head).
   * In a parallel edition the last row goes over whole, both languages together, when it is a third of the page or
   * less; of taller notes, the first side's last note. Undefined when the colophon is not what goes over alone, or
   * what comes before it is not a paragraph, code block, picture or table in an article's columns or such a row (a
   * pull quote, a taller row of text): such a page is warned after layout (find-lone-colophon.js).
   * @param {Range} overflow @param {Element} rendered
   * @returns {Range | undefined}
   */
  const keepColophonWithText = (overflow, rendered) => {
    const colophon = findColophonGoingAlone(overflow, rendered);
    if (!colophon) return undefined;
    // A code block's lines go over as a paragraph's do (an article ending in one left the colophon alone, warned).
    const blocks = listBeforeBreak(rendered, `${BLOCKS}, pre`, overflow).filter((block) => !colophon.contains(block));
    const block = blocks.reverse().find((candidate) => (candidate.textContent || "").trim());
    // A parallel article's last row of pictures, with nothing to give, goes over whole, however tall, as a picture
    // that ends an article does (below): two generated parallel editions ended so and printed the colophon alone.
    const lastRow = listBeforeBreak(rendered, PARALLEL_ROWS, overflow).pop();
    if (lastRow && lastRow.querySelector("figure") && !hasTextOutsidePictures(lastRow) && !printsBetween(lastRow, overflow)) return breakBefore(overflow, rendered, lastRow);
    // A parallel article's last row (or its notes) goes over whole, both sides together, when it is a third of the
    // page or less: lines moved from one side would print apart from the other's.
    const row = block && block.closest(PARALLEL_ROWS);
    if (row) {
      const area = (rendered.closest(".pagedjs_area") || rendered).getBoundingClientRect();
      if (row.getBoundingClientRect().height <= area.height * MAX_COLOPHON_ROW_SHARE) return breakBefore(overflow, rendered, row);
      // Taller notes: the first side's last note goes over (split-parallel-rows.js keeps the other side's beside the
      // rest, on the page), each note read on its own, not beside its translation. A corpus issue's Urdu and English
      // edition printed the colophon alone after its last article's notes, half a page of them.
      const notes = row.matches(".parallel-notes") && row.firstElementChild ? Array.from(row.firstElementChild.children).filter((note) => (note.textContent || "").trim()) : [];
      const last = notes[notes.length - 1];
      return notes.length > 1 && last ? breakBefore(overflow, rendered, last) : undefined;
    }
    // An article that ends in a picture or a table, which has no lines to give: it goes over with the colophon (five
    // of the seven last pages that printed the colophon alone in a hundred generated issues, warned). So does a
    // picture's row (compose-modules.js) that closes its article, the picture after its text in the source: lines
    // taken from the text would carry the picture over with them, leaving the row's place empty (two generated
    // editions ended so and printed the colophon alone).
    const box = listBeforeBreak(rendered, ".story-body > :is(figure, table), .story-module:has(> figure:last-child)", overflow).pop();
    if (box && !printsBetween(box, overflow)) return breakBefore(overflow, rendered, withHeading(box));
    if (!block || !block.closest(".story-body") || block.closest(".pullquote, figure, table, .footnote")) return undefined;
    // Nothing printed between the paragraph and the break (a picture or a table after it would be left behind).
    if (printsBetween(block, overflow)) return undefined;
    const body = /** @type {Element} */ (block.closest(".story-body"));
    // A brief of one paragraph begun on this page goes over whole with its head, rather than cut in two.
    if (!hasTextBefore(body, block) && findHeadToTake(body)) return breakBefore(overflow, rendered, withHeading(block));
    const columns = countBodyColumns(body);
    const whole = document.createRange();
    whole.selectNodeContents(block);
    const lines = readLines(whole).length;
    const take = lines >= Math.max(2, columns) + 2 ? Math.max(2, columns) : lines >= 4 ? 2 : 0;
    const moved = overflow.cloneRange();
    whole.collapse(false);
    const start = take ? findLineStart(block, whole, take) : undefined;
    if (!start) return breakBefore(moved, rendered, withHeading(block));
    const at = startWholeWord(block, start);
    moved.setStart(at.node, at.offset);
    return moved;
  };

  /** The colophon when the break falls before it (it goes over, alone or with what comes before it). @param {Range} overflow @param {Element} rendered */
  const findColophonGoingOver = (overflow, rendered) => {
    const colophon = rendered.querySelector(".colophon");
    return colophon && overflow.comparePoint(colophon, 0) >= 0 ? colophon : undefined;
  };

  /** The colophon when it alone goes over: nothing printed between the break and it. @param {Range} overflow @param {Element} rendered */
  const findColophonGoingAlone = (overflow, rendered) => {
    const colophon = findColophonGoingOver(overflow, rendered);
    if (!colophon) return undefined;
    const between = document.createRange();
    between.setStart(overflow.startContainer, overflow.startOffset);
    between.setEndBefore(colophon);
    return printsIn(between) ? undefined : colophon;
  };

  /**
   * What puts back the style attributes `elements` have now (removing those they did not have), one element at a
   * time by its index: for what a mend changes on trial.
   * @param {HTMLElement[]} elements
   * @returns {(index: number) => void}
   */
  const saveStyles = (elements) => {
    const styles = elements.map((element) => element.getAttribute("style"));
    return (index) => {
      const element = elements[index];
      const style = styles[index];
      if (!element) return;
      if (style === null || style === undefined) element.removeAttribute("style");
      else element.setAttribute("style", style);
    };
  };

  /**
   * A break before the end of the edition (the colophon goes over, alone or with the last lines before it) on a page
   * where the column mends made columns a line or two taller than Chromium set them (lengthenBalancedColumns, for a
   * line alone; keepShortParagraphsWhole, for a short paragraph split). When the page holds all that is left without
   * those lines, the mends are taken back, all but those it still has room for, and nothing goes over: a last page
   * holding one note's line and the colophon (a generated Spanish edition: 6 pages where 5 held it all) is worse than
   * a line alone atop a column, which the editor is warned of after layout. Null then (the page holds all);
   * undefined, the mends kept, when it would not.
   * @param {Range} overflow @param {Element} rendered @param {any} bounds @param {any} layout
   * @returns {null | undefined}
   */
  const fitEditionsEnd = (overflow, rendered, bounds, layout) => {
    if (!findColophonGoingOver(overflow, rendered) || !layout || typeof layout.findOverflow !== "function") return undefined;
    const gained = /** @type {HTMLElement[]} */ (Array.from(rendered.querySelectorAll(`[${GAINED}]`)));
    if (!gained.length) return undefined;
    const restore = saveStyles(gained);
    for (const element of gained) for (const property of GAINED_STYLES) element.style.removeProperty(property);
    if (layout.findOverflow(rendered, bounds)) {
      gained.forEach((_element, index) => restore(index));
      return undefined;
    }
    // Each mend the page has room for stays, the first first.
    gained.forEach((element, index) => {
      restore(index);
      if (!layout.findOverflow(rendered, bounds)) return;
      for (const property of GAINED_STYLES) element.style.removeProperty(property);
      element.removeAttribute(GAINED);
    });
    return null;
  };

  /**
   * A break that sends the colophon over alone where the articles end with a picture (in a column or across them):
   * the picture is drawn shorter, its proportions kept, down to half its height, when that leaves room for the
   * colophon under it. Else keepColophonWithText takes the picture over with the colophon, and the page before
   * ends that much emptier (a generated A4 edition: its fourth page ended at half its height, and the picture and
   * colophon printed a fifth). Null then (the page holds all); undefined, the picture as it was, when it would not.
   * @param {Range} overflow @param {Element} rendered @param {any} bounds @param {any} layout
   * @returns {null | undefined}
   */
  const shortenClosingPicture = (overflow, rendered, bounds, layout) => {
    const colophon = findColophonGoingAlone(overflow, rendered);
    if (!colophon || !layout || typeof layout.findOverflow !== "function") return undefined;
    const figure = /** @type {HTMLElement | undefined} */ (listBeforeBreak(rendered, ".story-body > figure", overflow).pop());
    const img = figure && figure.querySelector("img");
    if (!figure || !img || printsBetween(figure, overflow)) return undefined;
    const drawn = img.getBoundingClientRect().height;
    const style = getComputedStyle(colophon);
    const needed = colophon.getBoundingClientRect().height + (Number.parseFloat(style.marginTop) || 0) + (Number.parseFloat(style.marginBottom) || 0);
    const step = Number.parseFloat(style.lineHeight) || 12;
    const height = figure.style.getPropertyValue("--picture-height");
    // A line shorter at a time, from what the colophon takes: a narrower picture's caption can take another line.
    for (let target = drawn - needed; target >= MIN_PICTURE_SHARE * drawn; target -= step) {
      figure.style.setProperty("--picture-height", `${Math.floor(target)}px`);
      if (!layout.findOverflow(rendered, bounds)) return null;
    }
    if (height) figure.style.setProperty("--picture-height", height);
    else figure.style.removeProperty("--picture-height");
    return undefined;
  };

  /**
   * The overflow moved to start before `node`, or undefined when nothing with text would stay on the page.
   * @param {Range} overflow @param {Element} rendered @param {Node} node
   */
  const breakBefore = (overflow, rendered, node) => {
    if (!hasTextBefore(rendered, node)) return undefined;
    const moved = overflow.cloneRange();
    moved.setStartBefore(node);
    return moved;
  };

  /** True when something with text is laid out in `rendered` (the page, or a box on it) before `node`. @param {Element} rendered @param {Node} node */
  const hasTextBefore = (rendered, node) => {
    const before = document.createRange();
    before.setStart(rendered, 0);
    before.setEndBefore(node);
    return before.toString().trim() !== "";
  };

  /**
   * True when some of `element`'s text is laid out before the break (none when the element starts past it).
   * @param {Element} element @param {Range} overflow
   */
  const hasTextBeforeBreak = (element, overflow) => {
    const before = document.createRange();
    before.setStart(element, 0);
    before.setEnd(overflow.startContainer, overflow.startOffset);
    return before.toString().trim() !== "";
  };

  /** The box of the first line of text in `element`, if it has text. @param {Element} element */
  const firstLineBox = (element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return readLines(range)[0];
  };

  /**
   * True when some text of `body` lies outside the page area, below or beside it.
   * @param {Element} body @param {DOMRect} area
   */
  const spillsOut = (body, area) => {
    const range = document.createRange();
    range.selectNodeContents(body);
    return readLines(range).some((line) => line.bottom > area.bottom + 1 || line.right > area.right + 1 || line.left < area.left - 1);
  };

  /**
   * True when a change made to a laid-out page pushed text off it: a body's lines outside the page area, or
   * what follows the bodies (the colophon, the editorial box, a jump line) carried into a column past the
   * page's width, which is where Paged.js's page content runs over (a last page's colophon was pushed there by
   * a body set a line taller, and printed nowhere). A page already running over counts as pushed: nothing is
   * changed on it.
   * @param {Element} pageElement @param {DOMRect} area @param {Element[]} bodies
   */
  const pushesOffPage = (pageElement, area, bodies) => {
    if (bodies.some((body) => spillsOut(body, area))) return true;
    const content = pageElement.querySelector(".pagedjs_page_content");
    return !!content && runsIntoNextColumn(content);
  };

  /**
   * True when some of a page's content was carried into the column Paged.js's page content sets beside the page,
   * past its width by the gap between the two (the page's margins): what reaches less than half that gap past the
   * edge is a list's number or bullet hanging outside its column (a Persian "۱۰." by 9 px, an Urdu bullet by 8), or
   * a glyph, not text carried over. Counted from the first pixel, a list in a right-to-left page's first column
   * made every page it was on look as if it already ran over, and no line or heading there was mended.
   * @param {Element} content the page's `.pagedjs_page_content`
   */
  const runsIntoNextColumn = (content) => content.scrollWidth > content.clientWidth + Math.max(1, (Number.parseFloat(getComputedStyle(content).columnGap) || 0) / 2);

  /**
   * The pull quotes set right under a heading. A quote repeats words from the article: what the heading heads is the
   * text after them (check-breaks.js reads it so), and they go where the heading goes.
   * @param {Element} heading
   * @returns {HTMLElement[]}
   */
  const listQuotesUnder = (heading) => {
    /** @type {HTMLElement[]} */
    const quotes = [];
    for (let next = heading.nextElementSibling; next instanceof HTMLElement && next.matches(".pullquote"); next = next.nextElementSibling) quotes.push(next);
    return quotes;
  };

  /**
   * Whether a heading stands apart from what follows it: the first line after it is not under it in its column. A
   * picture after it counts by its box, as check-breaks.js counts it (one with no caption has no line to read).
   * @param {Element} heading
   */
  const standsApart = (heading) => {
    // Read past the quotes under it: read as its text, a subheading with a quote under it and its text in the next
    // column stood at the column's foot, never mended (most of the stranded subheadings left in the generated issues,
    // the editor warned at the quote's line).
    const quotes = listQuotesUnder(heading);
    const next = (quotes[quotes.length - 1] || heading).nextElementSibling;
    const own = firstLineBox(heading);
    const following = next && (next.matches("figure") ? next.getBoundingClientRect() : firstLineBox(next));
    return !!own && !!following && !(following.top > own.top && following.left < own.right);
  };

  /** The headings of `body` that stand apart from what follows them, as laid out now. @param {Element} body */
  const findStrandedHeadings = (body) => Array.from(body.querySelectorAll(HEADING_TAGS)).filter(standsApart);

  /**
   * Chromium balances the columns of an article's last part on a page, and may then end a column with a
   * heading (ignoring break-after: avoid, and the two-line block base.css hangs under headings). After the
   * page is laid out, such a heading starts the next column instead, unless that pushes text off the page.
   * (`bodies`: those to mend, the page's by default.)
   * @param {Element} pageElement @param {Element[]} [bodies]
   */
  const moveStrandedHeadings = (pageElement, bodies = Array.from(pageElement.querySelectorAll(".story-body"))) => {
    const area = (pageElement.querySelector(".pagedjs_area") || pageElement).getBoundingClientRect();
    bodies.forEach((body) => {
      body.querySelectorAll(HEADING_TAGS).forEach((heading) => {
        if (!standsApart(heading)) return;
        // Set on the element itself: Paged.js takes break-before declarations out of the stylesheets.
        const style = /** @type {HTMLElement} */ (heading).style;
        style.breakBefore = "column";
        if (pushesOffPage(pageElement, area, [body])) style.breakBefore = "";
      });
    });
  };

  /**
   * How many lines a block split over columns has in each of its column boxes, in order: the line boxes at
   * different heights. (readLines alone can take one line for two where a footnote call's number, drawn by
   * the stylesheet rather than written as text, leaves a gap wider than a word space between its rects.)
   * @param {Element} block
   * @returns {number[]}
   */
  const countLinesPerColumn = (block) => {
    const range = document.createRange();
    range.selectNodeContents(block);
    const lines = readLines(range);
    return Array.from(block.getClientRects()).map((column) => {
      /** @type {Box[]} */
      const heights = [];
      for (const line of lines) {
        const middle = (line.left + line.right) / 2;
        if (middle < column.left || middle > column.right) continue;
        if (!heights.some((other) => onLine({ ...other, left: line.left, right: line.right }, line))) heights.push(line);
      }
      return heights.length;
    });
  };

  /** How many lines a block split over columns has. @param {Element} block */
  const countLines = (block) => countLinesPerColumn(block).reduce((sum, count) => sum + count, 0);

  /**
   * Whether a paragraph of `body` split over its columns leaves one line alone at a column's foot or top.
   * @param {Element} body
   */
  const hasLoneLine = (body) =>
    Array.from(body.querySelectorAll(BLOCKS)).some((block) => {
      const alone = findLoneLines(block);
      return alone.first || alone.last;
    });

  /**
   * Where lines set so many to a column (the columns holding any, in order) leave one alone: the first line at the
   * foot of a column (`first`), the last atop one (`last`). @param {number[]} counts
   */
  const readLoneEnds = (counts) => ({ first: counts.length > 1 && counts[0] === 1, last: counts.length > 1 && counts[counts.length - 1] === 1 });

  /**
   * Where a paragraph or list item split over columns leaves one of its lines alone (readLoneEnds); neither for one
   * in a single column. @param {Element} block
   */
  const findLoneLines = (block) =>
    block.getClientRects().length < 2 ? { first: false, last: false } : readLoneEnds(countLinesPerColumn(block).filter((count) => count > 0));

  /**
   * Whether `body`'s balanced columns break where they should not: a paragraph's line alone, or a heading apart
   * from its text. @param {Element} body
   */
  const hasBadBreak = (body) => hasLoneLine(body) || Array.from(body.querySelectorAll(HEADING_TAGS)).some(standsApart);

  /**
   * Chromium balances an article's last columns on a page to the fewest lines, even when that leaves a line
   * of a paragraph alone: a five-line brief in three columns was set 2, 2 and 1, every brief of an issue of
   * them warned. It leaves a heading alone likewise, over a paragraph too short to split that starts the next
   * column (a heading and three lines in three columns: the heading in the first, the lines in the second).
   * Then the columns are made a line taller (filled to that height rather than balanced: 3 and 2), or two,
   * unless that leaves a line or a heading alone elsewhere or pushes text off the page. In a body with a picture
   * or table across its columns, the columns run in rows and Chromium balances every row before such a one
   * whatever the body's height: the height fills the last row only, which mends a line alone there (an Arabic
   * article's last five lines under its picture were set two, two and one) and changes nothing above, where a
   * line alone stays (the change is then undone, as for any break it does not mend). A picture's row
   * (compose-modules.js) sets its columns in a box of its own, and bodies that reach the page foot (filled,
   * going on overleaf) are left as they are. (`bodies`: those to mend, the page's by default; text pushed off
   * the page by any of them undoes the change.)
   * @param {Element} pageElement @param {Element[]} [bodies]
   */
  const lengthenBalancedColumns = (pageElement, bodies = Array.from(pageElement.querySelectorAll(".story-body"))) => {
    const content = (pageElement.querySelector(".pagedjs_page_content") || pageElement).getBoundingClientRect();
    const all = Array.from(pageElement.querySelectorAll(".story-body"));
    for (const body of bodies) {
      if (body.getAttribute("data-module-part") === "row" || !hasBadBreak(body)) continue;
      const element = /** @type {HTMLElement} */ (body);
      const style = getComputedStyle(element);
      const lineHeight = Number.parseFloat(style.lineHeight);
      const box = element.getBoundingClientRect();
      if (!(lineHeight > 0) || box.bottom > content.bottom - lineHeight) continue;
      // The height set is the content's: the box's less its padding and borders.
      const frame = [style.paddingTop, style.paddingBottom, style.borderTopWidth, style.borderBottomWidth].reduce((sum, value) => sum + (Number.parseFloat(value) || 0), 0);
      for (const extra of [1, 2]) {
        element.style.columnFill = "auto";
        element.style.height = `${box.height - frame + extra * lineHeight}px`;
        if (!hasBadBreak(body) && !pushesOffPage(pageElement, content, all)) {
          element.setAttribute(GAINED, "");
          break;
        }
        element.style.columnFill = "";
        element.style.height = "";
      }
    }
  };

  /**
   * Chromium's column balancing splits a paragraph too short to leave two lines on each side of a column
   * break (three lines, with orphans and widows at 2) instead of moving it whole, so its last line tops
   * the next column alone (the sample article of `pressroom new` did this before its pull quote). After
   * the page is laid out, such a paragraph is kept whole (break-inside: avoid on the element: Paged.js
   * takes break declarations out of the stylesheets); the columns grow by a line or two, and the change is
   * undone if that pushes text of the page's articles off the page. Paragraphs that go on to another page
   * are KeepLines' (below); longer ones Chromium keeps together itself. (`bodies`: those to mend, the page's by
   * default; text pushed off the page by any of the page's undoes the change.)
   * @param {Element} pageElement @param {Element[]} [bodies]
   */
  const keepShortParagraphsWhole = (pageElement, bodies = Array.from(pageElement.querySelectorAll(".story-body"))) => {
    const content = (pageElement.querySelector(".pagedjs_page_content") || pageElement).getBoundingClientRect();
    const all = Array.from(pageElement.querySelectorAll(".story-body"));
    for (const body of bodies) {
      for (const element of findShortSplitBlocks(body)) {
        element.style.breakInside = "avoid";
        if (pushesOffPage(pageElement, content, all)) element.style.breakInside = "";
        else element.setAttribute(GAINED, "");
      }
    }
  };

  /**
   * The paragraphs and list items of `body` split over its columns though too short to leave two lines on each side
   * (fewer lines than orphans and widows together), and not yet told to stay whole. Those split over pages are the
   * page break's (KeepLines, below).
   * @param {Element} body
   * @returns {HTMLElement[]}
   */
  const findShortSplitBlocks = (body) =>
    /** @type {HTMLElement[]} */ (Array.from(body.querySelectorAll(BLOCKS))).filter((block) => {
      // A block in one column has one box; the split ones are few, and only they are read line by line.
      if (block.getClientRects().length < 2 || block.hasAttribute("data-split-from") || block.hasAttribute("data-continues")) return false;
      const style = getComputedStyle(block);
      return countLines(block) < (Number(style.orphans) || 2) + (Number(style.widows) || 2) && style.breakInside !== "avoid" && style.breakInside !== "avoid-column";
    });

  /**
   * A break in the first row of paragraphs under a parallel article's two heads (or the editorial's two titles) that
   * leaves a side with none of its text on the page: Paged.js goes on from one place, so the rest of the row's first
   * side and all of its second go over, and that side's headline stood alone over nothing at the page's foot (a
   * Persian and English edition on US Letter: the English head at the foot of page 4, its first words on page 5).
   * The break goes before the article when it begins in the page's last two fifths and something stays on the
   * page; an article begun higher stays (moved, it left most of a page empty, or a front page with its masthead
   * alone). A row with its first side's text on the page is left to split-parallel-rows.js, which splits it on both
   * sides after the page's layout, or moves the article (or editorial) when the other side cannot keep two lines
   * there. Undefined otherwise.
   * @param {Range} overflow @param {Element} rendered @param {any} bounds
   * @returns {Range | undefined}
   */
  const keepParallelHeadsWithText = (overflow, rendered, bounds) => {
    const start = findElementAtBreak(overflow);
    const row = start && start.closest(".parallel-row:not(.parallel-head)");
    const head = row && row.previousElementSibling;
    if (!row || !head || !head.matches(".parallel-head")) return undefined;
    // A side Paged.js has not laid out yet is past the break too.
    const whole = Array.from(row.children).some((cell) => hasTextBeforeBreak(cell, overflow)) ? null : row.closest("article, section.editorial");
    const top = whole && whole.getClientRects()[0];
    if (!whole || !top || !bounds || !mayMoveParallelHeads(top.top, bounds)) return undefined;
    return breakBefore(overflow, rendered, whole);
  };

  /**
   * True when a parallel article (or editorial) begun at `top` is in the page's last two fifths, where moving it
   * overleaf leaves little of the page empty. @param {number} top @param {{ bottom: number, height: number }} bounds
   */
  const mayMoveParallelHeads = (top, bounds) => bounds.bottom - top <= bounds.height * MAX_HEAD_MOVE_SHARE;

  /**
   * Where KeepLines (below) moves a page break, or undefined to keep it where it is.
   * @param {Range} overflow @param {Element} rendered
   * @returns {Range | undefined}
   */
  const moveBreak = (overflow, rendered) => {
    const container = overflow.startContainer;
    const element = container.nodeType === Node.TEXT_NODE ? container.parentElement : /** @type {Element} */ (container);
    const block = element && element.closest(BLOCKS);
    // Article columns, the side-by-side cells of parallel editions (text and notes) and the editorial. Left to
    // Paged.js, a cell's paragraph lost lines: cut one letter late inside a hyphenated word, the page's last line
    // took Paged.js's added hyphen, no longer fitted and wrapped, and Chromium's widows carried its last two lines
    // past the page (14 of 32 parallel editions of the layout fuzz printed pages without them, once in a note);
    // an editorial over a page did the same.
    if (!block || !rendered.contains(block) || !block.closest(".story-body, .parallel-cell, .editorial-body") || block.closest(".pullquote, figure, table, .footnote")) return undefined;
    const breakPoint = document.createRange();
    breakPoint.setStart(container, overflow.startOffset);
    const moved = overflow.cloneRange();
    // A break inside a word (Paged.js breaks a word hyphenated at the page's last line one letter late,
    // "rep-" and "air"): the whole word goes to the next page, so no word is divided over a page turn,
    // where a reader loses it and copied text cannot join its halves across the foot.
    const wordStart = findWordStart(block, breakPoint);
    if (wordStart) {
      breakPoint.setStart(wordStart.node, wordStart.offset);
      moved.setStart(wordStart.node, wordStart.offset);
    }
    const before = readLines(rangeToBreak(block, breakPoint));
    const linesBefore = before.length;
    const after = document.createRange();
    after.selectNodeContents(block);
    after.setStart(breakPoint.startContainer, breakPoint.startOffset);
    const afterLines = readLines(after);
    // The moved word's first half shares the page's last line; on the next page it joins the line after it, so
    // that line is not one more ("re-" at the foot, "pairs on plan ... path." under it: one line overleaf, a
    // line alone once the word had moved). So does the end of a line the break cuts elsewhere than at a word: in
    // a right-to-left line holding a left-to-right run, Paged.js broke before the line's last 11 px, and that
    // tail, counted as a line, let one line alone start the next page.
    const lastBefore = before[before.length - 1];
    const firstAfter = afterLines[0];
    const shared = afterLines.length > 1 && lastBefore && firstAfter && onLine(lastBefore, { ...firstAfter, left: lastBefore.left, right: lastBefore.right });
    const linesAfter = afterLines.length - (shared ? 1 : 0);
    if (linesBefore === 0 || linesAfter === 0) return undefined;
    const short = 2 - Math.min(2, linesAfter);
    const back = short + countLinesToBalance(block, linesAfter + short, linesBefore - 2 - short);
    const start = back > 0 && linesBefore >= 2 + back ? findLineStart(block, breakPoint, back) : undefined;
    if (start) {
      const at = startWholeWord(block, start);
      moved.setStart(at.node, at.offset);
      return moved;
    }
    if (short === 0 && linesBefore >= 2) return moved.startContainer === container && moved.startOffset === overflow.startOffset ? undefined : moved;
    return breakBefore(moved, rendered, withHeading(block));
  };

  /** What Chromium sets across an article's columns, ending the columns balanced before it (base.css). */
  const SPANNERS = "figure:is(.span-all, .top, .bottom), table.span-all, [data-over-spanner]";

  /**
   * How many more lines a break in `block` takes back so that the `after` lines going over, when they are all its
   * article's columns hold at the next page's top (the paragraph ends its body, or a picture or table across the
   * columns follows it), leave no line alone there: Chromium balances such columns to the fewest lines whatever it
   * leaves, three lines in two columns 2 and 1, the paragraph's last line alone atop the second. At most `spare`,
   * the lines the page can give and keep two; 0 when none is needed or none would do.
   * @param {Element} block @param {number} after @param {number} spare
   */
  const countLinesToBalance = (block, after, spare) => {
    const body = block.parentElement;
    if (spare <= 0 || !body || !body.matches(".story-body")) return 0;
    const source = /** @type {any} */ (window).pressroomFindParsed(block.getAttribute("data-ref"));
    const next = source && source.parentElement && source.parentElement.matches(".story-body") ? source.nextElementSibling : undefined;
    if (next === undefined || (next && !next.matches(SPANNERS))) return 0;
    const columns = countBodyColumns(body);
    for (let extra = 0; extra <= Math.min(2, spare); extra++) if (!balancesAlone(after + extra, columns)) return extra;
    return 0;
  };

  /**
   * True when `lines` balanced over `columns` (Chromium's way: each column as tall as the fewest lines it takes)
   * leave one line alone at the top or foot of a column. @param {number} lines @param {number} columns
   */
  const balancesAlone = (lines, columns) => {
    const height = Math.ceil(lines / columns);
    const counts = [];
    for (let left = lines; left > 0; left -= height) counts.push(Math.min(height, left));
    const alone = readLoneEnds(counts);
    return alone.first || alone.last;
  };

  /**
   * Hides the notes still set inside their paragraphs on a page being broken, and returns what shows them again.
   * Paged.js moves a note to the page foot as its paragraph is added, if the call is on the page; the notes
   * still in the text are past the break, and will print at a later page's foot. Set inline meanwhile, their text
   * joined the paragraph's last lines and rewrapped them: a last line and a note's text were measured as two
   * lines of the paragraph, and the break left the line alone overleaf (11 of the 15 widows warned in forty
   * issues whose paragraphs end with notes; the other 4 were at column breaks inside a page).
   * Also returned: the article bodies holding such notes that lay beside the page before they were hidden, as
   * Paged.js found its break. Without its notes' text a body Chromium had moved whole beside the page may fit
   * under its head (a generated Urdu page: 787 px tall with its notes inline, 761 without, in 762 px of room), and
   * split-pushed-body.js, which looks once they are hidden, did not see it moved: Paged.js's break before the head,
   * at the page's top, was taken for a loop, and the page kept the body beside it, printed nowhere.
   * @param {Element} rendered
   * @returns {{ show: () => void, pushed: Set<Element> }}
   */
  const hideNotesPastPage = (rendered) => {
    const notes = /** @type {HTMLElement[]} */ (Array.from(rendered.querySelectorAll("[data-note='footnote']")));
    /** @type {Set<Element>} */
    const pushed = new Set();
    const area = notes.length ? rendered.getBoundingClientRect() : undefined;
    for (const note of notes) {
      const body = note.closest(".story-body");
      if (area && body && !pushed.has(body) && /** @type {any} */ (window).pressroomIsBeside(body.getBoundingClientRect(), area)) pushed.add(body);
    }
    const restore = saveStyles(notes);
    for (const note of notes) note.style.display = "none";
    const show = () => notes.forEach((_note, index) => restore(index));
    return { show, pushed };
  };

  /**
   * Where the page break goes instead of `overflow`, undefined to keep it, or null for no break yet (a box kept
   * whole let break, break-tall-kept-boxes.js, fits with what the page holds so far; or an article's body set beside
   * the page holds all it has under its head, split-pushed-body.js). Paged.js's handlers each get their own overflow
   * and the last answer wins, so the mends are made here, in turn.
   * @param {Range} overflow @param {Element} rendered @param {any} bounds @param {any} layout
   * @param {Set<Element>} pushed bodies beside the page before their notes were hidden (hideNotesPastPage)
   */
  const mendBreak = (overflow, rendered, bounds, layout, pushed) => {
    const scripts = /** @type {any} */ (window);
    // A box kept whole over half a page tall starts on the page rather than go over whole, leaving it empty.
    const tall = scripts.pressroomBreakTallKeptBox(overflow, rendered, bounds, layout);
    // None: the box let break fits with all the page has been given so far, and Paged.js goes on adding to it.
    if (tall === null) return null;
    const found = tall || overflow;
    // A break that would print an article begun on an earlier page again is found anew first.
    const kept = scripts.pressroomKeepBegunElements(found, rendered, bounds, layout);
    // An article's columns moved whole to the next page start under its head instead; the lines kept
    // together below apply to that break as to any other.
    const split = scripts.pressroomSplitPushedBody(kept || found, rendered, () => layout.findOverflow(rendered, bounds), pushed);
    // None: given the room under its head, the body holds all it has, and nothing more comes to the page.
    if (split === null) return null;
    const at = split || kept || found;
    // None either: the page holds the edition's end once the lines the column mends gained are given back.
    if (fitEditionsEnd(at, rendered, bounds, layout) === null) return null;
    // Or once the picture that ends the articles is drawn shorter.
    if (shortenClosingPicture(at, rendered, bounds, layout) === null) return null;
    const moved =
      keepShallowStartOff(at, rendered) ||
      keepShallowRowOff(at, rendered) ||
      moveBreak(at, rendered) ||
      keepQuotedHeadingWithText(at, rendered) ||
      keepTableRows(at, rendered) ||
      keepColophonWithText(at, rendered) ||
      split ||
      kept ||
      tall;
    // Last: a picture across the columns the break would leave cut at the page foot goes to the next page, and
    // one in the text that opens its article takes the headline along.
    const mended = keepPicturesWhole(moved || found, rendered) || keepHeadWithOpeningBlock(moved || found, rendered) || moved;
    // And a parallel article's heads stay with the start of both sides' text.
    return keepParallelHeadsWithText(mended || found, rendered, bounds) || mended;
  };

  /**
   * Paged.js 0.4.3 breaks a page at the first word that does not fit, whatever it leaves (its chunker has no
   * orphans or widows; Chromium keeps them only at the column breaks inside a page). When a page break
   * falls inside a paragraph, this moves it: back by a line when only one would start the next page or the
   * page would end inside a hyphenated word, before the paragraph when only one would end this page (before
   * the heading that leads it, too), before a heading that would be the page's last line, and before a table
   * that would keep fewer than two rows under its head, before an article's head when its columns would begin
   * at the page's foot with room for fewer than three lines, and back into the articles' last paragraph when the
   * colophon alone would go over (unless giving back the lines the column mends gained, or drawing the picture
   * that ends the articles shorter, lets the page hold it all). Nothing moves when that would leave the page
   * without text.
   */
  // @ts-ignore Paged is the global from paged.js, loaded just before this file.
  class KeepLines extends Paged.Handler {
    /**
     * A heading straight over another (a section's, then its first subheading's) is marked for base.css, which
     * has it hold room for that heading and two lines under it: with room for only its own two, it stayed at a
     * column's foot and the other went on in the next column. (A `:has(+ h3)` rule would say it in the
     * stylesheet, but Paged.js drops a rule whose :has( ) starts with a combinator.)
     * @param {DocumentFragment} content
     */
    beforeParsed(content) {
      content.querySelectorAll(`.story-body :is(${HEADING_TAGS}) + :is(${HEADING_TAGS})`).forEach((next) => {
        if (next.previousElementSibling) next.previousElementSibling.setAttribute("data-over-heading", "");
      });
      // A heading straight over a table or picture set across the columns heads it, and is set across them too
      // (base.css): in the columns, it ended the row of columns before the table, at the last column's foot, its
      // table starting under the first (a fuzz issue's Arabic page, warned as a heading apart from its text).
      content.querySelectorAll(`.story-body > :is(${HEADING_TAGS}) + :is(table, figure).span-all`).forEach((spanner) => {
        if (spanner.previousElementSibling) spanner.previousElementSibling.setAttribute("data-over-spanner", "");
      });
    }

    /** @param {Range | undefined} overflow @param {Element} rendered @param {any} bounds @param {any} layout */
    onOverflow(overflow, rendered, bounds, layout) {
      if (!overflow) return undefined;
      const notes = hideNotesPastPage(rendered);
      try {
        const mended = mendBreak(overflow, rendered, bounds, layout, notes.pushed);
        if (mended === null) return null;
        // A break that takes a picture overleaf (with its article's head, when it opens the article) may be undone by drawing it shorter.
        /** @type {any} */ (window).pressroomNotePictureAtBreak(mended || overflow, rendered);
        return mended;
      } finally {
        notes.show();
      }
    }

    /**
     * As the next article, or the next part of an article's body (after a picture's row, compose-modules.js), starts
     * on a page, the body before is whole there: its columns are mended now, as afterPageLayout mends the page's (a
     * short paragraph kept whole, the columns lengthened, a heading moved off a column's foot), while the page is
     * still being filled, so that a line they gain moves what follows to the next page rather than off this one.
     * (Mended after the page is laid out, a page of briefs had no room left: one in seven was; a heading at a
     * column's foot stayed there in 8 of the 23 warned in a fuzz run, and a five-line paragraph over a picture's
     * row was set 2, 2 and 1.)
     * @param {Node} clone
     */
    renderNode(clone) {
      if (clone.nodeType !== Node.ELEMENT_NODE) return;
      const element = /** @type {Element} */ (clone);
      // A table or picture across the columns ends the balanced columns of the text before it likewise: a short
      // paragraph split there is kept whole while the page has room (a fuzz issue of tables across the columns
      // had a three-line paragraph set two and one above each of them, at a full page's foot the mend had no room).
      const body = element.parentElement;
      // (Across the columns as the stylesheet sets it: {.span-all} tables and pictures, {.top} and {.bottom} pictures.)
      if (body && body.matches(".story-body") && element.matches("table, figure") && element.previousElementSibling && getComputedStyle(element).columnSpan === "all") {
        const page = element.closest(".pagedjs_page");
        if (page) keepShortParagraphsWhole(page, [body]);
        return;
      }
      // A body's first part follows its article's head: the body before it was mended as its article started. Any
      // article starts so, a jump's continuation too (only articles' starts did: a continuation's body before another
      // was mended by the page's last look, the page full, and left a note's last line alone atop a column). Not the
      // colophon: a line gained then would send it to a page of its own (keep-together.test.ts).
      const next = element.matches("article") || (element.matches(".story-body") && !!element.previousElementSibling && element.previousElementSibling.matches(".story-body"));
      if (!next) return;
      const page = element.closest(".pagedjs_page");
      if (!page) return;
      const before = Array.from(page.querySelectorAll(".story-body")).filter((body) => body.compareDocumentPosition(clone) & Node.DOCUMENT_POSITION_FOLLOWING);
      const last = before[before.length - 1];
      if (!last) return;
      keepShortParagraphsWhole(page, [last]);
      lengthenBalancedColumns(page, [last]);
      moveStrandedHeadings(page, [last]);
    }

    /** @param {Element} pageElement */
    afterPageLayout(pageElement) {
      keepShortParagraphsWhole(pageElement);
      lengthenBalancedColumns(pageElement);
      moveStrandedHeadings(pageElement);
    }
  }

  // break-again.js asks where a break falls too, page-floats.js whether a page runs over, and split-parallel-rows.js
  // where a hyphenated word starts and which headings lead a block (at layout time, after every script has loaded).
  /** @type {any} */ (window).pressroomFindElementAtBreak = findElementAtBreak;
  /** @type {any} */ (window).pressroomStartWholeWord = startWholeWord;
  // And the tests, how it counts a range's lines.
  /** @type {any} */ (window).pressroomReadLines = readLines;
  /** @type {any} */ (window).pressroomMayMoveParallelHeads = mayMoveParallelHeads;
  /** @type {any} */ (window).pressroomFindLeadingHeading = findLeadingHeading;
  /** @type {any} */ (window).pressroomRunsIntoNextColumn = runsIntoNextColumn;
  /** @type {any} */ (window).pressroomFindStrandedHeadings = findStrandedHeadings;
  /** @type {any} */ (window).pressroomFindShortSplitBlocks = findShortSplitBlocks;
  /** @type {any} */ (window).pressroomListQuotesUnder = listQuotesUnder;

  // @ts-ignore
  Paged.registerHandlers(KeepLines);
})();
