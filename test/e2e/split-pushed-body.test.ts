// An article's columns that Chromium moved whole to the next page start under their head (page/split-pushed-body.js), in real Chromium.

import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "puppeteer-core";
import { beforeEach, describe, expect, it } from "vitest";
import { pageScriptUrl } from "../../src/stages/paginate/browser-session.js";
import { useTemplateSession } from "../support/browser.js";

const FIXTURE = readFileSync(path.join(import.meta.dirname, "..", "fixtures", "pushed-body.html"), "utf8");
const TABLE_FIXTURE = readFileSync(path.join(import.meta.dirname, "..", "fixtures", "pushed-row-under-table.html"), "utf8");

/** Room under the head (px of margin above the article) with which this Chromium moves the body whole. */
const PUSHING_MARGIN = 56;

interface Geometry {
  /** The body's first fragment starts beside the page, in the column Paged.js reads as the next page. */
  pushed: boolean;
  headOnPage: boolean;
}

const session = useTemplateSession();
let page: Page;

/** What defineOffPageReader gives the page. */
interface OffPageReader {
  listLettersOffPage(body: Element, before: Range, area: DOMRect): string[];
}

/**
 * Defines, in the page, the check both kinds of split get: the letters of `body` inside `before` (the part kept
 * before the break) printed outside `area`, the page's content (the first three, each with the text after it).
 */
function defineOffPageReader(): void {
  (window as unknown as OffPageReader).listLettersOffPage = (body, before, area) => {
    const offPage: string[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const letter = document.createRange();
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let offset = 0; offset < node.length; offset++) {
        if (!/\p{L}/u.test(node.data[offset] as string) || !before.isPointInRange(node, offset + 1)) continue;
        letter.setStart(node, offset);
        letter.setEnd(node, offset + 1);
        const rect = letter.getClientRects()[0];
        if (!rect || rect.left < area.left - 1 || rect.right > area.right + 1 || rect.bottom > area.bottom + 1) offPage.push(node.data.slice(offset, offset + 12));
      }
    }
    return offPage.slice(0, 3);
  };
}

