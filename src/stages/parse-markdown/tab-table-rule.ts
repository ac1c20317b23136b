// markdown-it core rule: lines pasted from a spreadsheet, their cells separated by tabs, are read as the table they were (pure).

import type { default as MarkdownIt, StateCore, Token } from "markdown-it";
import { replaceBlocks } from "./replace-blocks.js";

/**
 * Copied from a spreadsheet (or a Word table), "Day<tab>Time<tab>Place" lines printed as one paragraph, the cells
 * run together with single spaces. A paragraph of two lines or more whose every line has the same number of
 * cells, split at tabs (several tabs in a row are one, as Word aligns with them), is a table: the first line its
 * head, like a Markdown table's. It runs after the block pass, so each cell's text is read as inline Markdown
 * like any other, and the table keeps the paragraph's lines for messages.
 */
export function addTabTableRule(md: MarkdownIt): void {
  md.core.ruler.after("block", "pressroom_tab_table", readTabTables);
}

function readTabTables(state: StateCore): void {
  replaceBlocks(state.tokens, (open, inline, close) => {
    if (open.type !== "paragraph_open" || open.hidden || close.type !== "paragraph_close") return undefined;
    const rows = splitRows(inline.content);
    return rows ? makeTable(state, rows, open) : undefined;
  });
}

/** The cells of every line, or null unless each of two lines or more has the same number (two or more) at tabs. */
export function splitRows(content: string): string[][] | null {
  if (!content.includes("\t")) return null;
  const rows = content.split("\n").map((line) => line.replace(/\t+$/, "").split(/\t+/).map((cell) => cell.trim()));
  const width = rows[0]?.length ?? 0;
  return rows.length >= 2 && width >= 2 && rows.every((row) => row.length === width) ? rows : null;
}

function makeTable(state: StateCore, rows: string[][], paragraph: Token): Token[] {
  const map = paragraph.map;
  const made: Token[] = [];
  const push = (type: string, tag: string, nesting: -1 | 0 | 1, line?: number): Token => {
    const token = new state.Token(type, tag, nesting);
    token.block = true;
    if (map && line !== undefined) token.map = [map[0] + line, map[0] + line + 1];
    made.push(token);
    return token;
  };
  const table = push("table_open", "table", 1);
  if (map) table.map = [map[0], map[1]];
  rows.forEach((row, line) => {
    const head = line === 0;
    if (head) push("thead_open", "thead", 1);
    if (line === 1) push("tbody_open", "tbody", 1);
    push("tr_open", "tr", 1, line);
    for (const cell of row) {
      push(head ? "th_open" : "td_open", head ? "th" : "td", 1, line);
      const inline = push("inline", "", 0, line);
      inline.content = cell;
      inline.children = [];
      push(head ? "th_close" : "td_close", head ? "th" : "td", -1);
    }
    push("tr_close", "tr", -1);
    if (head) push("thead_close", "thead", -1);
  });
  push("tbody_close", "tbody", -1);
  push("table_close", "table", -1);
  return made;
}
