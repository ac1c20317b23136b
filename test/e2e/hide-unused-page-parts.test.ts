// Real Paged.js in Chromium: hide-unused-page-parts.js takes out of layout only the margin boxes and bleed strips no @page rule uses.

import type { Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { PAGED_JS_URL, pageScriptUrl } from "../../src/stages/paginate/browser-session.js";
import { useTemplateSession } from "../support/browser.js";

const SCRIPT_URL = pageScriptUrl("hide-unused-page-parts.js");

interface PartsReport {
  pages: number;
  /** Bleed strips laid out on the first page, and crop marks shown there. */
  bleeds: number;
  cropMarks: number;
  /** Margin-box groups (their holders' classes, less "pagedjs_margin-") laid out on the first page. */
  shown: string[];
  /** What each margin box laid out on each page shows (its `content`, as computed), by box. */
  texts: Record<string, string>[];
}

const useSession = useTemplateSession();

/** Lays out `body` with `css` (a stylesheet each) in its head through Paged.js (and hide-unused-page-parts.js unless `bare`), and reads its parts. */
async function layOut(css: string | string[], body: string, bare = false): Promise<PartsReport> {
  const styles = [css].flat().map((sheet) => `<style>${sheet}</style>`).join("");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">${styles}</head><body>${body}</body></html>`;
  const session = useSession();
  const url = session.server.addDocument(`margins-${Math.random().toString(36).slice(2)}`, html);
  const page: Page = await session.browser.newPage();
  try {
    await page.goto(url, { waitUntil: "load" });
    for (const script of bare ? [PAGED_JS_URL, pageScriptUrl("paged-global.js")] : [PAGED_JS_URL, pageScriptUrl("paged-global.js"), SCRIPT_URL]) {
      await page.addScriptTag({ url: session.server.origin + script });
    }
    return await page.evaluate(async () => {
      const paged = (window as unknown as { Paged: { Previewer: new () => { preview(): Promise<{ total: number }> } } }).Paged;
      const flow = await new paged.Previewer().preview();
      const pages = [...document.querySelectorAll(".pagedjs_page")];
      const holders = [...(pages[0]?.querySelectorAll(".pagedjs_pagebox > [class^='pagedjs_margin-']") ?? [])];
      return {
        pages: flow.total,
        bleeds: [...(pages[0]?.querySelectorAll(".pagedjs_bleed") ?? [])].filter((bleed) => bleed.getClientRects().length > 0).length,
        cropMarks: [...(pages[0]?.querySelectorAll(".pagedjs_marks-crop") ?? [])].filter((mark) => mark.getClientRects().length > 0).length,
        shown: holders.filter((holder) => holder.getClientRects().length > 0).map((holder) => holder.className.replace("pagedjs_margin-", "")),
        texts: pages.map((page) =>
          Object.fromEntries(
            [...page.querySelectorAll(".pagedjs_margin.hasContent")]
              .filter((box) => box.getClientRects().length > 0)
              .map((box) => [box.className.replace(/.*pagedjs_margin-(\S+).*/, "$1"), getComputedStyle(box.querySelector(".pagedjs_margin-content") as Element, "::after").content]),
          ),
        ),
      };
    });
  } finally {
    session.server.removeDocument(url);
    await page.close();
  }
}

const TEXT = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1} of the parish notes, long enough to fill a few lines of the page.</p>`).join("");
const PAGE = "@page { size: 100mm 80mm; margin: 12mm; }";

describe("hide-unused-page-parts.js", () => {
  it("lays out only the foot's boxes when only the foot has content, and they show what Paged.js alone shows", async () => {
    const css = `${PAGE} @page { @bottom-left { content: "Parish notes"; } @bottom-right { content: counter(page); } @top-center { content: none; } }`;
    const hidden = await layOut(css, TEXT);
    const bare = await layOut(css, TEXT, true);
    expect(hidden.shown).toEqual(["bottom"]);
    // Without the script Paged.js lays out all eight groups, and the four bleed strips.
    expect(bare.shown).toHaveLength(8);
    expect(hidden.bleeds).toBe(0);
    expect(bare.bleeds).toBe(4);
    expect(hidden.pages).toBeGreaterThan(2);
    expect(hidden.pages).toBe(bare.pages);
    // Every page's folio and running title, the same as Paged.js alone prints them.
    expect(hidden.texts).toEqual(bare.texts);
    expect(hidden.texts[1]).toEqual({ "bottom-left": '"Parish notes"', "bottom-right": "counter(page)" });
  });

  it("keeps every group a rule fills, whichever stylesheet and page selector the rule is in", async () => {
    // Paged.js reads each stylesheet in turn: the first fills no margin box, the last fills the left margin.
    const css = [PAGE, `@page :first { @top-right-corner { content: "Corner"; } } @page { @top-center { content: "Top"; } }`, `@page :left { @left-middle { content: "Left"; } }`];
    const report = await layOut(css, TEXT);
    expect(report.shown.sort()).toEqual(["left", "top", "top-right-corner-holder"]);
    expect(report.texts[0]).toEqual({ "top-center": '"Top"', "top-right-corner": '"Corner"' });
    // Page 2 is a left-hand page: its left margin's middle box is printed.
    expect(report.texts[1]).toEqual({ "top-center": '"Top"', "left-middle": '"Left"' });
  });

  it("keeps the bleed strips and their crop marks when an @page rule asks for marks", async () => {
    const report = await layOut("@page { size: 100mm 80mm; margin: 12mm; marks: crop; }", TEXT);
    expect(report.bleeds).toBe(4);
    expect(report.cropMarks).toBeGreaterThan(0);
    expect(report.shown).toEqual([]);
  });
});