/** Opens a fixture page with the script and its helper, as each test's page; closed after the test. */
async function openFixturePage(name: string, html: string): Promise<() => Promise<void>> {
  page = await session().browser.newPage();
  await page.goto(session().server.addDocument(name, html), { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  // The script reads line heights and letters with read-line-height.js's and measure-letter.js's helpers, loaded before it as in a build.
  for (const script of ["read-line-height.js", "measure-letter.js", "split-pushed-body.js"]) await page.addScriptTag({ url: session().server.origin + pageScriptUrl(script) });
  await page.evaluate(defineOffPageReader);
  return () => page.close();
}

/** Sets the room under the article's head and reads where Chromium put the head and the body. */
function placeArticle(margin: number, bodyStyle = ""): Promise<Geometry> {
  return page.evaluate(
    (margin, bodyStyle) => {
      const area = (document.querySelector(".pagedjs_page_content > div") as HTMLElement).getBoundingClientRect();
      const body = Array.from(document.querySelectorAll(".story-body")).pop() as HTMLElement;
      (body.parentElement as HTMLElement).style.marginTop = `${margin}px`;
      body.setAttribute("style", bodyStyle);
      const head = (body.previousElementSibling as HTMLElement).getBoundingClientRect();
      return { pushed: (body.getClientRects()[0] as DOMRect).left >= area.right - 1, headOnPage: head.right <= area.right + 1 };
    },
    margin,
    bodyStyle,
  );
}

/** Calls the script as KeepLines does, with the break Paged.js found (before the head), and reads the result. */
function splitBody() {
  return page.evaluate(() => {
    const rendered = document.querySelector(".pagedjs_page_content > div") as HTMLElement;
    const body = Array.from(document.querySelectorAll(".story-body")).pop() as HTMLElement;
    const overflow = document.createRange();
    overflow.setStartBefore(body.previousElementSibling as Element);
    overflow.setEndAfter(rendered.lastChild as Node);
    const split = (window as unknown as { pressroomSplitPushedBody: (r: Range, e: Element) => Range | undefined }).pressroomSplitPushedBody(overflow, rendered);
    // Read after the split: notes put at the page foot make the page's content shorter. The content's box, where the
    // text's columns end: Paged.js's wrapper in it ends the notes' height again above that.
    const area = (document.querySelector(".pagedjs_page_content") as HTMLElement).getBoundingClientRect();
    if (!split) return { split: false, height: body.style.height };
    // Every letter of the body before the break must be printed on the page; those after it go on.
    const before = document.createRange();
    before.setStart(body, 0);
    before.setEnd(split.startContainer, split.startOffset);
    const offPage = (window as unknown as OffPageReader).listLettersOffPage(body, before, area);
    const first = body.getClientRects()[0] as DOMRect;
    return {
      split: true,
      insideBody: body.contains(split.startContainer),
      bodyTop: Math.round(first.top - (body.previousElementSibling as Element).getBoundingClientRect().bottom),
      bodyOnPage: first.right <= area.right + 1,
      lettersBefore: before.toString().replace(/[^\p{L}]/gu, "").length,
      lettersAfter: split.toString().replace(/[^\p{L}]/gu, "").length,
      /** The start of the block the break comes before, when it comes between blocks. */
      breakBefore: split.startContainer === body ? body.childNodes[split.startOffset]?.textContent?.slice(0, 30) : undefined,
      offPage,
    };
  });
}

/** Moves the body's one note into its second paragraph, with its call, and returns the start of that paragraph. */
function callNoteInSecondParagraph(): Promise<string | undefined> {
  return page.evaluate(() => {
    const body = Array.from(document.querySelectorAll(".story-body")).pop() as HTMLElement;
    const paragraph = body.querySelectorAll(":scope > p")[1] as HTMLElement;
    paragraph.append(body.querySelector("[data-note]") as HTMLElement);
    return paragraph.textContent?.slice(0, 30);
  });
}

/** Splits the body and checks it starts under the box above it (the head, or a row), most of it kept on the page and the rest carried over. */
async function expectSplitUnderBoxAbove(): Promise<void> {
  const result = await splitBody();
  expect(result).toMatchObject({ split: true, insideBody: true, bodyOnPage: true, offPage: [] });
  if (!("bodyTop" in result)) throw new Error("not split");
  // Right under the box above (its bottom margin), not on the next page.
  expect(result.bodyTop).toBeGreaterThanOrEqual(0);
  expect(result.bodyTop).toBeLessThan(20);
  expect(result.lettersBefore).toBeGreaterThan(1500);
  expect(result.lettersAfter).toBeGreaterThan(0);
}

/** The bottom of the page's content, which notes at its foot raise. */
const readContentBottom = () => page.evaluate(() => (document.querySelector(".pagedjs_page_content") as HTMLElement).getBoundingClientRect().bottom);

describe("an article's columns moved whole to the next page (page/split-pushed-body.js)", () => {
  beforeEach(() => openFixturePage("pushed-body", FIXTURE));

  it("this Chromium moves the body whole with that much room under the head (the case the script is for)", async () => {
    // If a Chromium update stops doing this, the tests below no longer test anything: find a margin again.
    expect(await placeArticle(PUSHING_MARGIN)).toEqual({ pushed: true, headOnPage: true });
    expect(await placeArticle(PUSHING_MARGIN + 1)).toEqual({ pushed: false, headOnPage: true });
  });

  it("sets the columns under the head, filled to the page foot, and breaks where they run past it", async () => {
    await placeArticle(PUSHING_MARGIN);
    await expectSplitUnderBoxAbove();
  });

  it("ends the page before the paragraph that calls a note, which Paged.js left out of the page foot, without the page scripts to place it", async () => {
    await placeArticle(PUSHING_MARGIN);
    const second = await callNoteInSecondParagraph();
    const result = await splitBody();
    expect(second).toBeTruthy();
    // The first paragraph stays on the page; the second, with its note, goes on to the next.
    expect(result).toMatchObject({ split: true, insideBody: true, offPage: [], breakBefore: second });
  });

  it("puts a note called before the break at the page foot, as Paged.js would have, and breaks again in the room left", async () => {
    await placeArticle(PUSHING_MARGIN);
    const second = await callNoteInSecondParagraph();
    const bottomBefore = await readContentBottom();
    // What keep-notes.js's placeNote does through Paged.js: the note into the page's notes area, which grows.
    await page.evaluate(() => {
      (window as unknown as { pressroomPlaceNote: (note: HTMLElement, pageArea: Element) => () => void }).pressroomPlaceNote = (note, pageArea) => {
        const inner = pageArea.querySelector(".pagedjs_footnote_inner_content") as HTMLElement;
        inner.append(note);
        (pageArea.querySelector(".pagedjs_footnote_content") as HTMLElement).classList.remove("pagedjs_footnote_empty");
        (pageArea as HTMLElement).style.setProperty("--pagedjs-footnotes-height", `${Math.ceil(inner.getBoundingClientRect().height) + 12}px`);
        return () => undefined;
      };
    });
    const result = await splitBody();
    // The note is at the page foot, which took room from the page ...
    expect(await page.evaluate(() => document.querySelector(".pagedjs_footnote_inner_content [data-note]") !== null)).toBe(true);
    expect(await readContentBottom()).toBeLessThan(bottomBefore - 10);
    // ... and the break is inside the body past the paragraph that calls it, every letter before it printed above the notes.
    expect(result).toMatchObject({ split: true, insideBody: true, offPage: [] });
    expect(result).not.toMatchObject({ breakBefore: second });
    if (!("lettersBefore" in result)) throw new Error("not split");
    expect(result.lettersBefore).toBeGreaterThan(1500);
  });

  it("still ends the page before the paragraph that calls a note the page foot cannot take, even once the note has left the text", async () => {
    await placeArticle(PUSHING_MARGIN);
    const second = await callNoteInSecondParagraph();
    // Paged.js takes out a note whose call it finds past the page, to lay it out again with its paragraph.
    await page.evaluate(() => {
      (window as unknown as { pressroomPlaceNote: (note: HTMLElement) => undefined }).pressroomPlaceNote = (note) => {
        note.remove();
        return undefined;
      };
    });
    expect(second).toBeTruthy();
    expect(await splitBody()).toMatchObject({ split: true, insideBody: true, offPage: [], breakBefore: second });
  });

  it("takes back the notes it put at the page foot when they leave too little room under the head, and leaves the article for the next page", async () => {
    await placeArticle(PUSHING_MARGIN);
    await callNoteInSecondParagraph();
    // A note so tall that the room left under the head is less than four lines: placed, then taken back.
    const taken = await page.evaluate(() => {
      const scripts = window as unknown as { pressroomPlaceNote: (note: HTMLElement, pageArea: Element) => () => void; takenBack: string[] };
      scripts.takenBack = [];
      scripts.pressroomPlaceNote = (note, pageArea) => {
        const parent = note.parentNode as Node;
        const next = note.nextSibling;
        (pageArea.querySelector(".pagedjs_footnote_inner_content") as HTMLElement).append(note);
        (pageArea as HTMLElement).style.setProperty("--pagedjs-footnotes-height", `${(pageArea as HTMLElement).getBoundingClientRect().height - 60}px`);
        return () => {
          parent.insertBefore(note, next);
          (pageArea as HTMLElement).style.removeProperty("--pagedjs-footnotes-height");
          scripts.takenBack.push(note.dataset.ref ?? "");
        };
      };
      return scripts.takenBack;
    });
    expect(taken).toEqual([]);
    expect(await splitBody()).toEqual({ split: false, height: "" });
    expect(await page.evaluate(() => (window as unknown as { takenBack: string[] }).takenBack.length)).toBe(1);
    // The note is back in its paragraph's text, where the article carries it overleaf.
    expect(await page.evaluate(() => document.querySelector(".story-body p [data-note]") !== null)).toBe(true);
  });

  it("leaves the article on the next page when its first paragraph calls a note, and takes the height back", async () => {
    await placeArticle(PUSHING_MARGIN);
    await page.evaluate(() => {
      const body = Array.from(document.querySelectorAll(".story-body")).pop() as HTMLElement;
      (body.querySelector(":scope > p") as HTMLElement).append(body.querySelector("[data-note]") as HTMLElement);
    });
    expect(await splitBody()).toEqual({ split: false, height: "" });
  });

  it("leaves the article for the next page when the picture opening its body is taller than the room under the head", async () => {
    // A fuzz issue's page: the columns were set under the head with their picture, which ran past the page's foot.
    const geometry = await page.evaluate((margin) => {
      const rendered = document.querySelector(".pagedjs_page_content > div") as HTMLElement;
      const body = Array.from(document.querySelectorAll(".story-body")).pop() as HTMLElement;
      (body.parentElement as HTMLElement).style.marginTop = `${margin}px`;
      const head = body.previousElementSibling as HTMLElement;
      const room = rendered.getBoundingClientRect().bottom - head.getBoundingClientRect().bottom;
      const figure = document.createElement("figure");
      const drawing = encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"><rect width="4" height="3" fill="#8a9"/></svg>');
      figure.innerHTML = `<img alt="" style="display: block; width: 100%; height: ${Math.round(room + 40)}px" src="data:image/svg+xml,${drawing}"><figcaption>The north wall, from the yard</figcaption>`;
      body.prepend(figure);
      return { pushed: (body.getClientRects()[0] as DOMRect).left >= rendered.getBoundingClientRect().right - 1, room: Math.round(room) };
    }, PUSHING_MARGIN);
    expect(geometry.pushed).toBe(true);
    expect(geometry.room).toBeGreaterThan(100);
    expect(await splitBody()).toEqual({ split: false, height: "" });
  });

  it("leaves a body the layout keeps whole where Chromium put it, and takes its height back", async () => {
    await placeArticle(PUSHING_MARGIN, "break-inside: avoid");
    expect(await splitBody()).toEqual({ split: false, height: "" });
  });

  it("sets the columns under a picture's row the same way, when the body after the row was moved whole", async () => {
    // The body after a {.span-N} picture's row (compose-modules.js): the row stands where the head stood, as tall.
    await page.evaluate(() => {
      const body = Array.from(document.querySelectorAll(".story-body")).pop() as HTMLElement;
      const head = body.previousElementSibling as HTMLElement;
      const row = document.createElement("div");
      row.className = "story-body";
      row.setAttribute("data-module-part", "row");
      row.style.cssText = `columns: auto; height: ${head.getBoundingClientRect().height}px; margin-bottom: ${getComputedStyle(head).marginBottom};`;
      head.replaceWith(row);
      body.setAttribute("data-module-part", "after");
    });
    expect(await placeArticle(PUSHING_MARGIN)).toEqual({ pushed: true, headOnPage: true });
    await expectSplitUnderBoxAbove();
  });

  it("leaves a body that was not moved alone", async () => {
    expect(await placeArticle(PUSHING_MARGIN + 1)).toMatchObject({ pushed: false });
    expect(await splitBody()).toEqual({ split: false, height: "" });
  });
});

describe("the columns under a table across them moved whole to the next page (page/split-pushed-body.js)", () => {
  beforeEach(() => openFixturePage("pushed-row-under-table", TABLE_FIXTURE));

  /** The room under the table (its bottom margin, px) with which this Chromium moves the columns after it whole, among 0 to 119. */
  function findPushingMargins(): Promise<number[]> {
    return page.evaluate(() => {
      const area = (document.querySelector(".pagedjs_page_content > div") as HTMLElement).getBoundingClientRect();
      const table = document.querySelector(".story-body > table.span-all") as HTMLElement;
      const margins: number[] = [];
      for (let margin = 0; margin < 120; margin++) {
        table.style.marginBottom = `${margin}px`;
        const next = (table.nextElementSibling as Element).getClientRects()[0] as DOMRect;
        if (next.left >= area.right - 1 && table.getBoundingClientRect().right <= area.right + 1) margins.push(margin);
      }
      table.style.marginBottom = "";
      return margins;
    });
  }

  /** Sets the table's bottom margin, calls the script as KeepLines does with the break Paged.js found (after the table), and reads the result. */
  function splitUnderTable(margin: number) {
    return page.evaluate((margin) => {
      const rendered = document.querySelector(".pagedjs_page_content > div") as HTMLElement;
      const area = (rendered.parentElement as HTMLElement).getBoundingClientRect();
      const body = document.querySelector(".story-body") as HTMLElement;
      const table = body.querySelector(":scope > table.span-all") as HTMLElement;
      body.removeAttribute("style");
      table.style.marginBottom = `${margin}px`;
      const next = table.nextElementSibling as Element;
      const overflow = document.createRange();
      overflow.setStartBefore(next);
      overflow.setEndAfter(rendered.lastChild as Node);
      const split = (window as unknown as { pressroomSplitPushedBody: (r: Range, e: Element) => Range | undefined }).pressroomSplitPushedBody(overflow, rendered);
      if (!split) return { split: false };
      const before = document.createRange();
      before.setStart(body, 0);
      before.setEnd(split.startContainer, split.startOffset);
      // Every letter before the break must be printed on the page, the table's and the columns' under it.
      const offPage = (window as unknown as OffPageReader).listLettersOffPage(body, before, area);
      const first = next.getClientRects()[0] as DOMRect;
      return {
        split: true,
        afterTable: split.comparePoint(table, 0) < 0 && !table.contains(split.startContainer),
        nextUnderTable: first.right <= area.right + 1 && first.top >= table.getBoundingClientRect().bottom - 1,
        lettersUnderTable: (() => {
          const under = document.createRange();
          under.setStartAfter(table);
          under.setEnd(split.startContainer, split.startOffset);
          return under.toString().replace(/[^\p{L}]/gu, "").length;
        })(),
        lettersAfter: split.toString().replace(/[^\p{L}]/gu, "").length,
        offPage,
      };
    }, margin);
  }

  it("this Chromium moves the columns after the table whole with some rooms under it (the case the script is for)", async () => {
    // If a Chromium update stops doing this at every room tried, the test below no longer tests anything: make the fixture again.
    expect((await findPushingMargins()).length).toBeGreaterThan(0);
  });

  it("sets the columns under the table, filled to the page foot, and breaks where they run past it", async () => {
    const margins = await findPushingMargins();
    for (const margin of margins) {
      const result = await splitUnderTable(margin);
      expect({ margin, ...result }).toMatchObject({ margin, split: true, afterTable: true, nextUnderTable: true, offPage: [] });
      if (!("lettersUnderTable" in result)) throw new Error("not split");
      // About half the page's height of three columns under the table, rather than none.
      expect(result.lettersUnderTable).toBeGreaterThan(1000);
      expect(result.lettersAfter).toBeGreaterThan(0);
    }
  });
});
