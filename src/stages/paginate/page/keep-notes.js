// @ts-check
// Runs inside Chromium before bridge.js: keeps each footnote on its call's page (placing those a moved break keeps there, and taking back those of a page laid out again), and finds those that could not be kept.
/* global Paged */

(() => {
  /** The Footnotes handler of the layout in progress (Paged.js makes one per layout), for placeNote. */
  /** @type {{ notes: any }} */
  const layingOut = { notes: undefined };

  /**
   * Puts a note at the page foot as Paged.js does when it lays out the note's call on the page (the call made,
   * the notes' area grown, this file's keepNotesWithCalls applied), for a note Paged.js left in the text
   * because it first saw the call past the page, where a later break keeps it (split-pushed-body.js). When
   * the note is now at the foot of `pageArea` (the page's .pagedjs_area), returns what takes it back: the
   * note where its call was made, with the attributes it had, and the notes' area as it was. A break that in
   * the end falls before the call must take it back, or the note printed at this page's foot and again with
   * its call overleaf (the build stopped: "page-foot notes printed twice").
   * @param {HTMLElement} note @param {Element} pageArea
   * @returns {(() => void) | undefined}
   */
  const placeNote = (note, pageArea) => {
    if (!layingOut.notes) return undefined;
    const inner = pageArea.querySelector(".pagedjs_footnote_inner_content");
    const attributes = note.getAttributeNames().map((name) => [name, note.getAttribute(name) || ""]);
    const restoreArea = snapshotNotes(pageArea);
    // A note hidden while its page's break is mended (keep-lines.js) is shown: at the foot it takes its room, which
    // Paged.js measures as it moves it there. (Taken back, it is hidden again with its attributes.)
    note.style.removeProperty("display");
    layingOut.notes.moveFootnote(note, pageArea, true);
    if (!inner || !inner.contains(note)) return undefined;
    return () => {
      // Paged.js made the call where the note stood in the text.
      const call = pageArea.querySelector(`[data-footnote-call="${CSS.escape(attributes.find(([name]) => name === "data-ref")?.[1] || "")}"]`);
      if (call) call.replaceWith(note);
      else note.remove();
      for (const name of note.getAttributeNames()) note.removeAttribute(name);
      for (const [name, value] of attributes) note.setAttribute(name, value);
      restoreArea();
    };
  };

  /**
   * Runs Paged.js's moveFootnote with the note's call measured where it is. Paged.js takes the call's line to
   * end where the text node before it ends on the page, measuring from that node's start: in an article's
   * columns the node can begin at the foot of the column before, so a call a third of the page higher was
   * taken to be at the foot, and its note given the room under it: less than a line (the note's first line
   * printed cut off at the page's foot, lost from the PDF) or none (the note sent overleaf, away from its
   * call). The node's last letter is split off for the measure, so it starts on the call's line, and joined
   * again at once: the text is the same node as before, for the layout's break tokens.
   * @param {Function} move Paged.js's moveFootnote @param {any} handler @param {HTMLElement} node
   * @param {HTMLElement} pageArea @param {boolean} needsNoteCall
   */
  const moveMeasuringFromCall = (move, handler, node, pageArea, needsNoteCall) => {
    const before = node.previousSibling;
    if (!needsNoteCall || !(before instanceof Text) || before.length < 2) return move.call(handler, node, pageArea, needsNoteCall);
    const last = before.splitText(before.length - 1);
    try {
      return move.call(handler, node, pageArea, needsNoteCall);
    } finally {
      before.appendData(last.data);
      last.remove();
    }
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
    // @ts-ignore Paged.registeredHandlers holds Paged.js's own handler classes, found by a method: the minified build loses their names.
    const Footnotes = Paged.registeredHandlers.find((handler) => typeof handler.prototype.moveFootnote === "function");
    if (!Footnotes || Footnotes.prototype.__pressroomKeepsNotes) return;
    const moveFootnote = Footnotes.prototype.moveFootnote;
    const afterParsed = Footnotes.prototype.afterParsed;
    const afterPageLayout = Footnotes.prototype.afterPageLayout;
    Footnotes.prototype.__pressroomKeepsNotes = true;
    /** @this {any} @param {any[]} args */
    Footnotes.prototype.afterParsed = function (...args) {
      layingOut.notes = this;
      return afterParsed.apply(this, args);
    };
    /**
     * Once a page is laid out, Paged.js moves the notes that overflow the notes' area to the next page and sizes
     * the area again for those left, its margins and padding included: for a note given only the sliver above
     * its call's line, the area then grew (4 to 14 px) and took the body's last line below the page's text area,
     * after that line was laid out there: it printed past the page and was lost from the PDF. The area keeps
     * the height the body was laid out beside whenever the new one would be taller; what is left in it fitted.
     * @this {any} @param {HTMLElement} pageElement @param {any[]} rest
     */
    Footnotes.prototype.afterPageLayout = function (pageElement, ...rest) {
      const area = /** @type {HTMLElement | null} */ (pageElement.querySelector(".pagedjs_area"));
      const before = area ? area.style.getPropertyValue("--pagedjs-footnotes-height") : "";
      const result = afterPageLayout.call(this, pageElement, ...rest);
      const after = area ? area.style.getPropertyValue("--pagedjs-footnotes-height") : "";
      if (area && before && parseFloat(after) > parseFloat(before)) area.style.setProperty("--pagedjs-footnotes-height", before);
      return result;
    };
    /** @this {any} @param {HTMLElement} node @param {HTMLElement} pageArea @param {boolean} needsNoteCall */
    Footnotes.prototype.moveFootnote = function (node, pageArea, needsNoteCall) {
      const result = moveMeasuringFromCall(moveFootnote, this, node, pageArea, needsNoteCall);
      if (!needsNoteCall || !(node instanceof HTMLElement) || (node.dataset.notePolicy || "auto") !== "auto") return result;
      const inner = pageArea.querySelector(".pagedjs_footnote_inner_content");
      const noteArea = pageArea.querySelector(".pagedjs_footnote_area");
      const content = pageArea.querySelector(".pagedjs_page_content");
      const call = pageArea.querySelector(`[data-footnote-call="${CSS.escape(node.dataset.ref || "")}"]`);
      if (!inner || !noteArea || !content || !call || !inner.contains(node)) return result;
      const lineHeight = /** @type {any} */ (window).pressroomReadLineHeight(node);
      // Room for the note's lines that must stay under the call (to a pixel's rounding): Paged.js splits the
      // rest to the next page. The room is what the notes' area was given: when Paged.js stops the area just
      // above a call on the page's last line, the note's own box is as tall as the note and hangs below it. And
      // only inside the page: for a call whose line ends a pixel below the page's text, Paged.js gives the area a
      // height of -1px, which CSS ignores, and the area, as tall as the note, hung below the page; the note, in
      // it, was taken to have room, and was printed nowhere (the build stopped, a note's text missing).
      const pageBottom = pageArea.getBoundingClientRect().bottom;
      const noteBox = node.getBoundingClientRect();
      const room = Math.min(inner.getBoundingClientRect().bottom, noteArea.getBoundingClientRect().bottom, pageBottom) - noteBox.top;
      // Chromium splits the notes' area (Paged.js's findOverflow) leaving two lines at least after the break
      // (CSS's widows): a two-line note given room for one went overleaf whole (17 px under its call's line, 13 px
      // lines); a three-line note given as much kept its first line there.
      const needed = Math.round(noteBox.height / lineHeight) === 2 ? noteBox.height : lineHeight;
      if (room >= needed - 1.5) return result;
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
      const bodyLineHeight = /** @type {any} */ (window).pressroomReadLineHeight(call.parentElement || content);
      if (callTop - content.getBoundingClientRect().top < 3 * bodyLineHeight) return result;
      const areaBounds = noteArea.getBoundingClientRect();
      // A call whose note gets no room sits a few lines above the notes (the last lines of its column, or
      // level with other notes' room); a line top found further up is a wrong measurement, and growing the
      // note area that far would empty the page.
      if (Math.floor(areaBounds.top) - callTop > 6 * bodyLineHeight) return result;
      // From the top of the call's line to the area's foot, and no further than the page's (an area hanging below it).
      const height = Math.min(areaBounds.height, pageBottom - areaBounds.top) + Math.floor(areaBounds.top) - callTop;
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
   * What a page's notes' area holds before its layout (the notes carried over from the page before), kept so the
   * page can be laid out again from its top: the returned function takes out the notes the layouts since placed,
   * and the notes Paged.js queued for the next page meanwhile, and sizes the area as it was. Paged.js clears a
   * page's text when it lays it out again, not its notes: a note whose call the second layout put on the next
   * page stayed at this page's foot and printed twice (the build stopped), where a row of pictures went back
   * into the text (wait-picture-rows.js) or a page picture was placed and taken out (page-floats.js); placeNote's
   * take-back restores the area with it too.
   * @param {Element} pageArea the page's .pagedjs_area
   * @returns {() => void}
   */
  const snapshotNotes = (pageArea) => {
    const area = /** @type {HTMLElement} */ (pageArea);
    const content = pageArea.querySelector(".pagedjs_footnote_content");
    const inner = /** @type {HTMLElement | null} */ (pageArea.querySelector(".pagedjs_footnote_inner_content"));
    if (!content || !inner) return () => undefined;
    const carried = new Set(Array.from(inner.childNodes));
    const notesHeight = area.style.getPropertyValue("--pagedjs-footnotes-height");
    const innerHeight = inner.style.height;
    const empty = content.classList.contains("pagedjs_footnote_empty");
    const handler = layingOut.notes;
    const queued = handler && Array.isArray(handler.needsLayout) ? handler.needsLayout.length : undefined;
    return () => {
      for (const child of Array.from(inner.childNodes)) if (!carried.has(child)) child.remove();
      if (notesHeight) area.style.setProperty("--pagedjs-footnotes-height", notesHeight);
      else area.style.removeProperty("--pagedjs-footnotes-height");
      inner.style.height = innerHeight;
      content.classList.toggle("pagedjs_footnote_empty", empty);
      if (handler && queued !== undefined && handler === layingOut.notes) handler.needsLayout.length = queued;
    };
  };

  Object.defineProperty(window, "pressroomKeepNotesWithCalls", { value: keepNotesWithCalls, writable: false });
  /**
   * What lays `page` out again from its top with `layout` (the Paged.js layout a handler's page.layout wraps, or the
   * handler's own wrapper of it), its notes as they are now, before the page's first layout (snapshotNotes): for the
   * handlers that may lay a page out more than once (fit-pictures-at-breaks.js, page-floats.js,
   * split-parallel-rows.js, start-lead-on-front-page.js, wait-picture-rows.js).
   * @param {any} page @param {Function} layout @param {DocumentFragment} source @param {any} token @param {number} maxChars
   * @returns {() => Promise<any>}
   */
  const prepareLayOutAgain = (page, layout, source, token, maxChars) => {
    const resetNotes = snapshotNotes(page.area.parentElement);
    return () => {
      resetNotes();
      return layout.call(page, source, token, maxChars);
    };
  };

  Object.defineProperty(window, "pressroomSnapshotNotes", { value: snapshotNotes, writable: false });
  Object.defineProperty(window, "pressroomPrepareLayOutAgain", { value: prepareLayOutAgain, writable: false });
  Object.defineProperty(window, "pressroomPlaceNote", { value: placeNote, writable: false });
  Object.defineProperty(window, "pressroomFindMisplacedNotes", { value: findMisplacedNotes, writable: false });
})();
