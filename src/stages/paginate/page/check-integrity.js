// @ts-check
// Runs inside Chromium: reads every article's (and the editorial's) letters before Paged.js lays them out and again from the pages, so a lost, doubled or misordered passage is caught.

(() => {
  /** Letters only: spaces, punctuation, digits (page numbers are written in after layout) and soft hyphens do not count. */
  const LETTER = /\p{L}|\p{M}/u;

  /**
   * What layout moves elsewhere on purpose (notes to the page foot, pictures and captions beside, above or onto
   * other pages), a table's head printed again on the next page (repeat-table-heads.js), and what is never printed.
   */
  const SET_ASIDE = ".footnote, figure, .page-float-anchor, .repeated-head, script, style, template, noscript";

  /**
   * Texts joined side by side: in a parallel edition each language's text (its cells') after the other's, in the
   * order the sides first come, so that a row split at a page's foot (split-parallel-rows.js), each side's part on
   * the page before the other's rest, reads as written. Outside the cells a text is on no side ("").
   * @param {[string, string][]} pieces each text's side and the text, in document order
   * @param {string} between what goes between two pieces of a side
   */
  const joinSides = (pieces, between) => {
    /** @type {Map<string, string[]>} */
    const sides = new Map();
    for (const [side, text] of pieces) sides.set(side, [...(sides.get(side) || []), text]);
    return Array.from(sides.values(), (texts) => texts.join(between)).join(" ");
  };

  /** The side a text is on: its parallel cell's language, when `parallel` (its article has cells). @param {Node} node @param {boolean} parallel */
  const readSide = (node, parallel) => (parallel && node.parentElement && node.parentElement.closest(".parallel-cell")?.getAttribute("lang")) || "";

  /**
   * An article's text as written, from the document before layout.
   * @param {Element[]} fragments the article's elements, in reading order
   */
  const readText = (fragments) =>
    joinSides(
      fragments.flatMap((fragment) => {
        const copy = /** @type {Element} */ (fragment.cloneNode(true));
        copy.querySelectorAll(SET_ASIDE).forEach((element) => element.remove());
        // A space after each block, so the words quoted in a message do not run together across paragraphs.
        copy.querySelectorAll("p, li, h1, h2, h3, h4, h5, h6, blockquote, div, header").forEach((block) => block.append(" "));
        // Read whole, as one piece, unless it has sides (the text of a long issue is read once before every layout).
        if (!copy.querySelector(".parallel-cell")) return [/** @type {[string, string]} */ (["", copy.textContent || ""])];
        /** @type {[string, string][]} */
        const pieces = [];
        const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) pieces.push([readSide(node, true), node.textContent || ""]);
        return pieces;
      }),
      "",
    );

  /** Latin and Arabic-script letters: the text the PDF is checked for after printing (see pageTexts below). */
  const CHECKED_LETTER = /\p{Script=Latin}|\p{Script=Arabic}/u;

  /**
   * True when one of `rects` (a text's or an element's boxes) is drawn inside `bounds` (a page's area), to a pixel.
   * @param {ArrayLike<DOMRect>} rects @param {DOMRect} bounds
   */
  const isAnyInside = (rects, bounds) =>
    Array.from(rects).some((rect) => rect.width > 0 && rect.height > 0 && rect.bottom > bounds.top - 1 && rect.top < bounds.bottom + 1 && rect.right > bounds.left - 1 && rect.left < bounds.right + 1);

  /**
   * An article's text as printed: only text a reader can see on its page. Paged.js can leave copies of
   * text it moved on (hidden, or clipped below the text area) in a page's DOM; those are not printed.
   * Each piece with Latin or Arabic-script letters is also added to its page's list in `pageTexts`.
   * @param {Element[]} fragments the article's elements on the pages, in page order
   * @param {Map<Element, number>} pageIndexes each page element's index
   * @param {string[][]} pageTexts what each page shows, piece by piece
   */
  const readPrintedText = (fragments, pageIndexes, pageTexts) => {
    const range = document.createRange();
    /** @type {[string, string][]} */
    const parts = [];
    for (const fragment of fragments) {
      const parallel = !!fragment.querySelector(".parallel-cell");
      const page = fragment.closest(".pagedjs_page");
      const pageIndex = page ? pageIndexes.get(page) : undefined;
      const area = (page && page.querySelector(".pagedjs_area")) || fragment;
      const bounds = area.getBoundingClientRect();
      const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest(SET_ASIDE) || !(node.textContent || "").trim()) continue;
        if (!parent.checkVisibility({ visibilityProperty: true })) continue;
        range.selectNodeContents(node);
        if (!isAnyInside(range.getClientRects(), bounds)) continue;
        const text = node.textContent || "";
        parts.push([readSide(node, parallel), text]);
        if (pageIndex !== undefined && CHECKED_LETTER.test(text)) pageTexts[pageIndex]?.push(text);
      }
    }
    return joinSides(parts, " ");
  };

  /** @param {string} text */
  const keepLetters = (text) => Array.from(text).filter((char) => LETTER.test(char)).join("");

  /**
   * The editorial's box is checked as an article is, under an id no article's file name makes (EDITORIAL_TEXT_ID
   * in shared/browser-messages.ts): a line of it carried off the page was otherwise seen only as text past the
   * page's text area.
   */
  const EDITORIAL_ID = "pressroom:editorial";

  /**
   * Outermost elements of each article, and of the editorial, in document order (a part of an article may hold
   * parts of its own).
   * @param {ParentNode} root
   */
  const collectArticles = (root) => {
    /** @type {Map<string, Element[]>} */
    const byId = new Map();
    root.querySelectorAll("[data-article-id], section.editorial").forEach((element) => {
      const isArticle = element.hasAttribute("data-article-id");
      const id = isArticle ? element.getAttribute("data-article-id") || "" : EDITORIAL_ID;
      const outer = isArticle ? `[data-article-id="${CSS.escape(id)}"]` : "section.editorial";
      if (!id || element.parentElement?.closest(outer)) return;
      byId.set(id, [...(byId.get(id) || []), element]);
    });
    return byId;
  };

  /** Page-foot notes in order: they leave their articles for the foot of the page. */
  /** @param {ParentNode} root */
  const readNotes = (root) => Array.from(root.querySelectorAll(".footnote")).map((note) => note.textContent || "").join(" ");

  /**
   * The notes the pages show, in order: a copy left in text Paged.js set past a page (and lays out again on the
   * next, note and all) is not printed, and counted it read as a note printed twice.
   * @param {ParentNode} root
   */
  const readShownNotes = (root) =>
    Array.from(root.querySelectorAll(".footnote"))
      .filter(isNoteShown)
      .map((note) => note.textContent || "")
      .join(" ");

  /** A note a reader sees: visible, and inside its page's area (at its foot, or in text on the page). @param {Element} note */
  const isNoteShown = (note) => {
    if (!note.checkVisibility({ visibilityProperty: true })) return false;
    const area = note.closest(".pagedjs_area");
    return !area || isAnyInside(note.getClientRects(), area.getBoundingClientRect());
  };

  /** Before layout: each article's text, and all page-foot notes in order. */
  function readSourceText() {
    const articles = collectArticles(document.body);
    return {
      articles: Array.from(articles, ([id, fragments]) => ({ id, text: readText(fragments) })),
      notes: readNotes(document.body),
    };
  }

  /**
   * The words around where two letter sequences part: in the source text, about eight words from there.
   * @param {string} sourceText @param {number} letterIndex
   */
  const quoteFrom = (sourceText, letterIndex) => {
    const chars = Array.from(sourceText);
    let seen = 0;
    let at = 0;
    // To the letter where the texts part (the one after `letterIndex` letters), then back to its word's start.
    while (at < chars.length && (seen < letterIndex || !LETTER.test(chars[at] || ""))) {
      if (LETTER.test(chars[at] || "")) seen += 1;
      at += 1;
    }
    while (at > 0 && !/\s/.test(chars[at - 1] || "")) at -= 1;
    // Soft hyphens (hyphenation points) are no part of the words an editor would search the file for.
    return chars.slice(at).join("").replace(/\u00AD/g, "").trim().split(/\s+/).slice(0, 8).join(" ");
  };

  /** @param {string} a @param {string} b */
  const findParting = (a, b) => {
    let index = 0;
    while (index < a.length && index < b.length && a[index] === b[index]) index += 1;
    return index;
  };

  /**
   * After layout: each article's text read from the pages must be its source text, letter for letter.
   * Also returns, for each page, the article text it shows that has Latin or Arabic-script letters, a line per piece: after
   * printing, the PDF's page must hold those letters too (find-text-lost-in-print.ts), since Chromium lays the
   * pages out again to print them and can place text otherwise than on screen.
   * @param {{ articles: { id: string, text: string }[], notes: string }} source
   */
  function compareWithPages(source) {
    /** @type {{ articleId: string, kind: "lost" | "added", near: string }[]} */
    const problems = [];
    const laidOut = collectArticles(document.querySelector(".pagedjs_pages") || document.body);
    const pages = Array.from(document.querySelectorAll(".pagedjs_page"));
    const pageIndexes = new Map(pages.map((page, index) => [page, index]));
    /** @type {string[][]} */
    const pageTexts = pages.map(() => []);
    for (const article of source.articles) {
      const expected = keepLetters(article.text);
      const printedText = readPrintedText(laidOut.get(article.id) || [], pageIndexes, pageTexts);
      const printed = keepLetters(printedText);
      if (printed === expected) continue;
      const parting = findParting(expected, printed);
      // Fewer letters, or different ones where they part: the source's words from there are missing.
      if (printed.length <= expected.length) problems.push({ articleId: article.id, kind: "lost", near: quoteFrom(article.text, parting) });
      else problems.push({ articleId: article.id, kind: "added", near: quoteFrom(printedText, parting) });
    }
    // The page-foot notes each page shows are its text too: a note cut off the page foot in print is as lost.
    pages.forEach((page, index) => {
      for (const note of Array.from(page.querySelectorAll(".footnote"))) {
        const text = note.textContent || "";
        if (isNoteShown(note) && CHECKED_LETTER.test(text)) pageTexts[index]?.push(text);
      }
    });
    const notesPrinted = readShownNotes(document.querySelector(".pagedjs_pages") || document.body);
    const expectedNotes = keepLetters(source.notes);
    const printedNotes = keepLetters(notesPrinted);
    if (printedNotes !== expectedNotes) {
      const parting = findParting(expectedNotes, printedNotes);
      const lost = printedNotes.length <= expectedNotes.length;
      problems.push({ articleId: "", kind: lost ? "lost" : "added", near: quoteFrom(lost ? source.notes : notesPrinted, parting) });
    }
    return { problems, pageTexts: pageTexts.map((texts) => texts.join("\n")) };
  }

  /** @type {any} */ (window).pressroomReadSourceText = readSourceText;
  /** @type {any} */ (window).pressroomCompareWithPages = compareWithPages;
})();
