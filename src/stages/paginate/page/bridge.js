// @ts-check
// Runs inside Chromium after Paged.js: lays the document out and reports plain data back to Node.
/* global Paged */

(() => {
  /** @param {any} message */
  const report = (message) => {
    const send = /** @type {any} */ (window).__pressroomReport;
    if (typeof send === "function") send(message).catch(() => undefined);
  };

  /** @param {number} ms */
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  // @ts-ignore Paged is the global from paged.js, loaded just before this file.
  class ProgressHandler extends Paged.Handler {
    /** @param {HTMLElement} pageElement @param {any} page */
    afterPageLayout(pageElement, page) {
      const articles = pageElement.querySelectorAll("[data-article-id]");
      const last = articles[articles.length - 1];
      report({ type: "page", page: page.position + 1, articleId: last ? last.getAttribute("data-article-id") : undefined });
    }
  }

  /**
   * Paged.js numbers pages for left-to-right books only: page 1 is a right-hand page (a TODO in its
   * chunker). A right-to-left book opens the other way, so its page 1 is a left-hand page: swapping
   * the two classes before each page is laid out mirrors margins, margin boxes and :left/:right rules.
   */
  // @ts-ignore
  class RightToLeftPages extends Paged.Handler {
    /** @param {any} page */
    beforePageLayout(page) {
      const element = /** @type {HTMLElement} */ (page.element);
      const isLeft = page.position % 2 === 0;
      element.classList.toggle("pagedjs_left_page", isLeft);
      element.classList.toggle("pagedjs_right_page", !isLeft);
    }
  }

  /** Lists the @font-face fonts that failed to load, so a silent fallback becomes a warning. */
  const findFontFailures = () => {
    /** @type {string[]} */
    const failures = [];
    document.fonts.forEach((face) => {
      if (face.status === "error") failures.push(`The font "${face.family}" (${face.weight} ${face.style}) could not be loaded.`);
    });
    return failures;
  };

  /**
   * Writes the page number into every page reference (<a class="page-ref" href="#id">, from "Continued on
   * page", the contents box and [#](#name) in the text): the page holding the first fragment of the
   * element that shows something. Paged.js keeps the id on an element's first fragment and moves it to
   * data-id on the others, and can leave an empty first fragment at a page foot when the rest moves on,
   * so both are searched in page order. Done after layout because Paged.js's target-counter() ignores
   * custom counter styles; the placeholder held about the number's width meanwhile.
   * @param {Element[]} pages @param {string} numberingSystem
   */
  const fillPageRefs = (pages, numberingSystem) => {
    const format = new Intl.NumberFormat("en", { numberingSystem, useGrouping: false });
    /** @type {Map<string, number>} */
    const cache = new Map();
    /** @param {string} id */
    const findPage = (id) => {
      if (cache.has(id)) return cache.get(id);
      const selector = `[id="${CSS.escape(id)}"], [data-id="${CSS.escape(id)}"]`;
      let found = 0;
      let fallback = 0;
      pages.forEach((pageElement, index) => {
        if (found) return;
        pageElement.querySelectorAll(selector).forEach((element) => {
          if (found) return;
          if (!fallback) fallback = index + 1;
          if ((element.textContent || "").trim() || element.querySelector("img, svg")) found = index + 1;
        });
      });
      cache.set(id, found || fallback);
      return found || fallback;
    };
    /** @type {{ target: string, page: number | null }[]} */
    const refs = [];
    pages.forEach((pageElement) => {
      pageElement.querySelectorAll("a.page-ref").forEach((link) => {
        const href = link.getAttribute("href") || "";
        let target = href.slice(1);
        try {
          target = decodeURIComponent(target);
        } catch {
          // An id written with a stray % stays as written.
        }
        const page = findPage(target) || null;
        link.textContent = page ? format.format(page) : "?";
        refs.push({ target, page });
      });
    });
    return refs;
  };

  /**
   * Keeps a footnote on its call's page. With footnote-policy auto, Paged.js 0.4.3 gives a note the room
   * left under its call's line; when the call is on a page's last line, no line of the note fits and the
   * whole note moves to the next page, away from its call. Then, and only then, this does what policy
   * "line" does: the note area grows up to the top of the call's line, so that line (and what follows)
   * goes to the next page, where the call and its note are laid out again together. Paged.js's own policy
   * "line" cannot be used: it measures the call's line from the start of the text node before the call,
   * often lines or a column higher, which on multi-column pages grows the note area over whole pages
   * (blank pages, found by test/e2e/footnotes.test.ts). Not done for a call in a page's first three
   * lines, which could otherwise move on forever.
   */
  const keepNotesWithCalls = () => {
    // @ts-ignore Paged.registeredHandlers holds Paged.js's own handler classes.
    const Footnotes = Paged.registeredHandlers.find((handler) => handler.name === "Footnotes");
    if (!Footnotes || Footnotes.prototype.__pressroomKeepsNotes) return;
    const moveFootnote = Footnotes.prototype.moveFootnote;
    Footnotes.prototype.__pressroomKeepsNotes = true;
    /** @this {any} @param {HTMLElement} node @param {HTMLElement} pageArea @param {boolean} needsNoteCall */
    Footnotes.prototype.moveFootnote = function (node, pageArea, needsNoteCall) {
      const result = moveFootnote.call(this, node, pageArea, needsNoteCall);
      if (!needsNoteCall || !(node instanceof HTMLElement) || (node.dataset.notePolicy || "auto") !== "auto") return result;
      const inner = pageArea.querySelector(".pagedjs_footnote_inner_content");
      const noteArea = pageArea.querySelector(".pagedjs_footnote_area");
      const content = pageArea.querySelector(".pagedjs_page_content");
      const call = pageArea.querySelector(`[data-footnote-call="${CSS.escape(node.dataset.ref || "")}"]`);
      if (!inner || !noteArea || !content || !call || !inner.contains(node)) return result;
      const lineHeight = parseFloat(getComputedStyle(node).lineHeight) || 12;
      // Room for at least one line of the note under the call (to a pixel's rounding): Paged.js splits the
      // rest to the next page.
      if (inner.getBoundingClientRect().bottom - node.getBoundingClientRect().top >= lineHeight - 1.5) return result;
      // The top of the call's line: from the letter just before the call (Paged.js's own policy "line" measures
      // from the start of the text before it, which can be lines or a column earlier).
      const before = call.previousSibling;
      const range = document.createRange();
      if (before && before.nodeType === Node.TEXT_NODE && (before.textContent || "").length) {
        const length = (before.textContent || "").length;
        range.setStart(before, length - 1);
        range.setEnd(before, length);
      } else range.selectNode(call);
      const callTop = Math.floor(range.getBoundingClientRect().top) - 2;
      const bodyLineHeight = parseFloat(getComputedStyle(call.parentElement || content).lineHeight) || 12;
      if (callTop - content.getBoundingClientRect().top < 3 * bodyLineHeight) return result;
      const areaBounds = noteArea.getBoundingClientRect();
      // A call whose note gets no room sits a few lines above the notes (the last lines of its column, or
      // level with other notes' room); a line top found further up is a wrong measurement, and growing the
      // note area that far would empty the page.
      if (Math.floor(areaBounds.top) - callTop > 6 * bodyLineHeight) return result;
      const height = areaBounds.height + Math.floor(areaBounds.top) - callTop;
      /** @type {HTMLElement} */ (pageArea).style.setProperty("--pagedjs-footnotes-height", `${height}px`);
      return result;
    };
  };

  /**
   * Footnotes that do not start at the foot of the page their call is on, or print twice: what
   * keepNotesWithCalls could not prevent (a call in a page's first lines), so the editor is told.
   * @param {Element[]} pages
   */
  const findMisplacedNotes = (pages) => {
    /** @type {Map<string, number>} */
    const calls = new Map();
    /** @type {Map<string, {number: string, pages: number[]}>} */
    const starts = new Map();
    pages.forEach((pageElement, index) => {
      pageElement.querySelectorAll("[data-footnote-call]").forEach((call) => {
        const ref = call.getAttribute("data-footnote-call") || "";
        if (!calls.has(ref)) calls.set(ref, index + 1);
      });
      pageElement.querySelectorAll(".pagedjs_footnote_area [data-note='footnote']:not([data-split-from])").forEach((note) => {
        const ref = note.getAttribute("data-ref") || "";
        const entry = starts.get(ref) || { number: note.getAttribute("data-footnote-number") || "?", pages: [] };
        entry.pages.push(index + 1);
        starts.set(ref, entry);
      });
    });
    /** @type {string[]} */
    const messages = [];
    for (const [ref, entry] of starts) {
      const callPage = calls.get(ref);
      if (entry.pages.length > 1) messages.push(`Footnote ${entry.number} is printed twice (pages ${entry.pages.join(" and ")}). Please report this with the issue folder.`);
      else if (callPage !== undefined && entry.pages[0] !== callPage) {
        messages.push(
          `Footnote ${entry.number} is called on page ${callPage} but printed at the foot of page ${entry.pages[0]}: there was no room left under its call. ` +
            "Shorten the note or the text before it, or print the notes after the article with `notes: end`.",
        );
      }
    }
    return messages;
  };

  /**
   * Pictures placed at the top or foot of a page (page-floats.js) whose marker is printed but which are on
   * no page: never expected, but a picture must not go missing without a word.
   * @param {Element[]} pages
   */
  const findUnplacedPictures = (pages) => {
    /** @type {string[]} */
    const messages = [];
    const placed = new Set(pages.flatMap((pageElement) => Array.from(pageElement.querySelectorAll("[data-page-float-for]"), (box) => box.getAttribute("data-page-float-for"))));
    pages.forEach((pageElement, index) => {
      pageElement.querySelectorAll("[data-page-float]").forEach((anchor) => {
        if (placed.has(anchor.getAttribute("data-page-float"))) return;
        const article = anchor.closest("[data-article-id]");
        messages.push(
          `A picture marked {.page-top} or {.page-bottom}${article ? ` in "${article.getAttribute("data-article-id")}"` : ""} (its place in the text is on page ${index + 1}) ` +
            "could not be placed on any page. Please report this with the issue folder; meanwhile, print it in the text without the page placement.",
        );
      });
    });
    return messages;
  };

  /** @param {{ fontTimeoutMs: number, pageProgression: "ltr" | "rtl", numberingSystem: string }} request */
  async function paginate(request) {
    const fontsReady = await Promise.race([document.fonts.ready.then(() => true), wait(request.fontTimeoutMs).then(() => false)]);
    keepNotesWithCalls();
    // @ts-ignore
    Paged.registerHandlers(ProgressHandler);
    // @ts-ignore
    if (request.pageProgression === "rtl") Paged.registerHandlers(RightToLeftPages);
    // @ts-ignore
    const previewer = new Paged.Previewer();
    const flow = await previewer.preview();
    // Margin boxes and footnote areas are created during layout and may use fonts not yet loaded.
    await Promise.race([document.fonts.ready, wait(request.fontTimeoutMs)]);

    const pages = Array.from(document.querySelectorAll(".pagedjs_page"));
    /** @type {{id: string, page: number, topPx: number}[]} */
    const articles = [];
    const seen = new Set();
    pages.forEach((pageElement, index) => {
      const pageTop = pageElement.getBoundingClientRect().top;
      pageElement.querySelectorAll("[data-article-id]").forEach((element) => {
        const id = element.getAttribute("data-article-id");
        // Paged.js can leave an empty fragment of an article at a page foot when its head moves on.
        if (!id || seen.has(id) || !(element.textContent || "").trim()) return;
        seen.add(id);
        articles.push({ id, page: index + 1, topPx: element.getBoundingClientRect().top - pageTop });
      });
    });
    const pageRefs = fillPageRefs(pages, request.numberingSystem);
    const first = /** @type {HTMLElement | undefined} */ (pages[0]);
    const warnings = [...findFontFailures(), ...findMisplacedNotes(pages), ...findUnplacedPictures(pages)];
    if (!fontsReady) warnings.push(`Fonts were still loading after ${request.fontTimeoutMs} ms; the pages were laid out anyway.`);
    return {
      pageCount: flow.total,
      // Which side of the spread each page sits on, as laid out: the tests check the mirroring.
      pageSides: pages.map((pageElement) => (pageElement.classList.contains("pagedjs_left_page") ? "left" : "right")),
      pageWidthPx: first ? first.offsetWidth : 0,
      pageHeightPx: first ? first.offsetHeight : 0,
      articles,
      pageRefs,
      warnings,
    };
  }

  /** @type {any} */ (window).pressroomPaginate = paginate;
})();
