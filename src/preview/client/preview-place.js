// @ts-check
// Remembers which page the reader was looking at, across a reload, and scrolls back to it once the pages are laid out.

(() => {
  const key = () => `pressroom-preview-place:${location.pathname}`;

  /** The reader's place is the point in the middle of the window, given as a page and how far down it. */
  const probeY = () => window.innerHeight / 2;

  const listPages = () => Array.from(document.querySelectorAll(".pagedjs_page"));

  /** Stores the page under the middle of the window; does nothing before the pages exist (the old place stays). */
  function savePlace() {
    const pages = listPages();
    if (!pages.length) return;
    const y = probeY();
    let index = pages.findIndex((page) => page.getBoundingClientRect().bottom >= y);
    if (index === -1) index = pages.length - 1;
    const rect = /** @type {Element} */ (pages[index]).getBoundingClientRect();
    const offset = Math.min(1, Math.max(0, (y - rect.top) / rect.height));
    sessionStorage.setItem(key(), JSON.stringify({ page: index, offset }));
  }

  /** Scrolls the stored page back under the middle of the window (or its last page, if the issue got shorter). */
  function restorePlace() {
    const stored = sessionStorage.getItem(key());
    const pages = listPages();
    if (!stored || !pages.length) return;
    const place = JSON.parse(stored);
    const page = pages[Math.min(Number(place.page) || 0, pages.length - 1)];
    if (!page) return;
    const rect = page.getBoundingClientRect();
    window.scrollTo(0, window.scrollY + rect.top + (Number(place.offset) || 0) * rect.height - probeY());
  }

  /** The page (1-based) under the middle of the window, for the toolbar and the tests. */
  function findCurrentPage() {
    const pages = listPages();
    const y = probeY();
    const index = pages.findIndex((page) => page.getBoundingClientRect().bottom >= y);
    return index === -1 ? pages.length : index + 1;
  }

  /** @type {any} */ (window).pressroomPreviewPlace = { savePlace, restorePlace, findCurrentPage };
})();
