// @ts-check
// Waits for pictures to load without waiting for a frame, so layout goes on in a page that is not on screen, and keeps the document's pictures loaded while Paged.js lays out copies of them.

(() => {
  /**
   * Resolves true once the picture has loaded, false if it cannot be. img.decode() would say the same, but it
   * settles only when a frame is drawn, and the pages being laid out are hidden tabs that draw none
   * (launch-browser.ts): a photograph's decode() never settled there.
   * @param {HTMLImageElement} img
   * @returns {Promise<boolean>}
   */
  const waitForPicture = (img) =>
    img.complete
      ? Promise.resolve(img.naturalWidth > 0 || isVector(img))
      : new Promise((resolve) => {
          img.addEventListener("load", () => resolve(true), { once: true });
          img.addEventListener("error", () => resolve(false), { once: true });
        });

  /** An SVG without a size of its own loads with no natural width. @param {HTMLImageElement} img */
  const isVector = (img) => /\.svg(?:[?#]|$)/i.test(img.currentSrc || img.src);

  /** @param {ParentNode} root */
  const waitForPictures = (root) => Promise.all(Array.from(root.querySelectorAll("img"), waitForPicture));

  /**
   * Holds a loaded picture for each address the document's pictures use, outside the body Paged.js takes away, for
   * the document's life; resolves once they have loaded. Paged.js lays out copies of the pictures and waits for them
   * only when it looks for overflow: a copy of a picture Chrome still holds loads at once, but one whose picture it
   * had let go of (nothing on the page showed it any more) loaded later, and the mends made as the next article
   * starts measured its columns with a picture of no height. The same edition then came out one of two ways from
   * build to build (a fuzz issue's Persian edition, laid out after its English one: 5 builds in 10 with a subheading
   * stranded at a column's foot).
   * @param {ParentNode} root
   * @returns {Promise<unknown>}
   */
  const keepPicturesLoaded = (root) => {
    const keeper = document.createElement("div");
    keeper.hidden = true;
    keeper.setAttribute("data-pressroom-pictures", "");
    for (const address of new Set(Array.from(root.querySelectorAll("img"), (img) => img.src).filter(Boolean))) {
      const img = document.createElement("img");
      img.src = address;
      keeper.append(img);
    }
    document.documentElement.append(keeper);
    return waitForPictures(keeper);
  };

  Object.assign(window, { pressroomWaitForPicture: waitForPicture, pressroomWaitForPictures: waitForPictures, pressroomKeepPicturesLoaded: keepPicturesLoaded });
})();
