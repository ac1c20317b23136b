// @ts-check
// Runs inside Chromium after layout: measures the columns of articles whose own `columns:` sets them, for the narrow-columns warning.

(() => {
  const MM_PER_PX = 25.4 / 96;

  /**
   * Each article whose body runs in the column count its front matter asks for (article.hbs writes it as the
   * body's column-count), measured where it first prints: the columns it has there, its text width, column gap
   * and text size (CSS px), and the page. report-narrow-columns.ts decides which are too narrow. The layouts' own
   * columns are set by width (columns: 56mm 5) and are not measured.
   */
  const measureColumns = () => {
    /** @type {{ id: string, columns: number, width: number, gap: number, em: number, mmPerUnit: number, page: number }[]} */
    const measures = [];
    const seen = new Set();
    for (const body of document.querySelectorAll(".pagedjs_page article[data-article-id] > .story-body[style*='column-count']")) {
      const article = /** @type {HTMLElement} */ (body.parentElement);
      const id = article.dataset.articleId || "";
      if (seen.has(id)) continue;
      seen.add(id);
      const style = getComputedStyle(body);
      const width = body.clientWidth - (Number.parseFloat(style.paddingLeft) || 0) - (Number.parseFloat(style.paddingRight) || 0);
      // The text's size, not the body's: a paragraph's, as the layout sets it (a copyfitted sheet's is smaller).
      const text = body.querySelector(":scope > p") || body.querySelector("p") || body;
      const page = /** @type {HTMLElement | null} */ (body.closest(".pagedjs_page"));
      measures.push({
        id,
        columns: /** @type {any} */ (window).pressroomCountColumns(style, width),
        width,
        gap: Number.parseFloat(style.columnGap) || 0,
        em: Number.parseFloat(getComputedStyle(text).fontSize) || 16,
        mmPerUnit: MM_PER_PX,
        page: page ? Number(page.dataset.pageNumber) || 0 : 0,
      });
    }
    return measures;
  };

  /** @type {any} */ (window).pressroomMeasureColumns = measureColumns;
})();
