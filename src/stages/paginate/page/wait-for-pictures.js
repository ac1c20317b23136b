// @ts-check
// Waits for pictures to load without waiting for a frame, so layout goes on in a page that is not on screen.

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

  Object.assign(window, { pressroomWaitForPicture: waitForPicture, pressroomWaitForPictures: waitForPictures });
})();
