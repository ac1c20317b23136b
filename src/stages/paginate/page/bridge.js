// @ts-check
// Runs inside Chromium after Paged.js and the other page scripts: lays the document out and reports plain data back to Node.
/* global Paged */

(() => {
  /** @param {any} message */
  const report = (message) => {
    const send = /** @type {any} */ (window).__pressroomReport;
    if (typeof send === "function") send(message).catch(() => undefined);
  };

  /** What the other page scripts (fill-page-refs.js, keep-notes.js, page-floats.js, check-integrity.js, pace-overflow-checks.js ...) define for this one. */
  const scripts = /** @type {any} */ (window);

  /** @param {number} ms */
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  // @ts-ignore Paged is the global from paged.js, loaded just before this file.
  class ProgressHandler extends Paged.Handler {
    /** @param {HTMLElement} pageElement @param {any} page */
    afterPageLayout(pageElement, page) {
      const articles = pageElement.querySelectorAll("[data-article-id]");
      const last = articles[articles.length - 1];
      // The page before this one is done (this page's handlers may still place pictures on this one): its pictures'
      // print sizes are known.
      const done = pageElement.previousElementSibling;
      const pictures = done && done.querySelector("img") ? scripts.pressroomMeasurePagePictures(done) : undefined;
      report({ type: "page", page: page.position + 1, articleId: last ? last.getAttribute("data-article-id") : undefined, pictures });
    }
  }

  /** The document's page progression, set as it is prepared, and whether the handlers are registered (once per page). */
  const progression = { rtl: false, registered: false };

  /**
   * Paged.js numbers pages for left-to-right books only: page 1 is a right-hand page (a TODO in its
   * chunker). A right-to-left book opens the other way, so its page 1 is a left-hand page: swapping
   * the two classes before each page is laid out mirrors margins, margin boxes and :left/:right rules.
   */
  // @ts-ignore
  class RightToLeftPages extends Paged.Handler {
    /** @param {any} page */
    beforePageLayout(page) {
      if (!progression.rtl) return;
      const element = /** @type {HTMLElement} */ (page.element);
      const isLeft = page.position % 2 === 0;
      element.classList.toggle("pagedjs_left_page", isLeft);
      element.classList.toggle("pagedjs_right_page", !isLeft);
    }
  }

  /** Time Paged.js spends loading fonts before its first page (Chunker.loadFonts), for the fonts stage. */
  const fontLoading = { started: 0, ms: 0 };
  // @ts-ignore
  class TimeFonts extends Paged.Handler {
    afterParsed() {
      fontLoading.started = performance.now();
    }
    beforePageLayout() {
      if (fontLoading.started && !fontLoading.ms) fontLoading.ms = performance.now() - fontLoading.started;
    }
  }

  /**
   * Before adding a chunk of content, Paged.js waits for its pictures, asking each loaded one for its computed
   * size (and throwing the answer away): a forced style and layout of the whole growing document per picture,
   * seconds at 200 pages. Pictures already loaded are skipped; the others are waited for as before.
   */
  const skipLoadedPictures = (/** @type {any} */ prototype) => {
    const waitForImages = prototype.waitForImages;
    /** @param {ArrayLike<HTMLImageElement>} images */
    prototype.waitForImages = function (images) {
      const pending = Array.from(images).filter((image) => !image.complete);
      return pending.length ? waitForImages.call(this, pending) : Promise.resolve();
    };
  };

  /**
   * Paged.js measures each new page's text area as it creates it (Page.create): a forced layout of the page, about
   * 6 ms each, 1.2 s at 201 pages. Every page is created from the same template with nothing of its own yet
   * (left, right, first and named-page classes come later, in its layout), so every new text area measures as
   * the first did: later pages are given that measure instead of laying the page out for it.
   */
  // @ts-ignore
  class MeasurePageAreaOnce extends Paged.Handler {
    /** @param {Element} _pageElement @param {any} page */
    afterPageLayout(_pageElement, page) {
      const prototype = Object.getPrototypeOf(page);
      if (prototype.pressroomMeasuresOnce) return;
      prototype.pressroomMeasuresOnce = true;
      const create = prototype.create;
      /** @param {any[]} args */
      prototype.create = function (...args) {
        // Kept on the pages' container, which each layout (each copyfitting trial) makes anew.
        const known = this.pagesArea && this.pagesArea.pressroomAreaSize;
        if (!known) {
          const created = create.apply(this, args);
          if (this.pagesArea) this.pagesArea.pressroomAreaSize = { width: this.width, height: this.height };
          return created;
        }
        const measure = Element.prototype.getBoundingClientRect;
        Element.prototype.getBoundingClientRect = function () {
          return this.classList.contains("pagedjs_page_content") ? new DOMRect(0, 0, known.width, known.height) : measure.call(this);
        };
        try {
          return create.apply(this, args);
        } finally {
          Element.prototype.getBoundingClientRect = measure;
        }
      };
    }
  }

  /**
   * Paged.js lays out one page per animation frame (its Queue ticks on requestAnimationFrame), so Chrome waits
   * for a frame and paints the whole growing document between pages: at 200 pages, seconds of nothing but
   * painting. A message task per page keeps the layout asynchronous (images and fonts still load) without
   * waiting for frames; unlike setTimeout, it is not held back 4 ms once the calls nest.
   * @param {{ tick: (callback: () => void) => void }} queue
   */
  const tickWithoutFrames = (queue) => {
    const channel = new MessageChannel();
    /** @type {(() => void)[]} */
    const waiting = [];
    channel.port1.onmessage = () => {
      const next = waiting.shift();
      if (next) next();
    };
    queue.tick = (callback) => {
      waiting.push(callback);
      channel.port2.postMessage(undefined);
    };
  };

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
   * How far down the last page's text area something is printed, 0 to 1: the lowest line, picture or box
   * of its content (footnotes included, the running footer not).
   * @param {Element[]} pages
   */
  const measureLastPageFill = (pages) => {
    const last = pages[pages.length - 1];
    const area = last && last.querySelector(".pagedjs_area");
    if (!last || !area) return 0;
    const bounds = area.getBoundingClientRect();
    let lowest = bounds.top;
    /** @param {DOMRect} rect */
    const reach = (rect) => {
      if (rect.width > 0.5 && rect.height > 0.5 && rect.top < bounds.bottom) lowest = Math.max(lowest, Math.min(rect.bottom, bounds.bottom));
    };
    // Text and pictures only: the boxes that hold them (the text area itself, columns) are as tall as the page.
    const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node.textContent || "").trim()) continue;
      range.selectNodeContents(node);
      Array.from(range.getClientRects()).forEach(reach);
    }
    area.querySelectorAll("img, svg").forEach((picture) => reach(picture.getBoundingClientRect()));
    return bounds.height > 0 ? (lowest - bounds.top) / bounds.height : 0;
  };

  /**
   * What the first layout took from the document as loaded, kept for the next: copyfitting lays the same page out
   * again at other sizes instead of loading it anew (a load and its fonts cost more than a layout). Set once per
   * document (another edition's can be put in its place: replace-document.js); each layout's previewer is recorded
   * so the next can take its pages and styles away.
   * @typedef {{ root: Element, pristine: DocumentFragment, stylesheets: Promise<any[]>, pictures: Promise<unknown>, source: any, usedFonts: any, previewer?: any, variables: string[] }} PreparedDocument
   * @type {PreparedDocument | undefined}
   */
  let prepared;

  /**
   * Reads what only the document as loaded can tell (used fonts need computed styles, the source text the body),
   * registers the handlers (once per page), and takes the body into Paged.js's template and the stylesheets out, once.
   * @param {any} previewer @param {{ pageProgression: "ltr" | "rtl", allFonts?: boolean }} request
   * @returns {PreparedDocument}
   */
  const prepareDocument = (previewer, request) => {
    // Read before Paged.js takes the text out of the document, where styles are no longer computed.
    const usedFonts = request.allFonts ? undefined : scripts.pressroomListUsedFonts();
    scripts.pressroomKeepNotesWithCalls();
    // The text as written, read before Paged.js takes the document apart; compared with the pages afterwards.
    const source = scripts.pressroomReadSourceText();
    progression.rtl = request.pageProgression === "rtl";
    // Handlers stay registered for the page's life: a document put in place of this one (replace-document.js) uses them too.
    if (!progression.registered) {
      progression.registered = true;
      // @ts-ignore
      Paged.registerHandlers(ProgressHandler, scripts.pressroomPaceOverflowChecks, MeasurePageAreaOnce, TimeFonts, RightToLeftPages);
      scripts.pressroomPatchLayout("pressroomSkipsLoaded", skipLoadedPictures);
    }
    // Paged.js takes the document into a template before laying out its pages (as preview() would); the style
    // holding the body back while the page loaded (add-page-scripts.ts) goes only then, so the document is
    // never laid out as one long page: at 200 pages that layout alone took seconds.
    // Held for every layout of this document (wait-for-pictures.js), and loaded before the first.
    const pictures = scripts.pressroomKeepPicturesLoaded(document.body);
    const content = previewer.wrapContent();
    const stylesheets = readStylesheets(previewer.removeStyles());
    const hold = document.getElementById("pressroom-hold-layout");
    if (hold) hold.remove();
    // Paged.js adds references to and rewrites the content it lays out: each layout gets its own copy.
    return { root: document.documentElement, pristine: content.cloneNode(true), stylesheets, pictures, source, usedFonts, variables: [] };
  };

  /**
   * The stylesheets as Paged.js takes them given as text ({ address: text }), each read once per page: given by
   * address, Paged.js fetched every stylesheet again for each layout, and each fetch went through Node (request
   * interception) and back, a wait in every copyfitting trial. The address stays the key: relative url()s in a
   * stylesheet are resolved against it.
   * @param {any[]} stylesheets
   */
  const readStylesheets = (stylesheets) =>
    Promise.all(stylesheets.map(async (sheet) => (typeof sheet === "string" ? { [sheet]: await (await fetch(sheet)).text() } : sheet)));

  /**
   * Sets copyfitting's sizes (read by the layout's stylesheet through var()) and unsets those of a layout before.
   * @param {PreparedDocument} prepared_ @param {Record<string, string>} variables
   */
  const setVariables = (prepared_, variables) => {
    const root = document.documentElement.style;
    for (const name of prepared_.variables) if (!(name in variables)) root.removeProperty(name);
    for (const [name, value] of Object.entries(variables)) root.setProperty(name, value);
    prepared_.variables = Object.keys(variables);
  };

  /** @param {{ fontTimeoutMs: number, pageProgression: "ltr" | "rtl", numberingSystem: string, variables?: Record<string, string>, allFonts?: boolean }} request */
  async function paginate(request) {
    // A layout before this one (another copyfitting trial): its pages and Paged.js's styles go.
    if (prepared && prepared.previewer) {
      prepared.previewer.chunker.destroy();
      prepared.previewer.polisher.destroy();
      prepared.previewer = undefined;
    }
    // Another edition's document was put in place of the one prepared.
    if (prepared && prepared.root !== document.documentElement) prepared = undefined;
    fontLoading.started = 0;
    fontLoading.ms = 0;
    const started = performance.now();
    const fontsReady = await Promise.race([document.fonts.ready.then(() => true), wait(request.fontTimeoutMs).then(() => false)]);
    const fontsDone = performance.now();
    // @ts-ignore
    const previewer = new Paged.Previewer();
    prepared ??= prepareDocument(previewer, request);
    // Before anything is laid out; what the first layout reads from the document does not depend on them.
    setVariables(prepared, request.variables || {});
    prepared.previewer = previewer;
    const { source } = prepared;
    const usedFonts = request.allFonts ? undefined : prepared.usedFonts;
    tickWithoutFrames(previewer.chunker.q);
    /** @type {Set<FontFace> | undefined} */
    let loadedFonts;
    // Paged.js would load every face declared (see load-used-fonts.js); only those the text uses are loaded.
    if (usedFonts) previewer.chunker.loadFonts = async () => void (loadedFonts = await scripts.pressroomLoadFonts(usedFonts));
    await prepared.pictures;
    const flow = await previewer.preview(prepared.pristine.cloneNode(true), await prepared.stylesheets);
    // Margin boxes and footnote areas are created during layout and may use fonts not yet loaded.
    await Promise.race([document.fonts.ready, wait(request.fontTimeoutMs)]);
    const laidOut = performance.now();
    const unaskedFonts = loadedFonts ? scripts.pressroomFindUnaskedFonts(loadedFonts) : [];

    const pages = Array.from(document.querySelectorAll(".pagedjs_page"));
    /** @type {{id: string, page: number, topPx: number, words: number}[]} */
    const articles = [];
    /** @type {Map<string, {id: string, page: number, topPx: number, words: number}>} */
    const seen = new Map();
    pages.forEach((pageElement, index) => {
      const pageTop = pageElement.getBoundingClientRect().top;
      pageElement.querySelectorAll("[data-article-id]").forEach((element) => {
        const id = element.getAttribute("data-article-id");
        const text = (element.textContent || "").trim();
        // Paged.js can leave an empty fragment of an article at a page foot when its head moves on.
        if (!id || !text) return;
        // A table's head printed again on a later page (repeat-table-heads.js) was written once: its words count once.
        const repeated = Array.from(element.querySelectorAll(".repeated-head"), (head) => (head.textContent || "").trim()).filter(Boolean);
        const words = text.split(/\s+/).length - repeated.reduce((sum, head) => sum + head.split(/\s+/).length, 0);
        const known = seen.get(id);
        if (known) {
          known.words += words;
          return;
        }
        const placement = { id, page: index + 1, topPx: element.getBoundingClientRect().top - pageTop, words };
        seen.set(id, placement);
        articles.push(placement);
      });
    });
    const pageRefs = scripts.pressroomFillPageRefs(pages, request.numberingSystem);
    const first = /** @type {HTMLElement | undefined} */ (pages[0]);
    const warnings = [...findFontFailures(), ...scripts.pressroomFindMisplacedNotes(pages), ...scripts.pressroomFindUnplacedPictures(pages)];
    if (!fontsReady) warnings.push(`Fonts were still loading after ${request.fontTimeoutMs} ms; the pages were laid out anyway.`);
    const lastPageFill = measureLastPageFill(pages);
    const { problems: integrity, pageTexts } = scripts.pressroomCompareWithPages(source);
    return {
      pageCount: flow.total,
      // Which side of the spread each page sits on, as laid out: the tests check the mirroring.
      pageSides: pages.map((pageElement) => (pageElement.classList.contains("pagedjs_left_page") ? "left" : "right")),
      pageWidthPx: first ? first.offsetWidth : 0,
      pageHeightPx: first ? first.offsetHeight : 0,
      articles,
      pageRefs,
      warnings,
      lastPageFill,
      integrity,
      pageTexts,
      unaskedFonts,
      timings: { fontsMs: fontsDone - started + fontLoading.ms, layoutMs: laidOut - fontsDone - fontLoading.ms, checksMs: performance.now() - laidOut },
    };
  }

  /** @type {any} */ (window).pressroomPaginate = paginate;
})();
