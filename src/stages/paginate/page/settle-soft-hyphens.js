// @ts-check
// Runs inside Chromium before printing: takes out the soft hyphens no line broke at, so Chrome does not write them into the PDF.

(() => {
  const SOFT_HYPHEN = "\u00AD";
  /** Pieces of one line share their top, and touch, to within this (CSS px). */
  const SAME_LINE_PX = 0.5;

  /**
   * Why: Chrome writes every soft hyphen the hyphenate stage put in, broken at or not, into the PDF as a space
   * glyph in a marked span of its own, which the text-layer repair then takes out again: at 200 pages some 50
   * thousand spans and a quarter of the page's drawing operations, where fewer than 5 thousand lines end in a
   * hyphen. Those stay; the others go.
   *
   * Why nothing moves: Chrome printing lays the pages out again, and breaks lines greedily (each line ends at
   * the last break that fits), so taking out breaks it did not take changes no line, as long as no word's width
   * changes. It does not: a soft hyphen inside a line has no width, and shaping looks through it (a kerning
   * pair or a ligature across it is made as without it; test/e2e/settle-soft-hyphens.test.ts prints both ways
   * and compares the pixels). Text set with `text-wrap: pretty` or `balance` (which weigh every break of a
   * paragraph) or with letter spacing (which Chrome could add after the soft hyphen) is left as it is.
   *
   * @param {Element} root  the laid-out pages
   * @returns {{ found: number, removed: number }}
   */
  function settleSoftHyphens(root) {
    const range = document.createRange();
    /** @type {Map<Element, boolean>} */
    const settles = new Map();
    /** @type {{ node: Text, text: string }[]} */
    const edits = [];
    let found = 0;
    let removed = 0;
    // Every read first, then every write: a read after a write would lay the document out again.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = /** @type {Text | null} */ (walker.nextNode()); node; node = /** @type {Text | null} */ (walker.nextNode())) {
      const text = node.data;
      if (!text.includes(SOFT_HYPHEN)) continue;
      const at = findSoftHyphens(text);
      found += at.length;
      const parent = node.parentElement;
      if (!parent || !isGreedyAndPlain(parent, settles)) continue;
      const unbroken = findUnbroken(range, node, at);
      if (unbroken.size === 0) continue;
      let settled = "";
      let from = 0;
      for (const index of unbroken) {
        settled += text.slice(from, index);
        from = index + 1;
      }
      edits.push({ node, text: settled + text.slice(from) });
      removed += unbroken.size;
    }
    for (const { node, text } of edits) node.data = text;
    range.detach();
    return { found, removed };
  }

  /** @param {string} text @returns {number[]} */
  function findSoftHyphens(text) {
    const at = [];
    for (let index = text.indexOf(SOFT_HYPHEN); index !== -1; index = text.indexOf(SOFT_HYPHEN, index + 1)) at.push(index);
    return at;
  }

  /**
   * Whether lines in `element` break greedily and without letter spacing, remembered per element.
   * @param {Element} element @param {Map<Element, boolean>} settles
   */
  function isGreedyAndPlain(element, settles) {
    let settle = settles.get(element);
    if (settle === undefined) {
      const style = getComputedStyle(element);
      const wrap = style.getPropertyValue("text-wrap-style");
      settle = (wrap === "" || wrap === "auto") && (style.letterSpacing === "normal" || parseFloat(style.letterSpacing) === 0);
      settles.set(element, settle);
    }
    return settle;
  }

  /**
   * The soft hyphens of `node` (at its offsets `at`, in order) inside a line. Those of one word are asked about
   * together first (one question instead of two or three: a word's breaks are mostly all unused), and one by
   * one only if the word runs over a line end.
   * @param {Range} range @param {Text} node @param {number[]} at @returns {Set<number>}
   */
  function findUnbroken(range, node, at) {
    const text = node.data;
    /** @type {Set<number>} */
    const unbroken = new Set();
    for (let first = 0; first < at.length; ) {
      let last = first;
      while (last + 1 < at.length && !/\s/u.test(text.slice(at[last], at[last + 1]))) last++;
      const word = at.slice(first, last + 1);
      if (word.length > 1 && isOnOneLine(range, node, word[0], word[word.length - 1] + 2)) for (const index of word) unbroken.add(index);
      else for (const index of word) if (isOnOneLine(range, node, index, index + 2)) unbroken.add(index);
      first = last + 1;
    }
    return unbroken;
  }

  /**
   * Whether the characters from `start` to `end` are drawn, all on one line. Where a line breaks at a soft
   * hyphen, Chrome draws a hyphen there and the next character starts a line below (or the next column). A soft
   * hyphen at the end of the text node (the next character is elsewhere) or not drawn at all counts as broken:
   * it is left alone.
   * @param {Range} range @param {Text} node @param {number} start @param {number} end
   */
  function isOnOneLine(range, node, start, end) {
    if (end > node.length) return false;
    range.setStart(node, start);
    range.setEnd(node, end);
    const rects = range.getClientRects();
    if (rects.length === 0) return false;
    for (let index = 1; index < rects.length; index++) {
      const before = rects[index - 1];
      const rect = rects[index];
      // Side by side, in either direction: the first line of a column beside a one-line column shares its top.
      const touching = Math.min(Math.abs(rect.left - before.right), Math.abs(before.left - rect.right)) <= SAME_LINE_PX;
      if (Math.abs(rect.top - before.top) > SAME_LINE_PX || !touching) return false;
    }
    return true;
  }

  /** @type {any} */ (window).pressroomSettleSoftHyphens = () => {
    const pages = document.querySelector(".pagedjs_pages");
    return pages ? settleSoftHyphens(pages) : { found: 0, removed: 0 };
  };
})();
