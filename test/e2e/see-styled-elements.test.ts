// Real Paged.js in Chromium: see-styled-elements.js keeps an element with a style attribute counted as displayed, so a head's break-after: avoid reaches it.

import type { Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { PAGED_JS_URL, pageScriptUrl } from "../../src/stages/paginate/browser-session.js";
import { useTemplateSession } from "../support/browser.js";

const useSession = useTemplateSession();

const CSS = ".gone { display: none; } .head { break-after: avoid; }";
const BODY = `<div class="head" id="head">Roof repairs</div>
<div class="body" id="styled" style="column-count: 1"><p>The scaffolding went up on Monday.</p></div>
<p class="gone" id="gone-by-rule">Hidden by the stylesheet.</p>
<p style="display: none" id="gone-by-attribute">Hidden by its style attribute.</p>`;

/** Lays BODY out through Paged.js (with see-styled-elements.js unless `bare`) and reads each element's marks. */
async function readMarks(bare: boolean): Promise<Record<string, { undisplayed: boolean; previousBreakAfter: string | null }>> {
  const session = useSession();
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${CSS}</style></head><body>${BODY}</body></html>`;
  const url = session.server.addDocument(`styled-${Math.random().toString(36).slice(2)}`, html);
  const page: Page = await session.browser.newPage();
  try {
    await page.goto(url, { waitUntil: "load" });
    const scripts = [PAGED_JS_URL, pageScriptUrl("paged-global.js"), ...(bare ? [] : [pageScriptUrl("see-styled-elements.js")])];
    for (const script of scripts) await page.addScriptTag({ url: session.server.origin + script });
    return await page.evaluate(async () => {
      const paged = (window as unknown as { Paged: { Previewer: new () => { preview(): Promise<unknown> } } }).Paged;
      await new paged.Previewer().preview();
      // Paged.js keeps an element's id as data-id on the pages.
      return Object.fromEntries(
        ["styled", "gone-by-rule", "gone-by-attribute"].map((id) => {
          const element = document.querySelector(`.pagedjs_page [data-id="${id}"]`) as HTMLElement | null;
          return [id, { undisplayed: element?.dataset.undisplayed === "undisplayed", previousBreakAfter: element?.getAttribute("data-previous-break-after") ?? null }];
        }),
      );
    });
  } finally {
    await page.close();
  }
}

describe("see-styled-elements.js", () => {
  it("leaves an element whose style attribute does not hide it displayed, so the head before it keeps it on its page; hidden ones stay marked", async () => {
    expect(await readMarks(false)).toEqual({
      styled: { undisplayed: false, previousBreakAfter: "avoid" },
      "gone-by-rule": { undisplayed: true, previousBreakAfter: null },
      "gone-by-attribute": { undisplayed: true, previousBreakAfter: null },
    });
  });

  it("is needed: Paged.js alone marks every element with a style attribute as not displayed, and the avoid passes it by", async () => {
    const bare = await readMarks(true);
    expect(bare.styled).toEqual({ undisplayed: true, previousBreakAfter: null });
  });
});
