// @ts-check
// Runs inside Chromium during Paged.js: looks for overflow once more after a page's break is made, and breaks earlier when taking out what went over moved a table's rows off the page.

(() => {
  /** More looks than this on one page would be a loop. */
  const MAX_LOOKS = 3;

  /**
   * True when `overflow` (a range from where the content runs over to its end) starts inside a table: the moves
   * this script mends. Others are mended later in the page's layout (an article's columns moved whole past the
   * page, split-pushed-body.js), and breaking before them here left a headline alone at a page's foot.
   * @param {Range | undefined} overflow
   */
  const startsInTable = (overflow) => {
    const element = overflow && /** @type {any} */ (window).pressroomFindElementAtBreak(overflow);
    return !!element && !!element.closest("table");
  };

  /**
   * Paged.js finds where a page's content runs over, takes that part out and assumes the rest stays where it
   * was. It need not: a table's columns are sized by the rows it holds, so taking out its last rows (which held a
   * reference of 36 characters) narrowed the column they had widened, the rows left grew a line taller, and
   * Chromium carried the last past the page, printed nowhere: the build stopped with its text missing. After
   * the break is made, the page is looked at once more; should something have moved past it, the page breaks
   * before that instead (the next page is laid out from the source, from the break it is given: nothing is lost).
   */
  /** @type {any} */ (window).pressroomPatchLayout("pressroomBreaksAgain", (/** @type {any} */ prototype) => {
    const findBreakToken = prototype.findBreakToken;
    /**
     * @param {Element} rendered @param {Element} source @param {any} bounds @param {any} previous
     * @param {boolean} [extract]
     */
    prototype.findBreakToken = function (rendered, source, bounds = this.bounds, previous, extract = true) {
      let token = findBreakToken.call(this, rendered, source, bounds, previous, extract);
      for (let look = 1; look < MAX_LOOKS && extract && token && token.node && !token.equals(previous); look++) {
        if (!startsInTable(this.findOverflow(rendered, bounds))) break;
        const earlier = findBreakToken.call(this, rendered, source, bounds, previous, true);
        // One that would leave the page empty is not taken: Paged.js keeps what it cannot place, as before.
        if (!earlier || !earlier.node || earlier.equals(previous)) break;
        token = earlier;
      }
      return token;
    };
  });
})();
