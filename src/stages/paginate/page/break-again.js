// @ts-check
// Runs inside Chromium during Paged.js: looks for overflow once more after a page's break is made, and breaks earlier when taking out what went over moved a table's rows or an article's columns off the page.

(() => {
  /** More looks than this on one page would be a loop. */
  const MAX_LOOKS = 3;

  /**
   * True when `overflow` (a range from where the content runs over to its end) starts where taking out what went
   * over moved what stayed: inside a table, or inside an article's body that now lies wholly past the page (in the
   * columns Paged.js's page content sets beside it). Other overflow is mended later in the page's layout, and
   * breaking before it here left a headline alone at a page's foot.
   * @param {Range | undefined} overflow @param {Element} rendered
   */
  const startsInMovedPart = (overflow, rendered) => {
    const element = overflow && /** @type {any} */ (window).pressroomFindElementAtBreak(overflow);
    if (!element) return false;
    if (element.closest("table")) return true;
    // Paged.js starts the overflow at the article's head when its body moved whole.
    const head = element.closest(".story-head");
    const body = head ? head.nextElementSibling : element.closest(".story-body");
    if (!body || !body.classList.contains("story-body")) return false;
    return /** @type {any} */ (window).pressroomIsBeside(body.getBoundingClientRect(), rendered.getBoundingClientRect());
  };

  /**
   * Paged.js finds where a page's content runs over, takes that part out and assumes the rest stays where it
   * was. It need not: a table's columns are sized by the rows it holds, so taking out its last rows (which held a
   * reference of 36 characters) narrowed the column they had widened, the rows left grew a line taller, and
   * Chromium carried the last past the page, printed nowhere: the build stopped with its text missing. And the
   * bottom margin of a table that ended the page's part of an article, cut off at the break while text followed
   * it, counted once that text was taken out: the article's columns, a pixel too tall, went whole past the page,
   * a paragraph and the table with them (an A5 page whose article ended in a table across its columns). After
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
        if (!startsInMovedPart(this.findOverflow(rendered, bounds), rendered)) break;
        const earlier = findBreakToken.call(this, rendered, source, bounds, previous, true);
        // One that would leave the page empty is not taken: Paged.js keeps what it cannot place, as before.
        if (!earlier || !earlier.node || earlier.equals(previous)) break;
        token = earlier;
      }
      return token;
    };
  });
})();
