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
    const links = pages.flatMap((pageElement) => Array.from(pageElement.querySelectorAll("a.page-ref")));
    // Nothing is made for a document without references: a number format takes a fresh page ~10-30 ms to make
    // (its locale data), paid by every copyfitting trial of a sheet that has no reference at all.
    if (links.length === 0) return [];
    const targets = links.map(readTarget);
    const targetPages = findTargetPages(pages, new Set(targets));
    const format = new Intl.NumberFormat("en", { numberingSystem, useGrouping: false });
    return links.map((link, index) => {
      const target = /** @type {string} */ (targets[index]);
      const page = targetPages.get(target) || null;
      link.textContent = page ? format.format(page) : "?";
      return { target, page };
    });
  };

  /**
   * What a reference points at, from its href: an element id.
   * @param {Element} link
   */
  const readTarget = (link) => {
    const target = (link.getAttribute("href") || "").slice(1);
    try {
      return decodeURIComponent(target);
    } catch {
      // An id written with a stray % stays as written.
      return target;
    }
  };

  /**
   * The page of each target, in one pass over the pages in order: the first fragment (by id or data-id) that
   * shows something, else the first. Looking each target up page by page was 81 ms of the 187-page benchmark
   * issue's layout (its contents box and jumps name about 130 targets).
   * @param {Element[]} pages @param {Set<string>} targets
   */
  const findTargetPages = (pages, targets) => {
    /** @type {Map<string, number>} */
    const found = new Map();
    /** @type {Map<string, number>} */
    const first = new Map();
    pages.forEach((pageElement, index) => {
      for (const element of pageElement.querySelectorAll("[id], [data-id]")) {
        for (const id of [element.getAttribute("id"), element.getAttribute("data-id")]) {
          if (id === null || !targets.has(id) || found.has(id)) continue;
          if (!first.has(id)) first.set(id, index + 1);
          if ((element.textContent || "").trim() || element.querySelector("img, svg")) found.set(id, index + 1);
        }
      }
    });
    for (const [id, page] of first) if (!found.has(id)) found.set(id, page);
    return found;
  };

  Object.defineProperty(window, "pressroomFillPageRefs", { value: fillPageRefs, writable: false });
})();
