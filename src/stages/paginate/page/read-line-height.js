// @ts-check
// Runs inside Chromium before the other page scripts: an element's line height in pixels, for those that count lines.

(() => {
  /**
   * The element's computed line height (px); for `normal`, which has no length, 1.3 times its font size (about
   * what Chromium gives the bundled faces).
   * @param {Element} element
   */
  const readLineHeight = (element) => {
    const style = getComputedStyle(element);
    const line = Number.parseFloat(style.lineHeight);
    return Number.isFinite(line) ? line : Number.parseFloat(style.fontSize) * 1.3;
  };

  Object.defineProperty(window, "pressroomReadLineHeight", { value: readLineHeight, writable: false });
})();
