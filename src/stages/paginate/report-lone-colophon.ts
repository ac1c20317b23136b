// Asks the laid-out pages whether the last one prints nothing but the colophon, and warns the editor if so.

import type { Page } from "puppeteer-core";
import type { BuildWarning } from "../../diagnostics/warnings.js";

/**
 * When the articles end a line or two short of room for the colophon on their last page, keep-lines.js gives the
 * colophon the last paragraph's last lines; when what ends them is a table, a picture or a parallel row, the
 * colophon goes on alone: a sheet printed, and a page read, for the paper's name and address. Nothing is wrong with
 * the text, so the build goes on, but the editor is told while a few lines cut (or an article added) can still
 * save the page.
 */
export async function reportLoneColophon(page: Page, edition: string, warn: (warning: BuildWarning) => void): Promise<number> {
  const lone = await page.evaluate(() => (window as unknown as { pressroomFindLoneColophon(): number }).pressroomFindLoneColophon());
  if (lone > 0) warn({ ...describeLoneColophon(lone), edition });
  return lone;
}

/** The warning's words, for an editor. */
export function describeLoneColophon(pageNumber: number): Pick<BuildWarning, "code" | "message" | "hint"> {
  return {
    code: "colophon-alone",
    message: `The last page, page ${pageNumber}, prints only the colophon (the paper's name, issue and contacts): the articles end on page ${pageNumber - 1}, just short of room for it.`,
    hint: `Shorten the articles by a few lines so the colophon fits on page ${pageNumber - 1}, or add an article or a picture to fill page ${pageNumber}.`,
  };
}
