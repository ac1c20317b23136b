// Notes at a page's foot in Paged.js's own footnote handler as page/keep-notes.js mends it: a call on the page's last line goes on with its note, a call after text begun a column earlier is measured on its own line, and the notes' area never grows under lines laid out beside it.

import { describe, expect, it } from "vitest";
import { useLaidOutFixture } from "../support/laid-out-fixture.js";
import { makeMeetingSentence } from "../support/word-lists.js";

const paragraph = (seed: number) => Array.from({ length: 4 }, (_, i) => makeMeetingSentence(14 + ((seed + i) % 5), seed * 4 + i)).join(" ");

const laidOut = useLaidOutFixture({
  "issue.md": "---\ntitle: The Note Gazette\nnumber: 6\ndate: 2026-05-01\nlanguages: [en]\nlayout: bulletin\n---\n",
  "01-a.md": `---\ntitle: The winter market\n---\n\n${Array.from({ length: 28 }, (_, i) => paragraph(i)).join("\n\n")}\n`,
});

/** In the page, what Paged.js's Footnotes handler and keep-notes.js see: the handler's class, and a page's parts. */
const PAGE_HELPERS = `
  window.__notesTest = {
    handlerClass: () => Paged.registeredHandlers.find((handler) => typeof handler.prototype.moveFootnote === "function"),
    parts: (index) => {
      const page = document.querySelectorAll(".pagedjs_page")[index];
      return {
        page,
        area: page.querySelector(".pagedjs_area"),
        content: page.querySelector(".pagedjs_page_content"),
        noteArea: page.querySelector(".pagedjs_footnote_area"),
        noteContent: page.querySelector(".pagedjs_footnote_content"),
        inner: page.querySelector(".pagedjs_footnote_inner_content"),
      };
    },
    makeNote: (ref, words) => {
      const note = document.createElement("span");
      note.className = "footnote";
      note.dataset.note = "footnote";
      note.dataset.ref = ref;
      note.dataset.notePolicy = "auto";
      note.textContent = Array.from({ length: words }, (_, i) => ["winter", "market", "stalls", "open", "early"][i % 5]).join(" ") + ".";
      return note;
    },
    // A note as Paged.js's moveFootnote leaves it in the notes' area.
    markNote: (note) => {
      note.dataset.footnoteMarker = note.dataset.ref;
      note.id = "note-" + note.dataset.ref;
      return note;
    },
  };
`;

