// Asks the laid-out page for paragraphs split to one line and headings parted from their text, and warns the editor of each.

import type { Page } from "puppeteer-core";
import type { BuildWarning } from "../../diagnostics/warnings.js";

/** What page/check-breaks.js reports for each defect. */
export interface BreakDefect {
  kind: "orphan" | "widow" | "heading" | "headline";
  page: number;
  /** 1-based column, 0 for the page as a whole. */
  column: number;
  text: string;
}

/**
 * Chromium keeps two lines of a paragraph together at column breaks (orphans, widows) and a heading with
 * its text (break-after: avoid), and page/keep-together.js makes Paged.js do the same at page breaks; this
 * checks the result, because a layout can still leave no other way (a heading before a picture that does
 * not fit, a paragraph of three lines in a short column).
 */
export async function reportBreakDefects(page: Page, edition: string, warn: (warning: BuildWarning) => void): Promise<BreakDefect[]> {
  const defects = await page.evaluate(() => (window as unknown as { pressroomFindBreakDefects(): BreakDefect[] }).pressroomFindBreakDefects());
  for (const defect of defects) warn({ code: "break-defect", message: describeDefect(defect), hint: HINT, edition });
  return defects;
}

const HINT = "Lengthen or shorten the text before it by a line or two, or move a picture, and build again.";

/** The warning's words for one defect, for an editor. */
export function describeDefect(defect: BreakDefect): string {
  const where = defect.column > 0 ? `page ${defect.page}, column ${defect.column}` : `page ${defect.page}`;
  const quoted = `“${defect.text}${defect.text.length >= 60 ? "…" : ""}”`;
  if (defect.kind === "orphan") return `On ${where}, the paragraph starting ${quoted} leaves only its first line at the foot of the column.`;
  if (defect.kind === "widow") return `On ${where}, only the last line of the paragraph starting ${quoted} is carried to the top of the column.`;
  if (defect.kind === "heading") return `On ${where}, the heading ${quoted} is the last line of the column, apart from the text it heads.`;
  // Alone at the foot, or at the top above a page picture with its text overleaf: either way none of the article is under it.
  return `On ${where}, the headline ${quoted} has none of its article under it: the article starts on the next page.`;
}
