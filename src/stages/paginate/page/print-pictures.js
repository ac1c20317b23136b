// @ts-check
// Runs inside Chromium during and after Paged.js: measures each printed picture's box and swaps in the pictures made for print.

(() => {
  /** What wait-for-pictures.js defines for this script. */
  const scripts = /** @type {any} */ (window);

  const MARK = "data-pressroom-picture";

  /**
   * Every picture on the laid-out pages, with the box it prints in (CSS px) and the article it belongs to.
   * Each gets a number so Node can name it when it sends the replacements.
   */
  function measurePictures() {
    return Array.from(document.querySelectorAll(".pagedjs_page img"), (node, index) => {
      node.setAttribute(MARK, String(index));
      return describePicture(/** @type {HTMLImageElement} */ (node), index);
    });
  }

  /**
   * The pictures of one page already laid out, measured the same way but not numbered (nothing is swapped from
   * this): Node starts making their print copies while the next pages are laid out.
   * @param {Element} pageElement
   */
  function measurePagePictures(pageElement) {
    return Array.from(pageElement.querySelectorAll("img"), (node) => describePicture(/** @type {HTMLImageElement} */ (node), -1));
  }

  /**
   * A picture, the box it prints in (CSS px), its article and its page.
   * @param {HTMLImageElement} img @param {number} index
   * @returns {{ index: number, path: string, widthPx: number, heightPx: number, articleId?: string, page?: number }}
   */
  function describePicture(img, index) {
    const { width: widthPx, height: heightPx } = measureDrawn(img);
    // A page picture (page-floats.js) has left its article and names it in data-float-article.
    const article = img.closest("[data-article-id], [data-float-article]");
    return {
      index,
      path: new URL(img.currentSrc || img.src, location.href).pathname,
      widthPx,
      heightPx,
      articleId: article ? article.getAttribute("data-article-id") || article.getAttribute("data-float-article") || undefined : undefined,
      // The page it prints on, for the press preflight (Paged.js numbers its pages from 1).
      page: Number(img.closest(".pagedjs_page")?.getAttribute("data-page-number")) || undefined,
    };
  }

  /**
   * The size a picture is drawn at (CSS px). A picture held below its box's height (base.css: no taller than part of
   * the page) is drawn narrower than its box, centred (object-fit: contain): its pixels spread over less paper.
   * @param {HTMLImageElement} img
   */
  function measureDrawn(img) {
    const box = img.getBoundingClientRect();
    const natural = { width: img.naturalWidth, height: img.naturalHeight };
    if (getComputedStyle(img).objectFit !== "contain" || !(natural.width > 0 && natural.height > 0) || !(box.width > 0 && box.height > 0)) return box;
    const scale = Math.min(box.width / natural.width, box.height / natural.height);
    return { width: natural.width * scale, height: natural.height * scale };
  }

  /**
   * Points pictures at the versions made for print (same box, so nothing moves) and waits until
   * each is decoded, so page.pdf() never prints a half-loaded picture. Returns the pictures that failed.
   * @param {{ index: number, url: string }[]} swaps
   */
  async function swapPictures(swaps) {
    /** @type {number[]} */
    const failed = [];
    await Promise.all(
      swaps.map(async ({ index, url }) => {
        const img = /** @type {HTMLImageElement | null} */ (document.querySelector(`img[${MARK}="${index}"]`));
        if (!img) return;
        const original = img.src;
        // Whole pixels cannot always keep the aspect ratio exactly: freeze the laid-out box so not even a
        // fraction of a pixel moves after Paged.js has decided the breaks.
        const box = img.getBoundingClientRect();
        img.style.width = `${box.width}px`;
        img.style.height = `${box.height}px`;
        img.removeAttribute("srcset");
        img.src = url;
        if (!(await scripts.pressroomWaitForPicture(img))) {
          failed.push(index);
          img.src = original;
          await scripts.pressroomWaitForPicture(img);
        }
      }),
    );
    return failed;
  }

  /** @type {any} */ (window).pressroomMeasurePictures = measurePictures;
  /** @type {any} */ (window).pressroomMeasurePagePictures = measurePagePictures;
  /** @type {any} */ (window).pressroomSwapPictures = swapPictures;
})();
