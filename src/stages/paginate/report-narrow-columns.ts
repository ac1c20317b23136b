// Asks the laid-out pages for articles whose `columns:` makes columns too narrow to read, and warns the editor at that line.

import type { Page } from "puppeteer-core";
import type { SourceLocation } from "../../diagnostics/errors.js";
import type { BuildWarning } from "../../diagnostics/warnings.js";
import { quoteTitle } from "../../diagnostics/quote-title.js";

/**
 * An article's body and the columns it runs in, as page/measure-columns.js measures them on the laid-out page (in
 * CSS px) or `check` estimates them from the paper (in mm): its text width, column gap and text size in one unit.
 */
export interface ColumnsMeasure {
  id: string;
  columns: number;
  width: number;
  gap: number;
  em: number;
  /** Millimetres in one unit of width, gap and em. */
  mmPerUnit: number;
  /** Where the article first prints; undefined for `check`'s estimate, made before any layout. */
  page?: number;
}

/** An article set in columns narrower than it should be. */
export interface NarrowColumns {
  id: string;
  columns: number;
  widthMm: number;
  widthEm: number;
  /** Where the article first prints; undefined for `check`'s estimate, made before any layout. */
  page?: number;
  /** The most columns that stay at least MIN_COLUMN_EM wide there. */
  most: number;
}

/**
 * A column narrower than this many times its text's size holds fewer than about 20 characters a line (Latin
 * letters average half an em, spaces included), where a newspaper column holds 30 to 45: long words break on
 * almost every line and justified lines gape. The layouts' own columns are about 16 em.
 */
export const MIN_COLUMN_EM = 10;

/** The columns of `measure` when narrower than MIN_COLUMN_EM of its text's size, with the most that would not be; else undefined. */
export function findNarrowColumns({ id, columns, width, gap, em, mmPerUnit, page }: ColumnsMeasure): NarrowColumns | undefined {
  const column = (width - (columns - 1) * gap) / columns;
  if (columns < 2 || column >= MIN_COLUMN_EM * em) return undefined;
  const most = Math.max(1, Math.floor((width + gap) / (MIN_COLUMN_EM * em + gap)));
  return { id, columns, widthMm: column * mmPerUnit, widthEm: column / em, page, most };
}

/** The part of an article the warning needs: its headline, and where its front matter sets `columns:`. */
export interface ColumnsArticle {
  id: string;
  title: string;
  columnsAt?: SourceLocation;
}

/**
 * `columns: 5` is a fine choice on A3 and unreadable on an A5 bulletin (columns about 21 mm wide), and the
 * front matter cannot know the paper: the laid-out page is measured, and the line that asked is pointed at.
 */
export async function reportNarrowColumns(
  page: Page,
  articles: readonly ColumnsArticle[],
  edition: string,
  warn: (warning: BuildWarning) => void,
): Promise<NarrowColumns[]> {
  const measures = await page.evaluate(() => (window as unknown as { pressroomMeasureColumns(): ColumnsMeasure[] }).pressroomMeasureColumns());
  const found = measures.map(findNarrowColumns).filter((narrow) => narrow !== undefined);
  const byId = new Map(articles.map((article) => [article.id, article]));
  for (const narrow of found) {
    const article = byId.get(narrow.id);
    warn({ ...describeNarrowColumns(narrow, article?.title ?? narrow.id), location: article?.columnsAt, edition });
  }
  return found;
}

/** The warning's words for one article, for an editor. */
export function describeNarrowColumns(narrow: NarrowColumns, title: string): Pick<BuildWarning, "code" | "message" | "hint"> {
  const characters = Math.round(narrow.widthEm * 2);
  const fewer = narrow.most === 1 ? "`columns: 1`" : `\`columns: ${narrow.most}\` or fewer`;
  return {
    code: "narrow-columns",
    message:
      `${quoteTitle(title)} is set in ${narrow.columns} columns about ${Math.round(narrow.widthMm)} mm wide${narrow.page === undefined ? "" : ` (page ${narrow.page})`}: ` +
      `about ${characters} characters to a line, where a newspaper column holds 30 to 45. Long words break on most lines and spaces gape.`,
    hint: `Use ${fewer} in the article's front matter for this paper, or take the \`columns:\` line out to use the layout's columns.`,
  };
}
