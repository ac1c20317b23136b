// Asks the laid-out pages for anything running out of a page's text area, and warns the editor of each page where something does.

import type { Page } from "puppeteer-core";
import type { BuildWarning } from "../../diagnostics/warnings.js";

/** What page/check-overflow.js reports: the page and the text (or picture) reaching furthest out of it. */
export interface PageOverflow {
  page: number;
  text: string;
}

/**
 * The integrity check compares text, not where it lies: text or a picture past the text area printed over the
 * margin or was cut at the paper's edge while the build said nothing (a long code line, a tall picture, a
 * project layout's own CSS). Each such page is told.
 */
export async function reportOverflow(page: Page, edition: string, warn: (warning: BuildWarning) => void): Promise<PageOverflow[]> {
  const found = await page.evaluate(() => (window as unknown as { pressroomFindOverflow(): PageOverflow[] }).pressroomFindOverflow());
  for (const { page: number, text } of found) {
    const what = text.startsWith("the picture ") ? text : `“${text}${text.length >= 60 ? "…" : ""}”`;
    warn({
      code: "page-overflow",
      message: `On page ${number}, ${what} runs past the page's text area: it prints over the margin or is cut off at the paper's edge.`,
      hint: "Shorten or break the long word or line, make the picture smaller, or check the layout's own CSS for fixed widths and heights.",
      edition,
    });
  }
  return found;
}
