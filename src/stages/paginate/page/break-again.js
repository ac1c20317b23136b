// @ts-check
// Runs inside Chromium during Paged.js: looks for overflow once more after a page's break is made, and breaks earlier when taking out what went over moved a table's rows or an article's columns off the page, or when a subheading the balanced columns left at a column's foot is kept with its text (or, left apart, loses the hanging block that ran on into the next column), or a paragraph too short to split is kept whole.

(() => {
  /** More looks than this on one page would be a loop. */
  const MAX_LOOKS = 3;
  /**
   * The pages (their content's wrapper) looked at once more here, their break made and what went over taken out:
   * nothing more is added to them.
   * @type {WeakSet<Element>}
   */
  const lookingAgain = new WeakSet();

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
   * The element matching `selector` that a page break cuts, as laid out on the page: the one whose part as written
   * holds where the next page starts (none when the break falls between such elements). The article body it cuts
   * (".story-body"), and the paragraph or list item ("p, li"), which goes on overleaf and so is the page break's to
   * mend, not the columns'.
   * @param {any} token @param {Element} rendered @param {string} selector
   */
  const findCut = (token, rendered, selector) => {
    const node = /** @type {Node} */ (token.node);
    const element = node.nodeType === Node.ELEMENT_NODE ? /** @type {Element} */ (node) : node.parentElement;
    const cut = element && element.closest(selector);
    return cut ? /** @type {any} */ (window).pressroomFindTwin(cut, rendered) : null;
  };

  /**
   * True when some of `body` went into a column left of the page's area: a right-to-left body's columns run over
   * leftwards, and Paged.js looks for overflow only to the right and below, so it would take what went there for
   * placed, and print it nowhere (a list item kept whole on an Arabic page carried a paragraph there: the build
   * stopped with it missing).
   * @param {Element} body @param {DOMRect} area
   */
  const runsOffLeft = (body, area) =>
    Array.from(body.querySelectorAll("p, li, h3, h4, h5, h6, pre, table, figure")).some((element) =>
      Array.from(element.getClientRects()).some((rect) => rect.width > 0 && rect.left < area.left - 1),
    );

  /**
   * Once Paged.js has taken off what went over, the part of an article left on a full page is its body's last
   * there, and Chromium balances its columns with no line to spare: it can set a subheading at a column's foot,
   * its text in the next (Chromium never sees the subheadings' break-after, which Paged.js takes out of the
   * stylesheets for its own page breaks; the mends after layout could only warn, since moving the subheading on
   * pushed text off the page), and it splits a paragraph too short to split (three lines: two and one), its last
   * line alone atop the next column, rather than carry text to the next page (a list item on an Arabic A5 page,
   * a paragraph under a table across the columns). Such a subheading is told to Chromium to stay with what
   * follows, such a paragraph to stay whole in a column; what that carries past the page goes to the next page,
   * with the break made again before it. (Told to every subheading from the start, it kept some from a column's
   * foot and left others' columns uneven, a line alone at the top of the next: forty generated English issues
   * warned 3 times instead of once.)
   * @param {any} token the break made @param {Element} rendered @param {any} previous the break the page started at
   * @param {() => any} breakAgain looks for overflow and, if there is some, breaks before it (Paged.js's own, with the hooks)
   */
  const keepCutColumnsTogether = (token, rendered, previous, breakAgain) => {
    const body = findCut(token, rendered, ".story-body");
    if (!body) return token;
    const scripts = /** @type {any} */ (window);
    const findStranded = /** @type {(body: Element) => HTMLElement[]} */ (scripts.pressroomFindStrandedHeadings);
    const cut = findCut(token, rendered, "p, li");
    const headings = findStranded(body);
    const blocks = /** @type {HTMLElement[]} */ (scripts.pressroomFindShortSplitBlocks(body)).filter((block) => block !== cut);
    if (!headings.length && !blocks.length) return token;
    // The pull quotes under a subheading are kept with it and with the text after them, which the subheading heads.
    const kept = headings.flatMap((heading) => [heading, ...scripts.pressroomListQuotesUnder(heading)]);
    const keepHeadings = (/** @type {boolean} */ on) => kept.forEach((element) => (element.style.breakAfter = on ? "avoid-column" : ""));
    const keepBlocks = (/** @type {boolean} */ on) => blocks.forEach((block) => (block.style.breakInside = on ? "avoid-column" : ""));
    keepHeadings(true);
    keepBlocks(true);
    // What went left of the page would be lost, not carried over: such a page is left as it was.
    if (runsOffLeft(body, rendered.getBoundingClientRect())) {
      keepHeadings(false);
      keepBlocks(false);
      return token;
    }
    const earlier = breakAgain();
    // One that would leave the page empty is not taken, as in the looks above.
    if (earlier && earlier.node && !earlier.equals(previous)) return earlier;
    // Kept where Chromium could set them so on the page as it is; taken back where not.
    if (findStranded(body).length) keepHeadings(false);
    if (blocks.some((block) => block.getClientRects().length > 1)) keepBlocks(false);
    // A subheading left apart whose hanging block (base.css) runs on into the next column: there the block's negative
    // margin pulls the column's first lines up over what stands above them (a generated Arabic bulletin printed an
    // English article's paragraph over a picture's credit). The block goes (base.css reads the mark), and what that
    // lets down past the page goes to the next page, the break made again before it.
    const cutOver = findStranded(body).filter((heading) => heading.getClientRects().length > 1);
    if (!cutOver.length) return token;
    cutOver.forEach((heading) => heading.setAttribute("data-hang-off", ""));
    const lower = breakAgain();
    // Nothing runs over without the block: the page stays as it is.
    if (!lower) return token;
    if (lower.node && !lower.equals(previous)) return lower;
    // A break that would leave the page empty is not taken, and the block comes back rather than push text off the page.
    cutOver.forEach((heading) => heading.removeAttribute("data-hang-off"));
    return token;
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
     * @this {any}
     * @param {Element} rendered @param {Element} source @param {any} bounds @param {any} previous
     * @param {boolean} [extract]
     */
    prototype.findBreakToken = function (rendered, source, bounds, previous, extract = true) {
      bounds ??= this.bounds;
      let token = findBreakToken.call(this, rendered, source, bounds, previous, extract);
      if (!extract || !token || !token.node || token.equals(previous)) return token;
      lookingAgain.add(rendered);
      try {
        for (let look = 1; look < MAX_LOOKS; look++) {
          if (!startsInMovedPart(this.findOverflow(rendered, bounds), rendered)) break;
          const earlier = findBreakToken.call(this, rendered, source, bounds, previous, true);
          // One that would leave the page empty is not taken: Paged.js keeps what it cannot place, as before.
          if (!earlier || !earlier.node || earlier.equals(previous)) break;
          token = earlier;
        }
        return keepCutColumnsTogether(token, rendered, previous, () => this.findOverflow(rendered, bounds) && findBreakToken.call(this, rendered, source, bounds, previous, true));
      } finally {
        lookingAgain.delete(rendered);
      }
    };
  });

  // split-pushed-body.js asks whether a page is being looked at again, its break made (at layout time).
  Object.defineProperty(window, "pressroomIsLookingAgain", { value: (/** @type {Element} */ rendered) => lookingAgain.has(rendered), writable: false });
})();
