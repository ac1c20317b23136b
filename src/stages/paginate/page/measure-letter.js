// @ts-check
// Runs inside Chromium before the other page scripts: where one letter of a text prints, for those that find lines letter by letter.

(() => {
  // One range, moved to each letter measured: a page's mends measure thousands of letters, and each call's result
  // (a rect) is all that outlives it.
  const range = document.createRange();

  /**
   * The box of the character at `offset` in `node`, or undefined when it has none (a soft hyphen no line breaks at,
   * a collapsed space). The last of the range's boxes: the letter after a line broken at a soft hyphen also gets
   * the hyphen Chromium draws at the end of the line before as a first box, and measured by that one it sat on the
   * wrong line (a page cut there kept it, printed past the page's foot: "coordi-" then "n" alone).
   * @param {Text} node @param {number} offset
   * @returns {DOMRect | undefined}
   */
  const measureLetter = (node, offset) => {
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    const rects = range.getClientRects();
    return rects[rects.length - 1];
  };

  Object.defineProperty(window, "pressroomMeasureLetter", { value: measureLetter, writable: false });
})();
