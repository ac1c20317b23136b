// @ts-check
// Runs inside Chromium during Paged.js: looks for overflow once more after a page's break is made, and breaks earlier when taking out what went over moved what stayed off the page.

(() => {
  /** More looks than this on one page would be a loop; no page seen needs a second. */
  const MAX_LOOKS = 3;

  /**
   * Paged.js finds where a page's content runs over, takes that part out and assumes the rest stays where it
   * was. It need not: a table's columns are sized by the rows it holds, so taking out its last rows (one held a
   * word of 39 letters) widened another column, the row before the break grew two lines taller, and Chromium
   * carried it past the page, printed nowhere: the build stopped with its text missing. After the break is made,
   * the page is looked at once more; should something have moved past it, the page breaks before that instead
   * (the next page is laid out from the source, from the break it is given, so nothing is lost).
   */
  // @ts-ignore
  class BreakAgain extends Paged.Handler {
    /** @param {Element} _wrapper @param {any} _breakToken @param {any} layout */
    onPageLayout(_wrapper, _breakToken, layout) {
      const prototype = Object.getPrototypeOf(layout);
      if (prototype.pressroomBreaksAgain) return;
      prototype.pressroomBreaksAgain = true;
      const findBreakToken = prototype.findBreakToken;
      /**
       * @param {Element} rendered @param {Element} source @param {any} bounds @param {any} previous
       * @param {boolean} [extract]
       */
      prototype.findBreakToken = function (rendered, source, bounds = this.bounds, previous, extract = true) {
        let token = findBreakToken.call(this, rendered, source, bounds, previous, extract);
        for (let look = 1; look < MAX_LOOKS && extract && token && token.node && !token.equals(previous); look++) {
          if (!this.findOverflow(rendered, bounds)) break;
          const earlier = findBreakToken.call(this, rendered, source, bounds, previous, true);
          // One that would leave the page empty is not taken: Paged.js keeps what it cannot place, as before.
          if (!earlier || !earlier.node || earlier.equals(previous)) break;
          token = earlier;
        }
        return token;
      };
    }
  }

  // @ts-ignore
  Paged.registerHandlers(BreakAgain);
})();
