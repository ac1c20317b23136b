// page/check-overflow.js in Chromium on hand-made pages: what runs out of a page's text area is named; a headline's glyphs standing above a tight line are not.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { useBlankPage } from "../support/browser.js";

const SCRIPT = path.resolve(import.meta.dirname, "../../src/stages/paginate/page/check-overflow.js");

const blankPage = useBlankPage();

/**
 * One page whose text area (400 by 300 px, 100 px from the top of the document) holds `content`, after a box
 * wider than the area with nothing in it, so that the page reports overflow and is searched, as Paged.js's
 * wrappers make pages do.
 */
async function findOverflow(content: string): Promise<{ page: number; text: string }[]> {
  const page = blankPage();
  await page.setContent(`<!doctype html><html><body style="margin: 0">
    <div class="pagedjs_page" style="padding-top: 100px"><div class="pagedjs_page_content" style="width: 400px; height: 300px; overflow: visible; font: 16px/20px serif">
      <div style="width: 600px; height: 1px"></div>${content}</div></div></body></html>`);
  await page.addScriptTag({ path: SCRIPT });
  return page.evaluate(() => (window as unknown as { pressroomFindOverflow(): { page: number; text: string }[] }).pressroomFindOverflow());
}

describe("check-overflow.js", () => {
  it("forgives a headline at the page's top whose glyphs stand above its tight line", async () => {
    // 40 px type on 28 px lines: the glyph boxes rise several px above the line, and so above the area.
    expect(await findOverflow('<h2 style="margin: 0; font-size: 40px; line-height: 28px">The tenants meet</h2><p>The hall was full.</p>')).toEqual([]);
  });

  it("names a line that runs past the page's foot, and a picture wider than the page", async () => {
    const pastFoot = '<p style="margin: 0; height: 290px">The hall was full.</p><p style="margin: 0">Chairs ran out before seven.</p>';
    expect(await findOverflow(pastFoot)).toEqual([{ page: 1, text: "Chairs ran out before seven." }]);
    // Named by the last part of its address, as a picture file is by its name.
    const wide = '<img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" style="display: block; width: 480px; height: 20px">';
    expect(await findOverflow(wide)).toEqual([{ page: 1, text: "the picture gif;base64,R0lGODlhAQABAAAAACw=" }]);
  });

  it("forgives the blank end of a code line that fills the column, and still names a code line past the page", async () => {
    // pre-wrap keeps spaces: those where the line wraps, and its line end, hang past the column's edge, blank.
    const code = (line: string, wrap: string) =>
      `<pre style="margin: 0; white-space: ${wrap}; font: 16px/20px monospace">${line}\nsecond line</pre>`;
    const filled = `${"x".repeat(40)}${" ".repeat(30)}tail`;
    expect(await findOverflow(code(filled, "pre-wrap"))).toEqual([]);
    expect(await findOverflow(code(`${"x".repeat(60)}`, "pre"))).toEqual([{ page: 1, text: "x".repeat(60) }]);
  });
});