describe("a note at a page's foot (page/keep-notes.js)", () => {
  it("moves the call's line on with its note, instead of leaving the note a sliver of room above the foot", async () => {
    const page = laidOut();
    await page.evaluate(PAGE_HELPERS);
    const placed = await page.evaluate(() => {
      const test = (window as any).__notesTest;
      const { area, content } = test.parts(0);
      // The page's last line: the end of the last text in its columns (the paragraph goes on overleaf).
      const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
      let last: Text | undefined;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node.textContent || "").trim() && (node.parentElement as HTMLElement).closest("p")) last = node as Text;
      if (!last) return undefined;
      // The note goes in after the last line's second word, so its call stays on that line.
      const range = document.createRange();
      const topAt = (offset: number) => {
        range.setStart(last as Text, offset);
        range.setEnd(last as Text, offset + 1);
        return range.getBoundingClientRect().top;
      };
      const text = last.textContent || "";
      const end = text.trimEnd().length - 1;
      const lastTop = topAt(end);
      let start = end;
      while (start > 0 && Math.abs(topAt(start - 1) - lastTop) < 2) start--;
      // A last line 4 px above the foot, as on the page the layout fuzz found (an article's head above set the
      // lines there): the text area is made shorter by the rest of the room under that line, which stays in place.
      topAt(end);
      const gap = (area as HTMLElement).getBoundingClientRect().bottom - range.getBoundingClientRect().bottom;
      (area as HTMLElement).style.height = `${(area as HTMLElement).getBoundingClientRect().height - (gap - 4)}px`;
      const lineStayed = Math.abs(topAt(end) - lastTop) < 0.5;
      const cut = text.indexOf(" ", text.indexOf(" ", start) + 1);
      (last as Text).splitText(cut);
      const note = test.makeNote("last-line-note", 30);
      (last.parentNode as Node).insertBefore(note, last.nextSibling);
      // Where the call will be: the note's first letter, still in the text (in its smaller type), is on the last line.
      range.setStart(note.firstChild as Text, 0);
      range.setEnd(note.firstChild as Text, 1);
      const noteTop = range.getBoundingClientRect().top;
      const callOnLastLine = noteTop > lastTop - 1 && noteTop < lastTop + 8;
      const areaBottom = (area as HTMLElement).getBoundingClientRect().bottom;
      (window as any).pressroomPlaceNote(note, area);
      return {
        lineStayed,
        callOnLastLine,
        callLineTop: lastTop,
        areaBottom,
        notesHeight: parseFloat((area as HTMLElement).style.getPropertyValue("--pagedjs-footnotes-height")),
      };
    });
    expect(placed).toBeDefined();
    const { callLineTop, areaBottom, notesHeight, callOnLastLine, lineStayed } = placed!;
    expect(lineStayed).toBe(true);
    expect(callOnLastLine).toBe(true);
    // The notes' area reaches up to the call's line, so Paged.js carries that line (and the call) to the next page,
    // where the note is laid out with it. Before the mend it stayed a few pixels tall (4 px in the build found by
    // the layout fuzz), the note hung below the page, and Paged.js then moved it on alone.
    expect(notesHeight).toBeGreaterThanOrEqual(areaBottom - callLineTop - 3);
  });

  it("gives a note the room under its call's own line when the text before the call began a column earlier", async () => {
    const page = laidOut();
    await page.evaluate(PAGE_HELPERS);
    const placed = await page.evaluate(() => {
      const test = (window as any).__notesTest;
      const range = document.createRange();
      const boxOf = (text: Text, offset: number) => {
        range.setStart(text, offset);
        range.setEnd(text, offset + 1);
        return range.getBoundingClientRect();
      };
      // A paragraph's text that runs from the foot of a page's first column into its second, on a page the other
      // tests leave as laid out; the note goes in after its last word in the second column.
      const pages = document.querySelectorAll(".pagedjs_page");
      for (let index = 2; index < pages.length; index++) {
        const { area, content, noteArea, inner } = test.parts(index);
        const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node as Text;
          if (!(text.parentElement as HTMLElement).matches("p") || text.length < 200) continue;
          const middle = (content as HTMLElement).getBoundingClientRect().left + (content as HTMLElement).getBoundingClientRect().width / 2;
          if (boxOf(text, 0).right > middle) continue;
          const spaces = Array.from((text.textContent || "").matchAll(/ /g), (match) => match.index as number);
          const inSecond = spaces.filter((offset) => boxOf(text, offset - 1).left > middle && boxOf(text, offset - 1).width > 0);
          if (!inSecond.length) continue;
          const lineHeight = parseFloat(getComputedStyle(text.parentElement as HTMLElement).lineHeight);
          const at = inSecond[inSecond.length - 1] as number;
          // Where Paged.js measured the call: the text before it, from its start; here, the first column's foot.
          range.setStart(text, 0);
          range.setEnd(text, at);
          const measuredBottom = range.getBoundingClientRect().bottom;
          if (measuredBottom < (content as HTMLElement).getBoundingClientRect().bottom - 2 * lineHeight) continue;
          const callLine = boxOf(text, at - 1);
          text.splitText(at);
          const note = test.makeNote("note-in-second-column", 12);
          (text.parentNode as Node).insertBefore(note, text.nextSibling);
          (window as any).pressroomPlaceNote(note, area);
          const call = content.querySelector('[data-footnote-call="note-in-second-column"]');
          return {
            columnFootBelowCall: (content as HTMLElement).getBoundingClientRect().bottom - callLine.bottom,
            atFoot: inner.contains(note),
            noteLineHeight: parseFloat(getComputedStyle(note).lineHeight),
            noteTop: note.getBoundingClientRect().top,
            noteBottom: note.getBoundingClientRect().bottom,
            areaTop: (noteArea as HTMLElement).getBoundingClientRect().top,
            areaBottom: Math.min((noteArea as HTMLElement).getBoundingClientRect().bottom, (inner as HTMLElement).getBoundingClientRect().bottom),
            callBottom: call ? call.getBoundingClientRect().bottom : undefined,
          };
        }
      }
      return undefined;
    });
    expect(placed, "a page with a paragraph from one column into the next").toBeDefined();
    const { columnFootBelowCall, atFoot, noteLineHeight, noteTop, noteBottom, areaTop, areaBottom, callBottom } = placed!;
    // The call stands well above the page's foot, where the text before it began (the first column's foot).
    expect(columnFootBelowCall).toBeGreaterThan(3 * noteLineHeight);
    // So the whole short note is printed at this page's foot, under its call. Before the mend Paged.js measured the
    // call at the first column's foot and gave the note a 3 px area, its box hanging below the page (or, with less
    // room still, sent it to the next page).
    expect(atFoot).toBe(true);
    expect(noteBottom).toBeLessThanOrEqual(areaBottom + 1);
    expect(areaBottom - noteTop).toBeGreaterThanOrEqual(noteLineHeight - 1.5);
    expect(callBottom).toBeDefined();
    expect(callBottom!).toBeLessThanOrEqual(areaTop + 1);
  });

  it("never grows the notes' area once the page is laid out, when the notes that overflow it go on to the next page", async () => {
    const page = laidOut();
    await page.evaluate(PAGE_HELPERS);
    const after = await page.evaluate(() => {
      const test = (window as any).__notesTest;
      const { page: pageElement, area, content, noteArea, noteContent, inner } = test.parts(1);
      // As Paged.js leaves a page whose first note was given only the room above its call's line: a 4 px area
      // holding a note two lines tall.
      area.style.setProperty("--pagedjs-footnotes-height", "4px");
      noteContent.classList.remove("pagedjs_footnote_empty");
      inner.append(test.markNote(test.makeNote("overflowing-note", 30)));
      const contentBottom = content.getBoundingClientRect().bottom;
      const Footnotes = test.handlerClass();
      const handler = new Footnotes();
      // A page followed by another (a break token), laid out with the layout's own settings.
      handler.afterPageLayout(pageElement, { footnotesArea: noteArea }, { node: undefined }, { settings: {}, clonePage: () => undefined });
      return {
        notesHeight: area.style.getPropertyValue("--pagedjs-footnotes-height"),
        movedOn: handler.needsLayout.length,
        leftInArea: inner.querySelectorAll("[data-note='footnote']").length,
        contentBottomMoved: content.getBoundingClientRect().bottom - contentBottom,
      };
    });
    // The note went on to the next page, as Paged.js does.
    expect(after.movedOn).toBe(1);
    expect(after.leftInArea).toBe(0);
    // The area kept the height the body was laid out beside (Paged.js sized it again to its margins and padding,
    // 13 px, which put the page's last line below the text area: it printed past the page and was lost from the PDF).
    expect(after.notesHeight).toBe("4px");
    expect(after.contentBottomMoved).toBe(0);
  });
});
