// Reads how a laid-out issue's paragraphs meet its page breaks: lines past a page, words cut at a page turn, parts of one line.

import type { Page } from "puppeteer-core";

export interface PageBreakReport {
  pages: number;
  /** Parts of paragraphs split at a break (a page's or a column's), each side counted. */
  split: number;
  /** Paragraphs with a line outside their page's text area, as "page N: “first words…”". */
  outside: string[];
  /** Parts of split paragraphs with fewer than two lines. */
  alone: string[];
  /** The ends of words Paged.js cut at a break (it marks their text and adds the hyphen itself). */
  cutWords: string[];
  /**
   * Words cut in two by a split with no hyphen between (the part before ends in a letter, the part after starts with
   * one), as "page N: “…end|start…”": a split made inside a word hyphenated at a line's end.
   */
  joinedWords: string[];
}

/** The report for the paragraphs matching `paragraphs` (a CSS selector) on the laid-out pages in `page`. */
export function readPageBreaks(page: Page, paragraphs: string): Promise<PageBreakReport> {
  return page.evaluate((selector) => {
    const pages = [...document.querySelectorAll(".pagedjs_page")];
    /** The lines of `element`, the rects of one line merged. */
    const readLines = (element: Element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const lines: { top: number; bottom: number; left: number; right: number }[] = [];
      for (const rect of range.getClientRects()) {
        if (rect.width < 0.5 || rect.height < 0.5) continue;
        const line = lines.find((box) => Math.abs(box.top - rect.top) < rect.height / 2 && Math.abs(box.left - rect.left) < 600);
        if (line) line.right = Math.max(line.right, rect.right);
        else lines.push({ top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right });
      }
      return lines;
    };
    const outside: string[] = [];
    const alone: string[] = [];
    let split = 0;
    pages.forEach((pageElement, index) => {
      const area = (pageElement.querySelector(".pagedjs_area") as Element).getBoundingClientRect();
      for (const paragraph of pageElement.querySelectorAll(selector)) {
        const lines = readLines(paragraph);
        const where = `page ${index + 1}: “${(paragraph.textContent ?? "").slice(0, 30)}…”`;
        if (lines.some((line) => line.bottom > area.bottom + 0.5 || line.left < area.left - 0.5 || line.right > area.right + 0.5)) outside.push(where);
        const isPart = paragraph.hasAttribute("data-split-from") || paragraph.hasAttribute("data-continues");
        if (isPart) split++;
        if (isPart && lines.length < 2) alone.push(`${where} (${lines.length} line)`);
      }
    });
    const cutWords = [...document.querySelectorAll(".pagedjs_hyphen")].filter((node) => node.closest(selector)).map((node) => (node.textContent ?? "").slice(-30));
    const joinedWords: string[] = [];
    const parts = [...document.querySelectorAll(selector)];
    parts.forEach((rest, index) => {
      const from = rest.getAttribute("data-split-from");
      // The part it goes on from: the last one before it with that ref (each page holds its own copy).
      const before = from ? parts.slice(0, index).reverse().find((part) => part.getAttribute("data-ref") === from) : undefined;
      if (!before || before.querySelector(".pagedjs_hyphen")) return;
      const end = (before.textContent ?? "").replace(/\u00AD/g, "");
      const start = (rest.textContent ?? "").replace(/\u00AD/g, "");
      const page = pages.findIndex((pageElement) => pageElement.contains(rest)) + 1;
      if (/\p{L}$/u.test(end) && /^\p{L}/u.test(start)) joinedWords.push(`page ${page}: “…${end.slice(-12)}|${start.slice(0, 12)}…”`);
    });
    return { pages: pages.length, split, outside, alone, cutWords, joinedWords };
  }, paragraphs);
}
