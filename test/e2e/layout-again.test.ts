// Copyfitting lays one browser page out again at other sizes (page/bridge.js keeps the document as loaded): each layout must be the one a fresh page makes.

import type { Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import type { PaginateRequest, PaginateResponse } from "../../src/shared/browser-messages.js";
import { addPageScripts } from "../../src/stages/paginate/add-page-scripts.js";
import { useTemplateSession } from "../support/browser.js";

const session = useTemplateSession();

const SMALL = { "--fit-type": "0.8000", "--fit-leading": "0.9000", "--fit-pictures": "0.6000" };
const LARGE = { "--fit-type": "1.2000", "--fit-leading": "1.1000", "--fit-pictures": "1.0000" };

/** A one-sheet notice long enough to run over two or three sides. */
function writeNotice(): string {
  const paragraph = (n: number) =>
    `<p>Paragraph ${n}: the tenants' committee meets on the first Monday of each month in the library hall, and every household on the estate is welcome to bring questions about repairs, rents and the new bus route.</p>`;
  const articles = [1, 2, 3]
    .map(
      (a) => `<article data-article-id="a${a}" id="a${a}"><h2 class="headline">Notice ${a}</h2>
${Array.from({ length: 9 }, (_, n) => paragraph(a * 10 + n)).join("\n")}</article>`,
    )
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="/fonts/fonts.css"><link rel="stylesheet" href="/templates/_shared/base.css"><link rel="stylesheet" href="/templates/_shared/fitted.css"><link rel="stylesheet" href="/templates/sheet/style.css">
</head><body>${articles}</body></html>`;
}

interface Looked {
  response: PaginateResponse;
  /** Each page's text, as laid out. */
  pages: string[];
  /** Styles Paged.js inserted, and the root's custom properties: a layout before must leave none of its own. */
  insertedStyles: number;
  rootStyle: string;
}

async function openNotice(): Promise<Page> {
  const page = await session().browser.newPage();
  await page.goto(session().server.addDocument("again", addPageScripts(writeNotice())), { waitUntil: "load" });
  return page;
}

async function layOut(page: Page, variables?: Record<string, string>): Promise<Looked> {
  const request: PaginateRequest = { fontTimeoutMs: 10_000, pageProgression: "ltr", numberingSystem: "latn", variables };
  const response = await page.evaluate((req) => (window as unknown as { pressroomPaginate(r: PaginateRequest): Promise<PaginateResponse> }).pressroomPaginate(req), request);
  const looked = await page.evaluate(() => ({
    pages: Array.from(document.querySelectorAll(".pagedjs_page"), (element) => (element.textContent ?? "").replace(/\s+/g, " ").trim()),
    insertedStyles: document.querySelectorAll("style[data-pagedjs-inserted-styles]").length,
    rootStyle: document.documentElement.style.cssText,
  }));
  return { response, ...looked };
}

/** What must match between two layouts at the same sizes (timings differ from run to run). */
const compare = ({ response, ...rest }: Looked) => ({
  ...rest,
  pageCount: response.pageCount,
  lastPageFill: response.lastPageFill,
  articles: response.articles,
  pageRefs: response.pageRefs,
  integrity: response.integrity,
  warnings: response.warnings,
});

describe("laying a page out again", () => {
  it("gives the layout a fresh page gives, at the new sizes, with nothing left of the one before", async () => {
    const reused = await openNotice();
    const fresh = await openNotice();
    try {
      const small = await layOut(reused, SMALL);
      const large = await layOut(reused, LARGE);
      const freshLarge = await layOut(fresh, LARGE);
      // The sizes matter (or the comparison proves nothing): larger type takes more sides.
      expect(large.response.pageCount).toBeGreaterThan(small.response.pageCount);
      expect(compare(large)).toEqual(compare(freshLarge));
      expect(large.pages).toHaveLength(large.response.pageCount);
      expect(large.response.integrity).toEqual([]);
    } finally {
      await Promise.all([reused.close(), fresh.close()]);
    }
  }, 60_000);

  it("takes away sizes the next layout does not set, so the layout's own sizes come back", async () => {
    const reused = await openNotice();
    const fresh = await openNotice();
    try {
      await layOut(reused, LARGE);
      const natural = await layOut(reused);
      expect(natural.rootStyle).toBe("");
      expect(compare(natural)).toEqual(compare(await layOut(fresh)));
    } finally {
      await Promise.all([reused.close(), fresh.close()]);
    }
  }, 60_000);

  it("gives every page's text area the column width it measures, though only the first page is measured (bridge.js MeasurePageAreaOnce)", async () => {
    const page = await openNotice();
    try {
      for (const variables of [SMALL, LARGE]) {
        await layOut(page, variables);
        const areas = await page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLElement>(".pagedjs_page_content"), (area) => ({ set: area.style.columnWidth, measured: `${Math.round(area.getBoundingClientRect().width)}px` })),
        );
        // At the large sizes the notice runs over more than one page, so later pages were given the first's measure.
        if (variables === LARGE) expect(areas.length).toBeGreaterThan(1);
        for (const area of areas) expect(area.set).toBe(area.measured);
      }
    } finally {
      await page.close();
    }
  }, 60_000);
});
