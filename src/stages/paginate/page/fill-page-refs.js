// @ts-check
// Runs inside Chromium before bridge.js: writes into every page reference the page its target was laid out on.

(() => {
  /**
   * Writes the page number into every page reference (<a class="page-ref" href="#id">, from "Continued on
   * page", the contents box and [#](#name) in the text): the page holding the first fragment of the
   * element that shows something. Paged.js keeps the id on an element's first fragment and moves it to
   * data-id on the others, and can leave an empty first fragment at a page foot when the rest moves on,
   * so both are searched in page order. Done after layout because Paged.js's target-counter() ignores
   * custom counter styles; the placeholder held about the number's width meanwhile.
   * @param {Element[]} pages @param {string} numberingSystem
   */
  const fillPageRefs = (pages, numberingSystem) => {
    // Made on the first reference only: a number format takes a fresh page ~10-30 ms to make (its locale data),
    // paid by every copyfitting trial of a sheet that has no reference at all.
    /** @type {Intl.NumberFormat | undefined} */
    let format;
    /** @type {Map<string, number>} */
    const cache = new Map();
    /** @param {string} id */
    const findPage = (id) => {
      if (cache.has(id)) return cache.get(id);
      const selector = `[id="${CSS.escape(id)}"], [data-id="${CSS.escape(id)}"]`;
      let found = 0;
      let fallback = 0;
      pages.forEach((pageElement, index) => {
        if (found) return;
        pageElement.querySelectorAll(selector).forEach((element) => {
          if (found) return;
          if (!fallback) fallback = index + 1;
          if ((element.textContent || "").trim() || element.querySelector("img, svg")) found = index + 1;
        });
      });
      cache.set(id, found || fallback);
      return found || fallback;
    };
    /** @type {{ target: string, page: number | null }[]} */
    const refs = [];
    pages.forEach((pageElement) => {
      pageElement.querySelectorAll("a.page-ref").forEach((link) => {
        const href = link.getAttribute("href") || "";
        let target = href.slice(1);
        try {
          target = decodeURIComponent(target);
        } catch {
          // An id written with a stray % stays as written.
        }
        const page = findPage(target) || null;
        format ??= new Intl.NumberFormat("en", { numberingSystem, useGrouping: false });
        link.textContent = page ? format.format(page) : "?";
        refs.push({ target, page });
      });
    });
    return refs;
  };

  Object.defineProperty(window, "pressroomFillPageRefs", { value: fillPageRefs, writable: false });
})();
