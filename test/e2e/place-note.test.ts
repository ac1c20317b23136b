// A note put at the page foot by keep-notes.js's placeNote, through Paged.js's own footnote handler, on a page Paged.js laid out, and taken back.

import { describe, expect, it } from "vitest";
import { useLaidOutFixture } from "../support/laid-out-fixture.js";

const laidOut = useLaidOutFixture({
  "issue.md": "---\ntitle: The Note Gazette\nnumber: 5\ndate: 2026-05-01\nlanguages: [en]\nlayout: bulletin\n---\n",
  "01-a.md": "---\ntitle: Market\n---\n\nThe market opens on Saturday at the bridge.[^1]\n\nStalls are free for growers from the valley.\n\n[^1]: Every Saturday from May to October.\n",
});

/** In the page: a note appended to `paragraph`, as Paged.js leaves one in the text when it first sees the call past the page. */
const ADD_NOTE = `window.__addNote = (paragraph, ref, text) => {
  const note = document.createElement("span");
  note.className = "footnote";
  note.dataset.note = "footnote";
  note.dataset.ref = ref;
  note.dataset.notePolicy = "auto";
  note.textContent = text;
  paragraph.append(note);
  return note;
};`;
type MakeNote = { __addNote(paragraph: HTMLElement, ref: string, text: string): HTMLElement };

describe("placeNote (page/keep-notes.js), for a note a moved break keeps on its page", () => {
  it("puts a note still in the text at its page's foot, with its call, as Paged.js does for a call it lays out", async () => {
    await laidOut().evaluate(ADD_NOTE);
    const placed = await laidOut().evaluate(() => {
      const paragraph = document.querySelectorAll(".pagedjs_page .story-body p")[1] as HTMLElement;
      const note = (window as unknown as MakeNote).__addNote(paragraph, "placed-note", "A note the test placed.");
      const pageArea = paragraph.closest(".pagedjs_area") as HTMLElement;
      const before = { html: paragraph.innerHTML, notesHeight: pageArea.style.getPropertyValue("--pagedjs-footnotes-height"), attributes: note.getAttributeNames().sort().join(" ") };
      const takeBack = (window as unknown as { pressroomPlaceNote: (n: HTMLElement, a: Element) => (() => void) | undefined }).pressroomPlaceNote(note, pageArea);
      const atFoot = {
        done: typeof takeBack === "function",
        atFoot: pageArea.querySelector(".pagedjs_footnote_inner_content")?.contains(note) ?? false,
        call: paragraph.querySelector('[data-footnote-call="placed-note"]') !== null,
        notesHeight: pageArea.style.getPropertyValue("--pagedjs-footnotes-height"),
      };
      takeBack?.();
      const takenBack = { html: paragraph.innerHTML, notesHeight: pageArea.style.getPropertyValue("--pagedjs-footnotes-height"), attributes: note.getAttributeNames().sort().join(" ") };
      return { atFoot, before, takenBack };
    });
    expect(placed.atFoot.done).toBe(true);
    expect(placed.atFoot.atFoot).toBe(true);
    expect(placed.atFoot.call).toBe(true);
    // The page's notes area grew to hold it.
    expect(parseFloat(placed.atFoot.notesHeight)).toBeGreaterThan(0);
    // Taken back (a break that falls before its call after all): in the text as it was, no call, the notes area as it was.
    expect(placed.takenBack).toEqual(placed.before);
  });
});

describe("snapshotNotes (page/keep-notes.js), for a page laid out again from its top", () => {
  it("takes out the notes placed since, keeps those there before, and sizes the notes' area as it was", async () => {
    await laidOut().evaluate(ADD_NOTE);
    const outcome = await laidOut().evaluate(() => {
      const scripts = window as unknown as {
        pressroomSnapshotNotes: (pageArea: Element) => () => void;
        pressroomPlaceNote: (n: HTMLElement, a: Element) => (() => void) | undefined;
      };
      const page = document.querySelector(".pagedjs_page") as HTMLElement;
      const area = page.querySelector(".pagedjs_area") as HTMLElement;
      const inner = page.querySelector(".pagedjs_footnote_inner_content") as HTMLElement;
      const notes = () => Array.from(inner.querySelectorAll("[data-note='footnote']"), (note) => note.getAttribute("data-ref"));
      const state = () => ({ notes: notes(), notesHeight: area.style.getPropertyValue("--pagedjs-footnotes-height") });
      // The page's own note, placed by Paged.js, stands for one carried over from the page before.
      const before = state();
      const reset = scripts.pressroomSnapshotNotes(area);
      const paragraph = page.querySelectorAll(".story-body p")[1] as HTMLElement;
      const note = (window as unknown as MakeNote).__addNote(paragraph, "second-layout-note", "A note the layout since placed.");
      scripts.pressroomPlaceNote(note, area);
      const placed = state();
      reset();
      return { before, placed, after: state() };
    });
    expect(outcome.before.notes).toHaveLength(1);
    expect(outcome.placed.notes).toEqual([...outcome.before.notes, "second-layout-note"]);
    expect(parseFloat(outcome.placed.notesHeight)).toBeGreaterThan(parseFloat(outcome.before.notesHeight));
    // Taken out (the page's next layout places it again, on whichever page its call lands); the note there before stays.
    expect(outcome.after).toEqual(outcome.before);
  });
});
