// @ts-check
// Runs inside Chromium with Paged.js: fits a table too wide for its column with every word and figure whole (smaller type, then divided words), and reports those that divide.
/* global Paged */

(() => {
  /** What base.css reads on a cell: its words and figures may be divided anywhere, as the article's text's may. */
  const DIVIDE = "data-divide-words";
  /** On a table whose columns divide them: the columns' numbers from 1, or "all", for the warning. */
  const DIVIDED = "data-divided-columns";
  /** Pixels a table may pass its column by: rounding of widths and hairline borders. */
  const SLACK = 1;
  /** Sizes a table too wide for its column is tried in, as parts of its own (base.css's 0.88 em: down to 0.75 em of the text). */
  const SMALLER = [0.93, 0.85];

  /**
   * The cells of `table` by column, from its rows as written (Markdown's tables have no spanning cells).
   * @param {HTMLTableElement} table
   */
  const readColumns = (table) => {
    /** @type {HTMLTableCellElement[][]} */
    const columns = [];
    for (const row of Array.from(table.rows)) Array.from(row.cells).forEach((cell, index) => (columns[index] ??= []).push(cell));
    return columns;
  };

  /**
   * How `probe` (a copy of a table, out of the page's flow, as narrow as it can be) fits `room` px: whole as it
   * is; else in smaller type, as newspapers set their tables of figures; else in its own type with its widest
   * column dividing its words and figures (a column holding a long reference or address, not the amounts beside
   * it); else, in the smallest type, with every column dividing them (a table of more figures than a column
   * holds, divided alike rather than one column squeezed to two letters beside whole ones, and as little as the
   * smaller type allows). Marks the probe's cells that divide.
   * @param {HTMLTableElement} probe @param {number} room
   * @returns {{ fontSize?: string, divided: number[] }} the type size set, if any, and the indexes of the columns that divide
   */
  const fitTable = (probe, room) => {
    const fits = () => probe.getBoundingClientRect().width <= room + SLACK;
    if (fits()) return { divided: [] };
    const size = Number.parseFloat(getComputedStyle(probe).fontSize);
    const smaller = SMALLER.map((factor) => `${(size * factor).toFixed(2)}px`);
    for (const fontSize of smaller) {
      probe.style.fontSize = fontSize;
      if (fits()) return { fontSize, divided: [] };
    }
    probe.style.fontSize = "";
    const columns = readColumns(probe);
    const widths = columns.map((cells) => Math.max(...cells.map((cell) => cell.getBoundingClientRect().width)));
    const widest = widths.indexOf(Math.max(...widths));
    const divide = (/** @type {number[]} */ indexes) => indexes.forEach((index) => (columns[index] || []).forEach((cell) => cell.setAttribute(DIVIDE, "")));
    divide([widest]);
    if (fits()) return { divided: [widest] };
    const all = columns.map((_, index) => index);
    divide(all);
    return { fontSize: smaller.at(-1), divided: all };
  };

  /**
   * A table's columns are at least as wide as their widest word or figure (base.css), so "£12,345.50" and "Amount"
   * print whole. With `overflow-wrap: anywhere`, as an article's text has it, Chromium's table layout counted every
   * letter as a place to break: a column of amounts beside a column of long descriptions was given what the text
   * left it and printed "£12,3" over "45.50", "Amo" over "unt". A table whose whole words and figures are wider than
   * its column would instead run over the column beside it or off the page: it is fitted (fitTable), and the build
   * says when that divides words (findDividedTables).
   *
   * The table is measured when Paged.js places it, before any of its rows are: a copy of it as written, all rows,
   * beside the empty table placed in the column (which a table's `width: 100%` makes the column's width), out of
   * the columns' flow so they are not balanced again for it. Every part of a table carried over a break is copied
   * from the table as written, so what is set there goes with each.
   */
  // @ts-ignore Paged is the global from paged.js, loaded just before this file.
  class FitTables extends Paged.Handler {
    /** @param {Node} clone the node as placed on the page @param {Node} node the same node in the article as written */
    renderNode(clone, node) {
      if (!(clone instanceof HTMLTableElement) || !(node instanceof HTMLTableElement)) return;
      const room = clone.getBoundingClientRect().width;
      if (room < 1) return;
      const probe = /** @type {HTMLTableElement} */ (node.cloneNode(true));
      // Its notes are moved to the page's foot; and no second element may answer for an id or a Paged.js reference.
      probe.querySelectorAll(".footnote").forEach((note) => note.remove());
      for (const element of [probe, ...probe.querySelectorAll("[id], [data-ref]")]) {
        element.removeAttribute("id");
        element.removeAttribute("data-ref");
      }
      // As narrow as the table can be: width 0 gives a table its smallest width, its columns' widest words.
      probe.style.cssText = "position: absolute; visibility: hidden; width: 0; margin: 0";
      clone.after(probe);
      const fitted = fitTable(probe, room);
      probe.remove();
      if (fitted.fontSize) {
        node.style.fontSize = fitted.fontSize;
        clone.style.fontSize = fitted.fontSize;
      }
      if (!fitted.divided.length) return;
      const columns = readColumns(node);
      for (const index of fitted.divided) for (const cell of columns[index] || []) cell.setAttribute(DIVIDE, "");
      const numbers = fitted.divided.length > 1 ? "all" : String(Number(fitted.divided[0]) + 1);
      node.setAttribute(DIVIDED, numbers);
      clone.setAttribute(DIVIDED, numbers);
    }
  }

  /**
   * The tables whose words and figures divide (FitTables), once each, where each starts: its page, its place in the
   * article as written (render-article-body.ts's data-source), the column that divides (none named when all do),
   * and whether it is set across the article's columns already.
   * @param {Element[]} pages
   * @returns {{ page: number, file?: string, line?: number, article?: string, column?: { number: number, head: string }, across: boolean }[]}
   */
  const findDividedTables = (pages) =>
    pages.flatMap((pageElement, index) =>
      Array.from(pageElement.querySelectorAll(`table[${DIVIDED}]:not([data-split-from])`), (table) => {
        const [file, line] = (table.getAttribute("data-source") || "").split(/:(?=\d+$)/);
        const article = table.closest("[data-article-id]");
        const number = Number(table.getAttribute(DIVIDED));
        const head = /** @type {HTMLTableElement} */ (table).rows[0];
        const cell = number && head ? head.cells[number - 1] : undefined;
        return {
          page: index + 1,
          file: file || undefined,
          line: line ? Number(line) : undefined,
          article: article ? article.getAttribute("data-article-id") || undefined : undefined,
          column: number ? { number, head: (cell && (cell.textContent || "").replace(/\u00AD/g, "").trim()) || "" } : undefined,
          across: getComputedStyle(table).columnSpan === "all",
        };
      }),
    );

  // @ts-ignore
  Paged.registerHandlers(FitTables);
  Object.defineProperty(window, "pressroomFindDividedTables", { value: () => findDividedTables(Array.from(document.querySelectorAll(".pagedjs_page"))), writable: false });
})();
