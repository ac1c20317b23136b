// @ts-check
// Runs inside Chromium after layout: finds what sticks out of a page's text area (and is cut off at the paper's edge, or prints over the margin).
/* Reads the laid-out pages only; changes nothing. */

(() => {
  /** Pixels of tolerance: rounding of boxes, hairlines and italic overhangs. */
  const SLACK = 2;

  /**
   * The boxes of `node`'s words, without its spaces and line ends: a code block keeps them (`white-space:
   * pre-wrap`), and the space or line end after a column's longest line hangs past its edge, blank (a code block
   * in a page's last column was warned as running past the page, every word inside it).
   * @param {Text} node @param {Range} range
   */
  const readInkRects = (node, range) =>
    Array.from((node.textContent || "").matchAll(/\S+/g)).flatMap((word) => {
      range.setStart(node, word.index || 0);
      range.setEnd(node, (word.index || 0) + word[0].length);
      return Array.from(range.getClientRects());
    });

  /**
   * What runs out of each page's text area: Paged.js moves what does not fit to the next page, so what is left
   * outside is what it could not break (a word, a line of code, a picture wider or taller than the page) or what
   * a layout's own CSS placed there. Only pages whose content reports overflow (scroll size beyond its box, a
   * cheap read) are searched, for the picture or line of text reaching furthest out.
   * @returns {{ page: number, text: string }[]}
   */
  function findOverflow() {
    /** @type {{ page: number, text: string }[]} */
    const found = [];
    document.querySelectorAll(".pagedjs_page").forEach((pageElement, index) => {
      const content = pageElement.querySelector(".pagedjs_page_content");
      if (!content) return;
      if (content.scrollHeight <= content.clientHeight + SLACK && content.scrollWidth <= content.clientWidth + SLACK) return;
      const area = content.getBoundingClientRect();
      /**
       * How far `box` reaches out of the area, in px (0 inside it), `rise` px above and below it forgiven.
       * @param {DOMRect} box @param {number} [rise]
       */
      const measureOut = (box, rise = 0) =>
        box.width < 1 || box.height < 1 ? 0 : Math.max(0, box.bottom - rise - area.bottom, box.right - area.right, area.left - box.left, area.top - (box.top + rise));
      // What prints, not the boxes around it: a wrapper may be wider than the page (Paged.js's own, a layout's
      // columns) with nothing outside. Pictures by their boxes, text by its line rects; of several things outside,
      // the one reaching furthest is named (large type's glyph boxes rise a little above the area's top).
      let furthest = { by: SLACK, text: "" };
      for (const image of Array.from(content.querySelectorAll("img"))) {
        const by = measureOut(image.getBoundingClientRect());
        if (by > furthest.by) furthest = { by, text: `the picture ${decodeURIComponent((image.getAttribute("src") || "").split("/").pop() || "")}` };
      }
      const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent || "").replace(/\u00AD/g, "").replace(/\s+/g, " ").trim();
        if (!text) continue;
        range.selectNodeContents(node);
        if (Math.max(0, ...Array.from(range.getClientRects(), (rect) => measureOut(rect))) <= furthest.by) continue;
        const rects = readInkRects(node, range);
        const style = node.parentElement && getComputedStyle(node.parentElement);
        // Paged.js can leave a hidden copy of text it moved on: it is not printed.
        if (style && style.visibility !== "visible") continue;
        // A line set tighter than its font (a headline) has glyph boxes taller than the line, by as much above
        // as below: at a page's top they rose past the area by 3 px (English) to 7 px (Arabic) in parallel
        // editions' heads, warned as running past; what runs out of the page does so by a line or more.
        const lineHeight = style ? parseFloat(style.lineHeight) : NaN;
        const by = Math.max(0, ...rects.map((rect) => measureOut(rect, Number.isFinite(lineHeight) ? Math.max(0, (rect.height - lineHeight) / 2) : 0)));
        if (by <= furthest.by) continue;
        furthest = { by, text: text.slice(0, 60) };
      }
      if (furthest.text) found.push({ page: index + 1, text: furthest.text });
    });
    return found;
  }

  /** @type {any} */ (window).pressroomFindOverflow = findOverflow;
})();
