// @ts-check
// Runs inside Chromium after layout: whether the last page holds nothing but the colophon, for a warning.

(() => {
  /**
   * The last page's number when the colophon is all it prints (the articles ended on the page before, a line or
   * two short of room for it), else 0. Text Paged.js left hidden or clipped outside the page's area, which is not
   * printed, does not count; a picture does.
   */
  const findLoneColophon = () => {
    const pages = document.querySelectorAll(".pagedjs_page");
    const last = pages[pages.length - 1];
    if (pages.length < 2 || !last) return 0;
    const area = last.querySelector(".pagedjs_area");
    const colophon = area && area.querySelector(".colophon");
    if (!area || !colophon) return 0;
    const bounds = area.getBoundingClientRect();
    const shows = (/** @type {DOMRect} */ rect) =>
      rect.width > 0 && rect.height > 0 && rect.bottom > bounds.top && rect.top < bounds.bottom && rect.right > bounds.left && rect.left < bounds.right;
    if (Array.from(area.querySelectorAll("img, svg")).some((picture) => !colophon.contains(picture) && shows(picture.getBoundingClientRect()))) return 0;
    const range = document.createRange();
    const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (colophon.contains(node) || !(node.textContent || "").trim()) continue;
      range.selectNodeContents(node);
      if (Array.from(range.getClientRects()).some(shows)) return 0;
    }
    return pages.length;
  };

  /** @type {any} */ (window).pressroomFindLoneColophon = findLoneColophon;
})();
