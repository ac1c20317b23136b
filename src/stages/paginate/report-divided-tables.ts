// Asks the laid-out pages for tables too wide for their column with every word whole, and warns the editor at each table's line.

import type { Page } from "puppeteer-core";
import type { BuildWarning } from "../../diagnostics/warnings.js";
import { quoteTitle } from "../../diagnostics/quote-title.js";

/** What page/fit-tables.js reports for each table some of whose columns divide their words and figures. */
export interface DividedTable {
  page: number;
  /** The article file and line the table is written at, when known. */
  file?: string;
  line?: number;
  /** The article it prints in (its data-article-id). */
  article?: string;
  /** The one column that divides them, numbered from 1 with the text of its head (empty when it has none); none when all do. */
  column?: { number: number; head: string };
  /** Whether it is set across the article's columns already ({.span-all}). */
  across: boolean;
}

/**
 * A table is as wide as its longest words and figures need, so none is divided; one whose whole words and figures
 * would not fit its column, even in smaller type, divides some instead of running over the next column, which an
 * editor must hear of: a reference or an amount printed over two lines can be misread.
 */
export async function reportDividedTables(
  page: Page,
  articles: readonly { id: string; title: string }[],
  edition: string,
  warn: (warning: BuildWarning) => void,
): Promise<DividedTable[]> {
  const tables = await page.evaluate(() => (window as unknown as { pressroomFindDividedTables(): DividedTable[] }).pressroomFindDividedTables());
  const titles = new Map(articles.map((article) => [article.id, article.title]));
  for (const table of tables) {
    const location = table.file ? { file: table.file, ...(table.line !== undefined && { line: table.line, column: 1 }) } : undefined;
    warn({ ...describeDividedTable(table, table.article === undefined ? undefined : titles.get(table.article)), ...(location && { location }), edition });
  }
  return tables;
}

/** The warning's words for one table, for an editor. */
export function describeDividedTable(table: DividedTable, title: string | undefined): Pick<BuildWarning, "code" | "message" | "hint"> {
  const where = title === undefined ? `on page ${table.page}` : `in ${quoteTitle(title)} (page ${table.page})`;
  const room = table.across ? "the page" : "its column";
  const head = table.column?.head;
  const named = head ? quoteTitle(head.length > 40 ? `${head.slice(0, 40)}…` : head) : `number ${table.column?.number}`;
  const which = table.column ? `the words and figures of its column ${named} are` : "its words and figures are";
  return {
    code: "table-too-wide",
    message: `A table ${where} is too wide for ${room} with every word and figure whole, even in smaller type: ${which} divided between lines where they must be.`,
    hint: table.across
      ? "Shorten its longest words or figures (a long reference or address), take out a column, or split the table in two."
      : "Write {.span-all} on the line after the table to set it across the article's columns, or shorten its longest words or figures (a long reference or address).",
  };
}
