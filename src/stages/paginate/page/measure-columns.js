// @ts-check
// Runs inside Chromium after layout: the articles whose own `columns:` sets columns too narrow to read, for a warning.

(() => {
  const PX_PER_MM = 96 / 25.4;

  /**
   * Each article whose body runs in the column count its front matter asks for (article.hbs writes it as the
   * body's column-count) with columns narrower than `minEm` of its text's size, measured where it first prints:
   * its id, the columns it has there, how wide each is (mm and em), the page it starts on, and the most columns
   * that would stay as wide as `minEm`. The layouts' own columns are set by width (columns: 56mm 5) and never are.
   * @param {number} minEm
   */
  const findNarrowColumns = (minEm) => {
    /** @type {{ id: string, columns: number, widthMm: number, widthEm: number, page: number, most: number }[]} */
    const found = [];
    const seen = new Set();
    for (const body of document.querySelectorAll(".pagedjs_page article[data-article-id] > .story-body[style*='column-count']")) {
      const article = /** @type {HTMLElement} */ (body.parentElement);
      const id = article.dataset.articleId || "";
      if (seen.has(id)) continue;
      seen.add(id);
      const style = getComputedStyle(body);
      const width = body.clientWidth - (Number.parseFloat(style.paddingLeft) || 0) - (Number.parseFloat(style.paddingRight) || 0);
      const columns = /** @type {any} */ (window).pressroomCountColumns(style, width);
      if (columns < 2) continue;
      const gap = Number.parseFloat(style.columnGap) || 0;
      const column = (width - (columns - 1) * gap) / columns;
      // The text's size, not the body's: a paragraph's, as the layout sets it (a copyfitted sheet's is smaller).
      const text = body.querySelector(":scope > p") || body.querySelector("p") || body;
      const em = Number.parseFloat(getComputedStyle(text).fontSize) || 16;
      if (column >= minEm * em) continue;
      const page = /** @type {HTMLElement | null} */ (body.closest(".pagedjs_page"));
      found.push({
        id,
        columns,
        widthMm: column / PX_PER_MM,
        widthEm: column / em,
        page: page ? Number(page.dataset.pageNumber) || 0 : 0,
        most: Math.max(1, Math.floor((width + gap) / (minEm * em + gap))),
      });
    }
    return found;
  };

  /** @type {any} */ (window).pressroomFindNarrowColumns = findNarrowColumns;
})();
